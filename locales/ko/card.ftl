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
