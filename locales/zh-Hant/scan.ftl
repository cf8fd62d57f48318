# QR Code 讀取（src/scan）
scan-error-read = 無法讀取 { $path }：{ $reason }
scan-error-image = 無法將 { $path } 當作圖片讀取：{ $reason }
scan-camera-opened = 正在使用攝影機 { $device }
scan-camera-lost = 找不到攝影機 { $device }。請檢查連接線（會自動重新連線）
scan-camera-none = 沒有攝影機。也可以用掃描器讀取 QR Code
