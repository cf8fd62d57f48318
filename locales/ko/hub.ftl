## 허브(hub): 서비스 이름, 오류, CLI

hub-service-certificates = 증명서
hub-service-moving = 주민 이동·이사
hub-service-tax = 세금
hub-service-insurance-pension = 보험·연금

hub-config-error-listen = 수신 대기 주소 “{ $value }”: “127.0.0.1:8750”과 같은 형식으로 써 주세요
hub-config-error-empty = 값이 비어 있습니다
hub-config-error-timezone = 사용할 수 없는 시간대입니다: “{ $value }”(예: Asia/Tokyo)
hub-config-error-range = 값은 { $min }부터 { $max }까지의 범위로 해 주세요
hub-config-error-no-services = 창구 서비스가 하나도 없습니다
hub-config-error-prefix = 번호 머리글자 “{ $value }”: 영문 대문자 한 글자로 해 주세요
hub-config-error-duplicate-prefix = 번호 머리글자가 중복됩니다: “{ $value }”
hub-config-error-counter = 창구 번호는 1~16자로 해 주세요

hub-error-database = 데이터베이스 처리에 실패했습니다: { $reason }
hub-error-schema-too-new = 데이터베이스 버전({ $found })이 이 프로그램({ $known })보다 새로워서 열 수 없습니다
hub-error-data-dir = 데이터 폴더를 만들 수 없습니다: { $reason }
hub-error-not-found = 찾을 수 없습니다: { $what } { $id }
hub-error-unknown-service = “{ $service }” 서비스는 없습니다
hub-error-unknown-counter = “{ $counter }” 창구는 없습니다
hub-error-no-services-for-counter = “{ $counter }” 창구가 담당하는 서비스가 없습니다
hub-error-numbers-exhausted = 오늘의 번호를 모두 사용했습니다
hub-error-no-room-for-lease = 대여할 수 있는 번호 범위가 남아 있지 않습니다
hub-error-bad-transition = 이 접수는 “{ $state }” 상태이므로 “{ $action }” 작업을 할 수 없습니다
hub-error-counter-busy = 이 창구는 { $number }번을 응대하고 있습니다. 완료 또는 부재 처리한 뒤 다음 번호를 호출해 주세요
hub-error-same-service = 같은 서비스로는 이관할 수 없습니다
hub-error-device-name = 단말기 이름은 1~64자로 해 주세요
hub-error-enroll-code = 등록 코드가 올바르지 않거나, 기한이 지났거나, 이미 사용되었습니다
hub-error-clerk-id = 직원 ID는 영문·숫자·하이픈·밑줄로 32자 이내로 해 주세요
hub-error-pin = 비밀번호는 4~12자리 숫자로 해 주세요
hub-error-login = 직원 ID 또는 비밀번호가 틀립니다
hub-error-login-locked = 실패가 계속되어 { $minutes }분 동안 로그인할 수 없습니다
hub-error-bad-number = 번호 “{ $number }”의 형식이 올바르지 않습니다
hub-error-not-leased = { $number }번은 이 단말기에 대여된 번호가 아닙니다
hub-error-lease-day = 번호는 오늘 또는 내일 분만 대여할 수 있습니다
hub-error-record-procedures = 절차 지정이 올바르지 않습니다
hub-error-record-fields = 항목이 너무 많습니다(최대 { $max }개)
hub-error-record-field-name = 항목 이름이 올바르지 않습니다: “{ $field }”
hub-error-record-field-size = “{ $field }” 항목의 값이 너무 깁니다
hub-error-record-source = “{ $field }” 항목의 입력 출처가 올바르지 않습니다
hub-error-record-my-number = 개인번호(마이넘버)는 저장할 수 없습니다(“{ $field }” 항목)
hub-error-record-lang = “{ $lang }” 언어는 사용할 수 없습니다
hub-error-plain-refused = 이 청사에서는 암호화되지 않은 사전 신청을 받지 않습니다
hub-error-record-closed = 이 신청은 이미 확정되었거나 반려되었습니다
hub-error-reject-reason = 반려 사유를 1~500자로 적어 주세요
hub-error-batch-too-large = 한 번에 보낼 수 있는 건수는 { $max }건까지입니다
hub-error-unauthorized = 인증이 필요합니다(단말기 토큰 또는 직원 로그인)
hub-error-forbidden = 이 단말기·직원에게는 이 작업 권한이 없습니다
hub-error-body-too-large = 전송 내용이 너무 큽니다(최대 { $max }바이트)
hub-error-not-found-route = 해당 API가 없습니다
hub-error-internal = 허브 내부에서 오류가 발생했습니다
hub-error-query = 검색 조건으로 number 또는 kana 중 하나를 지정해 주세요

hub-cli-enroll-code = 단말기 “{ $name }”({ $role })의 등록 코드: { $code }
hub-cli-enroll-hint = 키오스크에서 이 QR 코드를 읽거나 코드를 입력해 주세요. 유효 기간은 { $hours }시간이며 한 번만 사용할 수 있습니다.
hub-cli-clerk-added = 직원을 등록했습니다: “{ $id }”
hub-cli-audit-intact = 감사 로그는 변조되지 않았습니다({ $entries }건, 최신 해시 { $head })
hub-cli-audit-broken = 감사 로그의 { $seq }번째 기록이 변조되었습니다
hub-cli-config-problems = 설정 파일에 문제가 있습니다:

hub-sync-offline = 허브에 연결할 수 없습니다. 접수 내용은 이 단말기에 저장되며, 연결되는 대로 전송합니다
hub-sync-no-lease = 허브에 연결할 수 없고, 이 단말기에 대여된 번호도 남아 있지 않습니다
hub-config-error-name-key = 서비스 이름 키가 번역 파일(locales/ja/hub.ftl)에 없습니다: “{ $value }”
hub-cli-revoked = 단말기 { $id }의 등록을 취소했습니다
hub-error-postal-unavailable = 이 허브에는 우편번호 데이터가 없습니다. 주소를 직접 입력해 주세요
