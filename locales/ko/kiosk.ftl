# 접수 단말기(키오스크) 화면. 원문은 일본어입니다.

## 환영 화면
kiosk-welcome-heading = 어서 오세요
kiosk-welcome-attract = 쓰지 않는 창구입니다. 화면을 터치하기만 하면 번호표를 받거나 신청을 준비할 수 있습니다.
kiosk-welcome-start = 시작하기
kiosk-welcome-choose-language = 언어를 선택할 수 있습니다

## 화면 위쪽 버튼
kiosk-bar-home = 처음으로
kiosk-bar-language = 언어 / Language
kiosk-bar-large-text = 글자 크게
kiosk-bar-normal-text = 글자 보통
kiosk-bar-high-contrast = 흑백으로 잘 보이게
kiosk-bar-normal-contrast = 원래 색으로
kiosk-language-heading = 언어를 선택해 주세요

## 용건
kiosk-choose-heading = 용건을 선택해 주세요
kiosk-choose-qr = QR 코드가 있습니다
kiosk-choose-qr-hint = 집에서 스마트폰으로 만든 신청 QR 코드를 읽습니다
kiosk-choose-make = 여기서 신청서 만들기
kiosk-choose-make-hint = 질문에 답하기만 하면 직접 쓰지 않아도 신청서가 만들어집니다
kiosk-choose-number = 번호표만 받기
kiosk-choose-number-hint = 창구에서 직원과 함께 절차를 진행합니다
kiosk-choose-staff = 직원 부르기
kiosk-choose-staff-hint = 직원이 이곳으로 찾아옵니다
kiosk-services-heading = 어느 창구의 번호표가 필요하신가요?
kiosk-issuing = 번호표를 발행하고 있습니다…

## 창구(견본 사무소)

## 번호표
kiosk-ticket-heading = 고객님의 번호
kiosk-ticket-ahead = { $count ->
    [0] 앞에 기다리는 분이 없습니다
   *[other] 앞에 { $count }명이 기다리고 있습니다
}
kiosk-ticket-wait = 예상 대기 시간: 약 { $minutes }분
kiosk-ticket-qr-hint = 스마트폰으로 읽으면 호출 현황을 볼 수 있습니다
kiosk-ticket-returning = { $seconds }초 후 처음 화면으로 돌아갑니다
kiosk-ticket-done = 끝내기

## 조작이 없을 때
kiosk-idle-warning = 조작이 없어 { $seconds }초 후 처음 화면으로 돌아갑니다. 입력한 내용은 지워집니다.
kiosk-idle-continue = 계속하기

## 알림
kiosk-notice-ok = 처음 화면으로 돌아가기
kiosk-staff-called-heading = 직원을 불렀습니다
kiosk-staff-called-body = 이곳에서 잠시 기다려 주세요. 직원이 찾아옵니다.
kiosk-error-heading = 처리하지 못했습니다
kiosk-error-unreachable = 접수 시스템에 연결할 수 없습니다. 가까운 직원에게 말씀해 주세요.
kiosk-error-unknown-service = 선택하신 창구는 지금 접수하지 않습니다.

## 시설 관리(직원용)
kiosk-admin-pin-heading = 관리용 비밀번호를 입력해 주세요
kiosk-admin-pin-wrong = 비밀번호가 틀립니다
kiosk-admin-pin-locked = 잘못된 입력이 계속되어 { $seconds }초 동안 입력할 수 없습니다
kiosk-admin-pin-not-configured = 비밀번호가 설정되어 있지 않습니다(kiosk.toml의 [admin] pin_hash)
kiosk-admin-pin-checking = 확인하고 있습니다…
kiosk-admin-ok = 확인
kiosk-admin-cancel = 닫기
kiosk-keypad-clear = 모두 지우기
kiosk-keypad-backspace = 한 글자 지우기
kiosk-admin-panel-heading = 시설 관리
kiosk-admin-name = 단말기 이름
kiosk-admin-idle-timeout = 조작이 없을 때 처음 화면으로 돌아가기까지의 시간(초)
kiosk-admin-languages = 표시할 언어
kiosk-admin-apply = 적용하기
kiosk-admin-applied = 적용했습니다(이 단말기를 다시 시작할 때까지 유효합니다)
kiosk-admin-close = 닫기

## 설정 오류
kiosk-cli-pin-invalid = 비밀번호는 4자리 이상의 숫자로 해 주세요
kiosk-service-prefix = 창구 { $prefix }

## 접수 시스템에 연결되지 않을 때
kiosk-offline-banner = 접수 시스템에 연결되어 있지 않습니다. 번호표는 이 단말기에서 발행할 수 있으며, 신청 내용은 저장되었다가 연결되는 대로 전송됩니다.

## QR 코드 읽기
kiosk-scan-heading = QR 코드를 읽습니다
kiosk-scan-guidance = 스마트폰 화면의 QR 코드를 아래 리더기에 대 주세요. 글자를 입력할 필요는 없습니다.
kiosk-scan-next-part = 이어서 다음 QR 코드를 대 주세요(순서는 상관없습니다)
kiosk-scan-back = 돌아가기
kiosk-scan-file = 견본 QR 코드 읽기
kiosk-scan-no-code = QR 코드를 찾지 못했습니다. 다시 한번 대 주세요.

## 신청 내용 확인
kiosk-review-heading = 신청 내용을 확인해 주세요
kiosk-review-unknown-procedure = 이 QR 코드의 절차 “{ $id }”은(는) 이 창구에서 접수하지 않습니다. 직원에게 말씀해 주세요.
kiosk-review-fix-marked = 표시된 항목을 다시 선택해 주세요
kiosk-review-staff-will-check = 표시된 항목은 창구에서 직원이 함께 확인합니다
kiosk-review-back = 읽기 화면으로 돌아가기
kiosk-review-confirm = 이 내용으로 신청하고 번호표 받기
kiosk-review-empty = (미기재)
kiosk-review-change = 변경하기
kiosk-review-done = 결정
kiosk-review-fee = 수수료: { $yen }엔
kiosk-review-bring = 가져오실 것:
