# 대기실 호출 화면(추가분).
board2-error-unreachable = 접수 시스템({ $hub })에 연결할 수 없습니다. 허브의 전원과 네트워크를 확인한 뒤 화면을 다시 시작해 주세요.
board2-last-update = { $time } 기준 정보
