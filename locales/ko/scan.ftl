# QR 읽기(src/scan)
scan-error-read = { $path } 파일을 읽을 수 없습니다: { $reason }
scan-error-image = { $path } 파일을 이미지로 읽을 수 없습니다: { $reason }
scan-camera-opened = 카메라({ $device })를 사용하고 있습니다
scan-camera-lost = 카메라({ $device })를 찾을 수 없습니다. 연결을 확인해 주세요(자동으로 다시 연결합니다)
scan-camera-none = 카메라가 없습니다. QR 코드는 스캐너로도 읽을 수 있습니다
