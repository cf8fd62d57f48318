# Màn hình gọi số ở phòng chờ (bổ sung).
board2-error-unreachable = Không kết nối được với hệ thống tiếp nhận ({ $hub }). Hãy kiểm tra nguồn điện của máy chủ và mạng, rồi khởi động lại màn hình.
board2-last-update = Thông tin lúc { $time }
