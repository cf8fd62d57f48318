# QR Code 讀取（src/scan）
scan-error-read = 無法讀取 { $path }：{ $reason }
scan-error-image = 無法將 { $path } 當作圖片讀取：{ $reason }
