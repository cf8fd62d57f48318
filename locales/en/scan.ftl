# QR scanning (src/scan)
scan-error-read = Cannot read { $path }: { $reason }
scan-error-image = { $path } is not a readable image: { $reason }
scan-camera-opened = Using camera { $device }
scan-camera-lost = Camera { $device } not found. Check the cable (it reconnects by itself)
scan-camera-none = No camera. QR codes can also be read with the scanner
