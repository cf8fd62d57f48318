## Trang tình trạng chờ (dành cho điện thoại)

status-title = { $office }: tình trạng chờ tại quầy
status-heading = Tình trạng chờ tại quầy
status-updated = Cập nhật lúc { $time } (tự động cập nhật)
status-now-calling = Số đang được gọi
status-none-calling = Không có
status-waiting = Số người đang chờ: { $count } người
status-estimated-wait = Thời gian chờ dự kiến: khoảng { $minutes } phút
status-counter = Quầy số { $counter }
status-language = Ngôn ngữ
status-no-personal-data = Trang này không hiển thị thông tin cá nhân.
