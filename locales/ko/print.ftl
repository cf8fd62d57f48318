# 번호표(영수증) 프린터: 키오스크, 시설 관리 패널, `madoguchi print slip`.

## 프린터 상태와 오류
print-error-uri = 프린터 주소 "{ $uri }"를 읽을 수 없습니다 (tcp://호스트:9100 또는 usb:/dev/usb/lp0)
print-error-connect = 프린터 { $printer }에 연결할 수 없습니다: { $reason }
print-error-write = 프린터 { $printer }에 데이터를 보내지 못했습니다: { $reason }
print-error-reply = 프린터의 응답이 ESC/POS 상태가 아닙니다
print-error-interrupted = 번호표를 보내기 전에 인쇄가 중단되었습니다
print-state-online = 인쇄할 수 있습니다
print-state-paper-near-end = 인쇄할 수 있습니다 (용지가 얼마 남지 않았습니다)
print-state-paper-out = 용지가 없습니다
print-state-cover-open = 덮개가 열려 있습니다
print-state-offline = 프린터가 오프라인입니다
print-state-error = 프린터가 오류를 알리고 있습니다
print-state-unknown = 보냈습니다 (프린터가 상태를 알려 주지 않습니다)

## 번호표
print-slip-number = 접수 번호
print-slip-issued = 발행 { $time }
print-slip-resident-line = 번호가 호출될 때까지 기다려 주세요. QR 코드로 호출 상황을 볼 수 있습니다.
print-slip-sample-office = 마도구치 구청 (견본)
print-staff-call-note = 번호표 프린터: { $problem }

## madoguchi print slip
print-cli-lang = "{ $lang }" 언어가 없습니다 (ja, en, zh-Hans, …)
print-cli-written = 번호표 이미지를 저장했습니다: { $file }
print-cli-printed = { $printer }에서 견본 번호표를 인쇄했습니다 ({ $state })

## kiosk.toml의 [printer]
config-kiosk-printer-uri = 프린터 uri "{ $uri }"는 tcp://호스트:9100 또는 usb:/dev/usb/lp0 형식이어야 합니다
config-kiosk-printer-paper = 용지 폭 paper_mm은 58 또는 80이어야 합니다 ({ $paper })

## 시설 관리 패널
kiosk-admin-printer = 번호표 프린터
kiosk-admin-printer-none = 설정되지 않았습니다 (kiosk.toml의 [printer])
kiosk-admin-printer-busy = 프린터에 확인하는 중…
kiosk-admin-printer-unchecked = 아직 상태를 확인하지 않았습니다
kiosk-admin-printer-test = 테스트 인쇄

## 번호표가 나오지 않았을 때 (주민용)
kiosk-ticket-slip-paper-out = 프린터에 용지가 없습니다: 화면의 번호를 사진으로 찍어 주세요. 직원에게 알렸습니다.
kiosk-ticket-slip-cover-open = 프린터 덮개가 열려 있습니다: 화면의 번호를 사진으로 찍어 주세요. 직원에게 알렸습니다.
kiosk-ticket-slip-failed = 번호표를 인쇄하지 못했습니다: 화면의 번호를 사진으로 찍어 주세요. 직원에게 알렸습니다.
