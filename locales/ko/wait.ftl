## 대기 페이지(휴대전화용, 관공서 네트워크 밖에 공개)

wait-ticket-title = 나의 번호표
wait-ward-title = 창구 혼잡 상황
wait-language = 언어
wait-loading = 불러오는 중…
wait-your-number = 나의 번호
wait-ahead = { $count ->
    [0] 앞에 기다리는 사람이 없습니다
   *[other] 앞에 { $count }명이 있습니다
}
wait-estimated = 예상 대기 시간: 약 { $minutes }분
wait-soon = 곧 호출됩니다. 창구 근처로 돌아와 주십시오.
wait-called = 호출 중입니다
wait-counter = { $counter }번 창구
wait-done = 이 번호의 접수는 끝났습니다. 방문해 주셔서 감사합니다.
wait-unknown = 이 번호표를 찾을 수 없습니다. 기한이 지났거나 주소가 잘못되었습니다.
wait-unreachable = 정보를 가져올 수 없습니다. 자동으로 다시 시도합니다.
wait-stale = { $time } 기준 정보입니다. 갱신이 멈추었으므로 지금 상황과 다를 수 있습니다.
wait-old = 오래된 정보
wait-live = 자동으로 갱신 중
wait-alerts-ask = 가까워지면 알려 주기
wait-alerts-on = 가까워지면 알려 드립니다(이 페이지가 열려 있는 동안).
wait-alerts-off = 알림이 허용되지 않았습니다. 이 화면에서 알려 드립니다.
wait-notify-soon = { $number }: 곧 호출됩니다(앞에 { $count }명)
wait-notify-called = { $number }: { $counter }번 창구로 와 주십시오
wait-no-personal-data = 이 페이지에는 개인 정보가 표시되지 않습니다.
wait-waiting = 대기 인원: { $count }명
wait-called-recent = 최근 호출된 번호
wait-called-none = 아직 없음
wait-open-data = 같은 숫자를 오픈 데이터(JSON)로도 공개하고 있으며 누구나 자유롭게 쓸 수 있습니다. 개인 정보는 들어 있지 않습니다:
wait-ward-empty = 표시할 청사가 없습니다.
