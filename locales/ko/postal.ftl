# 우편번호 데이터 (src/postal)
postal-error-read = { $path } 파일을 읽을 수 없습니다: { $reason }
postal-error-columns = { $line }행: 열이 { $columns }개입니다 (15개여야 합니다)
postal-error-code = { $line }행: 우편번호 "{ $value }"이(가) 7자리 숫자가 아닙니다
postal-error-flag = { $line }행: { $column }열의 플래그 "{ $value }"이(가) 한 자리 숫자가 아닙니다
postal-error-unclosed = { $line }행: 괄호가 닫히지 않았습니다
postal-error-empty = { $path }에 우편번호 행이 없습니다
postal-error-index = 우편번호 색인 { $path }: { $reason }
postal-error-no-index = { $path }에 우편번호 색인이 없습니다. 먼저 madoguchi postal import를 실행하세요
