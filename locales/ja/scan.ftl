# QR読み取り (src/scan)
scan-error-read = { $path } を読み込めません: { $reason }
scan-error-image = { $path } は画像として読み込めません: { $reason }
