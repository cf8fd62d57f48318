# 대기실 호출 표시. 원문은 일본어입니다.
board-title = 호출 안내
board-calling = 호출 중인 번호
board-counter = { $counter }번 창구
board-no-calls = 아직 호출된 번호가 없습니다
board-waiting-heading = 대기 현황
board-waiting = { $count }명 대기
board-wait-estimate = 약 { $minutes }분
board-date = { $year }년 { $month }월 { $day }일
board-please-go = 번호가 호출된 분은 표시된 창구로 와 주세요
board-connecting = 접수 시스템에 연결하고 있습니다…
board-reconnecting = 접수 시스템에 다시 연결하고 있습니다…(마지막으로 받은 상태를 표시하고 있습니다)
board-error-language = 알 수 없는 언어 코드입니다: { $code }
board-no-wait = 바로 안내해 드릴 수 있습니다
