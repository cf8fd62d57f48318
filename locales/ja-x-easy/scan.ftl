# QR読み取り（src/scan）
scan-error-read = { $path } を よめません: { $reason }
scan-error-image = { $path } は がぞうとして よめません: { $reason }
