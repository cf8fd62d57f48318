# 창구 단말기(직원용). 원문은 일본어입니다.
clerk-title = 창구 단말기
clerk-bar-who = { $counter }번 창구 · 직원 { $clerk }
clerk-online = 접수 시스템 연결됨
clerk-offline = 접수 시스템에 다시 연결하고 있습니다…
clerk-logout = 로그아웃

## 로그인
clerk-login-heading = 로그인
clerk-login-id = 직원 ID
clerk-login-pin = 비밀번호
clerk-login-counter = 창구 번호
clerk-login-services = 이 창구에서 호출할 업무
clerk-login-submit = 로그인
clerk-login-pending = 확인하고 있습니다…
clerk-login-missing = 직원 ID와 비밀번호를 입력해 주세요
clerk-login-no-counter = 창구 번호를 입력해 주세요
clerk-login-no-service = 업무를 하나 이상 선택해 주세요
clerk-login-no-hub = 접수 시스템에서 업무 목록을 받지 못했습니다. 연결을 확인해 주세요

## 호출
clerk-no-current = 응대 중인 번호가 없습니다
clerk-call-next = 다음 분 호출
clerk-recall = 재호출
clerk-no-show = 부재
clerk-finish = 응대 완료
clerk-transfer = 이관
clerk-walk-in = 현장 접수
clerk-pick-transfer = 이관할 업무를 선택해 주세요(숫자 키)
clerk-pick-walk-in = 번호를 발행할 업무를 선택해 주세요(숫자 키)
clerk-cancel = 취소
clerk-recalls = 재호출 { $count }회
clerk-state-waiting = 대기
clerk-state-called = 호출 중
clerk-state-serving = 응대 중
clerk-state-done = 완료
clerk-state-no_show = 부재
clerk-state-transferred = 이관됨
clerk-queue-heading = 대기 목록
clerk-queue-count = { $count }명
clerk-queue-more = 외 { $count }명
clerk-waited = { $minutes }분 대기
clerk-origin-walk-in = 현장 접수
clerk-search-placeholder = 번호(A-012) 또는 가나로 검색

## 신청 내용
clerk-no-record = 이 번호에는 신청 데이터가 없습니다. 창구에서 직접 들어 주세요.
clerk-preapp-encrypted = QR(암호화)
clerk-preapp-plain = QR
clerk-preapp-none = 접수 단말기에서 입력
clerk-status-received = 미확인
clerk-status-confirmed = 접수 완료
clerk-status-rejected = 반려
clerk-record-lang = 신청자의 언어: { $lang }
clerk-record-clean = 문제 없음(주의 { $warnings }건)
clerk-record-problems = 확인 필요 { $count }건
clerk-record-other-fields = 기타 항목
clerk-source-qr = QR
clerk-source-kiosk = 단말기 입력
clerk-source-postal = 우편번호 데이터
clerk-source-card = 마이넘버 카드
clerk-source-clerk = 직원 수정
clerk-value-empty = (미기재)
clerk-edit = 수정
clerk-save = 저장
clerk-confirm = 접수 완료
clerk-confirm-anyway = 문제가 있는 채로 접수 완료
clerk-reject = 반려
clerk-reject-placeholder = 반려 사유
clerk-reject-send = 반려하기
clerk-rejected-because = 반려 사유: { $reason }
clerk-keys-hint = F1 호출 · E 수정 · Esc 취소

## 알림
clerk-notice-called = { $number }번을 호출했습니다
clerk-notice-nobody = 기다리는 분이 없습니다
clerk-notice-numbers-low = { $service } 창구의 오늘 번호가 얼마 남지 않았습니다(남은 번호 { $left }개)
clerk-notice-finish-first = { $number }번 응대를 먼저 끝내 주세요
clerk-notice-recalled = { $number }번을 재호출했습니다
clerk-notice-started = { $number }번 응대를 시작했습니다
clerk-notice-done = { $number }번 응대를 완료했습니다
clerk-notice-no-show = { $number }번을 부재로 처리했습니다
clerk-notice-transferred = { $number }번을 업무 { $service }(으)로 이관했습니다
clerk-notice-walk-in = { $number }번을 발행했습니다
clerk-notice-confirmed = { $number }번 신청을 접수 완료했습니다
clerk-notice-rejected = { $number }번 신청을 반려했습니다
clerk-notice-edited = 수정 내용을 저장했습니다(기록에 남습니다)
clerk-notice-has-problems = 확인이 필요한 항목이 { $count }건 있습니다. 수정하거나 Ctrl+Enter로 접수 완료해 주세요
clerk-notice-reason-needed = 반려 사유를 입력해 주세요
clerk-notice-not-found = 찾지 못했습니다
clerk-error-closed = 이 신청은 확인이 끝나 변경할 수 없습니다
clerk-error-no-token = 이 단말기는 등록되어 있지 않습니다. --enroll 로 등록 코드를 지정해 주세요(저장 위치: { $file })
clerk-error-token-file = 단말기 키를 저장할 수 없습니다: { $reason }
clerk-session-expired = 로그인 유효 시간이 끝났습니다. 다시 로그인해 주세요
