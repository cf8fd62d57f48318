# QR 읽기(src/scan)
scan-error-read = { $path } 파일을 읽을 수 없습니다: { $reason }
scan-error-image = { $path } 파일을 이미지로 읽을 수 없습니다: { $reason }
