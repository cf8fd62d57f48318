# 二维码读取（src/scan）
scan-error-read = 无法读取 { $path }：{ $reason }
scan-error-image = 无法将 { $path } 作为图片读取：{ $reason }
