# Màn hình "Làm đơn tại đây" (nhập không cần viết).

make-pick-heading = Bạn muốn làm thủ tục gì?
make-pick-events = Sự kiện trong cuộc sống
make-pick-certificates = Giấy chứng nhận
make-forms-heading = Vui lòng chọn các giấy tờ nộp kèm
make-forms-required = ✓ { $name } (bắt buộc)
make-forms-none = Vui lòng chọn ít nhất một giấy tờ
make-progress = { $current } / { $total }
make-member-number = Người thứ { $number }
make-household-empty = Chưa có ai được thêm
make-add-person = ＋ Thêm người
make-remove = Xóa
make-back = Quay lại
make-next = Tiếp
make-skip = Bỏ qua
make-clear = Xóa hết
make-backspace = Xóa một chữ
make-kana-space = Khoảng trắng
make-date-western = Dương lịch
make-date-year = năm
make-date-month = tháng
make-date-day = ngày
make-clerk-note = Nhân viên tại quầy sẽ hỏi và ghi giúp bạn tên bằng chữ Hán và số nhà (番地) trong địa chỉ.
make-clerk-completes = Nhân viên tại quầy sẽ điền giúp bạn
