# 시설 관리 패널(단말 설정, 등록, 기기 확인)과 QR 읽기 화면의 카메라.

## 설정 저장
kiosk-admin-saved = { $path }에 저장했습니다
kiosk-admin-save-failed = 저장하지 못했습니다(원래 파일은 그대로입니다): { $path }: { $reason }
kiosk-admin-refused = '{ $key }'을(를) 고쳐 주십시오: { $reason }

## 단말과 허브
kiosk-admin-hub = 허브 주소
kiosk-admin-enrollment = 허브에 등록
kiosk-admin-enrolled = 이 단말은 등록되어 있습니다
kiosk-admin-not-enrolled = 이 단말은 아직 등록되지 않았습니다
kiosk-admin-enroll-hint = 허브에 표시된 등록용 QR 코드를 스캐너나 카메라에 대거나 등록 코드를 입력해 주십시오
kiosk-admin-enroll = 등록
kiosk-admin-enrolling = 등록하는 중…
kiosk-admin-enrolled-as = '{ $name }'(으)로 { $hub }에 등록했습니다(재시작 후 사용됩니다)
kiosk-admin-enroll-no-data-dir = 데이터 폴더를 알 수 없어 등록할 수 없습니다(--data-dir을 지정해 시작해 주십시오)

## 접수 내용
kiosk-admin-default-language = 첫 화면 언어
kiosk-admin-bundles = 절차 묶음(생활 이벤트)
kiosk-admin-procedures = 개별 절차

## 기기
kiosk-admin-camera = 카메라
kiosk-admin-camera-auto = 자동
kiosk-admin-camera-none = 사용 안 함
kiosk-admin-camera-none-found = 카메라를 찾을 수 없습니다
kiosk-admin-camera-found = 찾은 카메라: { $count }대
kiosk-admin-camera-showing = { $device }의 영상({ $frames }장 수신)
kiosk-admin-camera-test = 이 카메라 시험
kiosk-admin-scanner-test = 스캐너 시험(마지막으로 읽은 문자)
kiosk-admin-scanner-nothing = 아직 읽은 것이 없습니다. QR 코드를 스캐너에 대 주십시오.

## 동기화
kiosk-admin-sync = 전송 대기와 허브 동기화
kiosk-admin-sync-none = 이 단말은 허브와 동기화하지 않습니다
kiosk-admin-sync-never = 아직 없음
kiosk-admin-sync-online = 허브에 연결되어 있습니다
kiosk-admin-sync-offline = 허브에 연결할 수 없습니다
kiosk-admin-sync-pending = 전송 대기: 신청 { $records }건, 번호 { $tickets }건
kiosk-admin-sync-last = 마지막 동기화: { $time }
kiosk-admin-sync-refused = 허브가 받지 않은 신청: { $count }건
kiosk-admin-quit = 단말 프로그램 종료

## QR 읽기 화면의 카메라
kiosk-scan-camera-guidance = 휴대전화 화면의 QR 코드를 카메라나 아래 스캐너에 대 주세요. 글자를 입력할 필요는 없습니다.
kiosk-scan-no-camera = 카메라가 없습니다. QR 코드를 스캐너에 대 주세요.
kiosk-scan-camera-lost = 카메라 연결이 끊어졌습니다. 스캐너는 계속 사용할 수 있습니다.
kiosk-scan-camera-starting = 카메라를 준비하는 중…
