# Bảng gọi số ở phòng chờ. Bản gốc là tiếng Nhật.
board-title = Bảng gọi số
board-calling = Số đang được gọi
board-counter = Quầy số { $counter }
board-no-calls = Chưa có số nào được gọi
board-waiting-heading = Tình hình chờ
board-waiting = { $count } người đang chờ
board-wait-estimate = khoảng { $minutes } phút
board-date = Ngày { $day } tháng { $month } năm { $year }
board-please-go = Nếu số của bạn được gọi, vui lòng đến quầy được hiển thị
board-connecting = Đang kết nối với hệ thống tiếp nhận…
board-reconnecting = Đang kết nối lại với hệ thống tiếp nhận… (đang hiển thị trạng thái nhận được lần cuối)
board-error-language = Mã ngôn ngữ không xác định: { $code }
board-no-wait = Có thể phục vụ ngay
