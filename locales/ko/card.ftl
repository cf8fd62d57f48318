# 마이넘버 카드 읽기 (src/card)
card-error-no-reader = 카드 리더기를 찾을 수 없습니다. 연결 상태와 pcscd 실행 여부를 확인해 주세요
card-error-reader-unplugged = 카드 리더기가 분리되었습니다
card-error-no-card = 리더기에 카드가 없습니다
card-error-card-removed = 읽는 도중에 카드가 떨어졌습니다. 다시 올려 주세요
card-error-not-my-number-card = 마이넘버 카드가 아닙니다
card-error-wrong-pin = 비밀번호가 틀립니다. 앞으로 { $tries }번 더 틀리면 잠깁니다
card-error-pin-blocked = 비밀번호가 잠겨 있습니다. 창구에서 해제해 주세요
card-error-timeout = 카드 리더기가 응답하지 않습니다
card-error-malformed = 카드 정보를 읽을 수 없었습니다
card-error-pin-format = 비밀번호는 숫자 4자리입니다
card-error-unexpected = 카드가 예상하지 못한 응답을 했습니다 ({ $status })
card-error-reader = 카드 리더기 오류: { $detail }

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = 마이넘버 카드로 입력
card-cancel = 취소
card-place-heading = 마이넘버 카드를 올려 주세요
card-place-body = 카드를 리더기 위에 올려 둔 채로 두세요. 이름, 주소, 생년월일, 성별만 읽습니다. 개인번호(마이넘버)는 읽지 않습니다
card-pin-heading = 비밀번호(숫자 4자리)를 입력해 주세요
card-pin-tries = 앞으로 { $tries }번 입력할 수 있습니다
card-pin-read = 읽기
card-reading = 읽는 중입니다. 카드를 움직이지 마세요
card-counter-heading = 창구로 와 주세요
card-counter-last-try = 한 번 더 틀리면 비밀번호가 잠깁니다. 여기서 입력하지 말고 창구 직원에게 말씀해 주세요
card-counter-blocked = 비밀번호가 잠겨 있습니다. 창구에서 해제할 수 있습니다
card-failed-heading = 카드를 읽을 수 없었습니다
card-retry = 다시 하기
