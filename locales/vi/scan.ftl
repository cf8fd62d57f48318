# Đọc mã QR (src/scan)
scan-error-read = Không đọc được { $path }: { $reason }
scan-error-image = Không thể đọc { $path } dưới dạng hình ảnh: { $reason }
scan-camera-opened = Đang dùng camera { $device }
scan-camera-lost = Không tìm thấy camera { $device }. Vui lòng kiểm tra kết nối (máy sẽ tự động kết nối lại)
scan-camera-none = Không có camera. Mã QR cũng có thể đọc bằng máy quét
