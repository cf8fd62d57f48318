# Đọc mã QR (src/scan)
scan-error-read = Không đọc được { $path }: { $reason }
scan-error-image = Không thể đọc { $path } dưới dạng hình ảnh: { $reason }
