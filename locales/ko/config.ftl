## 설정 파일(kiosk.toml, 절차 파일) 검사

config-kiosk-empty = “{ $key }” 값이 비어 있습니다
config-kiosk-hub-url = 허브 URL이 올바르지 않습니다(http:// 또는 https://로 시작하는 URL): { $url }
config-kiosk-out-of-range = “{ $key }” 값은 { $min }부터 { $max }까지로 해 주세요
config-kiosk-default-language = 처음에 표시할 언어(“{ $lang }”)가 선택할 수 있는 언어에 들어 있지 않습니다
config-kiosk-duplicate = “{ $id }” 항목이 두 번 적혀 있습니다
config-kiosk-nothing-offered = 접수하는 절차가 하나도 없습니다
config-kiosk-catalog = 절차 폴더를 읽을 수 없습니다: { $dir }
config-kiosk-pin-hash = 관리자 PIN의 해시가 Argon2 형식($argon2id$…)이 아닙니다

config-procedure-bad-id = “{ $id }” 값은 이름으로 쓸 수 없습니다(영문 소문자·숫자·하이픈만 사용)
config-procedure-bad-shared-id = 공통 항목 이름 “{ $id }”: “applicant.name”처럼 점으로 구분해 주세요
config-procedure-bad-message-key = “{ $key }” 값은 번역 키 형식이 아닙니다
config-procedure-bad-service = 접수 종류 “{ $service }”: 영문 대문자 한 글자로 해 주세요(예: A, B)
config-procedure-bundle-empty = 절차 묶음에 절차가 없습니다
config-procedure-choice-no-options = 선택지가 없습니다
config-procedure-duplicate = “{ $id }” 항목이 두 번 정의되어 있습니다
config-procedure-field-no-id = 항목에 id도 shared도 없습니다
config-procedure-field-no-kind = 항목에 kind가 없습니다
config-procedure-field-no-label = 항목에 label이 없습니다
config-procedure-id-not-file-name = 절차 id(“{ $id }”)와 파일 이름(“{ $file }”)이 다릅니다
config-procedure-min-over-max = min({ $min })이 max({ $max })보다 큽니다
config-procedure-option-not-for-kind = “{ $option }” 옵션은 이 종류의 항목에는 쓸 수 없습니다
config-procedure-optional-not-in-bundle = “{ $id }” 절차는 이 묶음에 들어 있지 않습니다
config-procedure-bundle-two-windows = “{ $procedure }” 절차가 “{ $id }”에 이 묶음의 다른 절차와 다른 신고 기한을 두고 있습니다. 한 날짜의 기한은 하나입니다
config-procedure-shared-in-shared = 공통 항목의 정의에는 shared를 쓸 수 없습니다
config-procedure-shared-with-kind = 공통 항목(“{ $shared }”)을 사용하는 항목에는 id나 kind를 쓸 수 없습니다
config-procedure-two-households = 세대원 항목은 한 절차에 하나만 둘 수 있습니다
config-procedure-unknown-field = “{ $id }” 항목이 없습니다
config-procedure-unknown-option = “{ $value }” 선택지가 없습니다
config-procedure-unknown-relationship = “{ $value }” 관계는 없습니다(head, spouse, child, parent, grandparent, grandchild, sibling, other)
config-procedure-unknown-shared = “{ $id }” 공통 항목이 없습니다
config-procedure-wrong-kind = “{ $id }” 항목의 종류({ $kind })는 여기에서 쓸 수 없습니다
config-procedure-zero-length = 최대 글자 수를 0으로 할 수 없습니다
config-procedure-missing-text = “{ $key }” 번역 키가 일본어 번역 파일에 없습니다

config-check-ok = { $file }: 문제없습니다({ $kind })
config-check-unknown-kind = 어떤 설정 파일인지 알 수 없습니다. --kind로 지정해 주세요
config-town-prefecture = 도도부현 「{ $value }」은(는) 없습니다(東京都, 北海道처럼 적어 주세요)
config-town-chome = 초메 수는 1부터 99까지로 해 주세요({ $value })
