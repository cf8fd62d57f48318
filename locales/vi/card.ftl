# Đọc thẻ My Number (src/card)
card-error-no-reader = Không tìm thấy đầu đọc thẻ. Hãy kiểm tra kết nối và pcscd có đang chạy không
card-error-reader-unplugged = Đầu đọc thẻ đã bị rút ra
card-error-no-card = Chưa có thẻ trên đầu đọc
card-error-card-removed = Thẻ đã rời khỏi đầu đọc trong khi đang đọc. Vui lòng đặt lại
card-error-not-my-number-card = Đây không phải là thẻ My Number
card-error-wrong-pin = Mã PIN không đúng. Sai thêm { $tries } lần nữa thì thẻ sẽ bị khóa
card-error-pin-blocked = Mã PIN đã bị khóa. Vui lòng mở khóa tại quầy
card-error-timeout = Đầu đọc thẻ không phản hồi
card-error-malformed = Không đọc được thông tin trên thẻ
card-error-pin-format = Mã PIN gồm 4 chữ số
card-error-unexpected = Thẻ trả lời bất thường ({ $status })
card-error-reader = Lỗi đầu đọc thẻ: { $detail }

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = Điền bằng thẻ My Number
card-cancel = Hủy
card-place-heading = Vui lòng đặt thẻ My Number
card-place-body = Hãy để nguyên thẻ trên đầu đọc. Chỉ đọc họ tên, địa chỉ, ngày sinh và giới tính. Không bao giờ đọc mã số cá nhân (My Number)
card-pin-heading = Nhập mã PIN (4 chữ số)
card-pin-tries = Bạn còn có thể nhập { $tries } lần
card-pin-read = Đọc
card-reading = Đang đọc. Vui lòng không di chuyển thẻ
card-counter-heading = Vui lòng đến quầy
card-counter-last-try = Sai thêm 1 lần nữa thì mã PIN sẽ bị khóa. Đừng nhập ở đây, hãy hỏi nhân viên tại quầy
card-counter-blocked = Mã PIN đã bị khóa. Có thể mở khóa tại quầy
card-failed-heading = Không đọc được thẻ
card-retry = Thử lại
