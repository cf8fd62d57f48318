# 二维码读取（src/scan）
scan-error-read = 无法读取 { $path }：{ $reason }
scan-error-image = 无法将 { $path } 作为图片读取：{ $reason }
scan-camera-opened = 正在使用摄像头 { $device }
scan-camera-lost = 找不到摄像头 { $device }。请检查连接线（会自动重新连接）
scan-camera-none = 没有摄像头。也可以用扫描器读取二维码
