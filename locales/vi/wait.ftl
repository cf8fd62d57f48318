## Trang chờ (cho điện thoại, công khai bên ngoài mạng của cơ quan)

wait-ticket-title = Số thứ tự của bạn
wait-ward-title = Tình trạng đông đúc tại quầy
wait-language = Ngôn ngữ
wait-loading = Đang tải…
wait-your-number = Số của bạn
wait-ahead = { $count ->
    [0] Không có ai chờ trước bạn
   *[other] Còn { $count } người trước bạn
}
wait-estimated = Thời gian chờ dự kiến: khoảng { $minutes } phút
wait-soon = Sắp đến lượt bạn. Vui lòng quay lại gần quầy.
wait-called = Đang gọi số của bạn
wait-counter = Quầy số { $counter }
wait-done = Số này đã được xử lý xong. Cảm ơn bạn đã đến.
wait-unknown = Không tìm thấy số thứ tự này. Số đã hết hạn hoặc địa chỉ bị sai.
wait-unreachable = Không thể tải thông tin. Sẽ tự động thử lại.
wait-stale = Thông tin lúc { $time }. Việc cập nhật đã dừng nên tình hình có thể đã thay đổi.
wait-old = Thông tin cũ
wait-live = Đang tự động cập nhật
wait-alerts-ask = Báo cho tôi khi gần đến lượt
wait-alerts-on = Bạn sẽ được báo khi gần đến lượt (trong lúc trang này đang mở).
wait-alerts-off = Thông báo không được cho phép. Màn hình này sẽ báo cho bạn.
wait-notify-soon = { $number }: sắp đến lượt bạn (còn { $count } người trước bạn)
wait-notify-called = { $number }: vui lòng đến quầy số { $counter }
wait-no-personal-data = Trang này không hiển thị thông tin cá nhân.
wait-waiting = Số người đang chờ: { $count } người
wait-called-recent = Số vừa được gọi
wait-called-none = Chưa có
wait-open-data = Các con số này cũng được công bố dưới dạng dữ liệu mở (JSON), ai cũng có thể tự do sử dụng. Không có thông tin cá nhân:
wait-ward-empty = Không có cơ quan nào để hiển thị.
