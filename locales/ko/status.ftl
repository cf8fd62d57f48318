## 혼잡 현황 페이지(휴대전화용)

status-title = { $office } 창구 혼잡 현황
status-heading = 창구 혼잡 현황
status-updated = { $time } 기준(자동으로 갱신됩니다)
status-now-calling = 호출 중인 번호
status-none-calling = 없음
status-waiting = 대기 인원: { $count }명
status-estimated-wait = 예상 대기 시간: 약 { $minutes }분
status-counter = { $counter }번 창구
status-language = 언어
status-no-personal-data = 이 페이지에는 개인 정보가 표시되지 않습니다.
