# Màn hình máy tiếp nhận (kiosk). Bản gốc là tiếng Nhật.

## Màn hình chào mừng
kiosk-welcome-heading = Xin chào
kiosk-welcome-attract = Đây là quầy không cần viết. Chỉ cần chạm vào màn hình là có thể lấy số thứ tự hoặc chuẩn bị hồ sơ.
kiosk-welcome-start = Bắt đầu
kiosk-welcome-choose-language = Bạn có thể chọn ngôn ngữ

## Nút ở phía trên màn hình
kiosk-bar-home = Về màn hình đầu
kiosk-bar-language = Ngôn ngữ / Language
kiosk-bar-large-text = Chữ to hơn
kiosk-bar-normal-text = Chữ cỡ thường
kiosk-bar-high-contrast = Đen trắng dễ nhìn
kiosk-bar-normal-contrast = Màu bình thường
kiosk-language-heading = Vui lòng chọn ngôn ngữ

## Mục đích
kiosk-choose-heading = Bạn cần làm gì?
kiosk-choose-qr = Tôi có mã QR
kiosk-choose-qr-hint = Quét mã QR của hồ sơ bạn đã tạo trên điện thoại ở nhà
kiosk-choose-make = Tạo hồ sơ tại đây
kiosk-choose-make-hint = Chỉ cần trả lời câu hỏi, hồ sơ sẽ được tạo mà không cần viết
kiosk-choose-number = Chỉ lấy số thứ tự
kiosk-choose-number-hint = Làm thủ tục cùng nhân viên tại quầy
kiosk-choose-staff = Gọi nhân viên
kiosk-choose-staff-hint = Nhân viên sẽ đến chỗ bạn
kiosk-services-heading = Bạn lấy số thứ tự cho quầy nào?
kiosk-issuing = Đang cấp số thứ tự…

## Quầy (văn phòng mẫu)

## Số thứ tự
kiosk-ticket-heading = Số thứ tự của bạn
kiosk-ticket-ahead = { $count ->
    [0] Không có ai đang chờ trước bạn
   *[other] Có { $count } người đang chờ trước bạn
}
kiosk-ticket-wait = Thời gian chờ dự kiến: khoảng { $minutes } phút
kiosk-ticket-qr-hint = Quét bằng điện thoại để xem tình hình gọi số
kiosk-ticket-returning = Sẽ quay về màn hình đầu sau { $seconds } giây
kiosk-ticket-done = Kết thúc

## Khi không có thao tác
kiosk-idle-warning = Vì không có thao tác, máy sẽ quay về màn hình đầu sau { $seconds } giây. Nội dung đã nhập sẽ bị xóa.
kiosk-idle-continue = Tiếp tục

## Thông báo
kiosk-notice-ok = Về màn hình đầu
kiosk-staff-called-heading = Đã gọi nhân viên
kiosk-staff-called-body = Vui lòng chờ tại đây. Nhân viên sẽ đến ngay.
kiosk-error-heading = Đã xảy ra sự cố
kiosk-error-unreachable = Không kết nối được với hệ thống tiếp nhận. Vui lòng hỏi nhân viên ở gần.
kiosk-error-unknown-service = Quầy bạn chọn hiện không tiếp nhận.

## Quản lý thiết bị (dành cho nhân viên)
kiosk-admin-pin-heading = Vui lòng nhập mã PIN quản lý
kiosk-admin-pin-wrong = Mã PIN không đúng
kiosk-admin-pin-locked = Do nhập sai nhiều lần, không thể nhập trong { $seconds } giây nữa
kiosk-admin-pin-not-configured = Chưa thiết lập mã PIN ([admin] pin_hash trong kiosk.toml)
kiosk-admin-pin-checking = Đang kiểm tra…
kiosk-admin-ok = Xác nhận
kiosk-admin-cancel = Đóng
kiosk-keypad-clear = Xóa hết
kiosk-keypad-backspace = Xóa 1 ký tự
kiosk-admin-panel-heading = Quản lý thiết bị
kiosk-admin-name = Tên thiết bị
kiosk-admin-idle-timeout = Số giây không có thao tác trước khi quay về màn hình đầu
kiosk-admin-languages = Ngôn ngữ hiển thị
kiosk-admin-apply = Áp dụng
kiosk-admin-applied = Đã áp dụng (có hiệu lực đến khi khởi động lại máy này)
kiosk-admin-close = Đóng

## Lỗi cài đặt
kiosk-cli-pin-invalid = Mã PIN phải gồm ít nhất 4 chữ số
kiosk-service-prefix = Quầy { $prefix }

## Khi không kết nối được với hệ thống tiếp nhận
kiosk-offline-banner = Chưa kết nối được với hệ thống tiếp nhận. Bạn vẫn có thể lấy số thứ tự tại máy này; hồ sơ sẽ được lưu lại và gửi đi ngay khi có kết nối.

## Quét mã QR
kiosk-scan-heading = Quét mã QR
kiosk-scan-guidance = Vui lòng đưa mã QR trên màn hình điện thoại vào đầu đọc bên dưới. Bạn không cần nhập chữ.
kiosk-scan-next-part = Tiếp theo, vui lòng đưa mã QR kế tiếp (thứ tự nào cũng được)
kiosk-scan-back = Quay lại
kiosk-scan-file = Đọc mã QR mẫu
kiosk-scan-no-code = Không tìm thấy mã QR. Vui lòng đưa lại một lần nữa.

## Kiểm tra nội dung hồ sơ
kiosk-review-heading = Vui lòng kiểm tra nội dung hồ sơ
kiosk-review-unknown-procedure = Quầy này không tiếp nhận thủ tục “{ $id }” trong mã QR này. Vui lòng hỏi nhân viên.
kiosk-review-fix-marked = Vui lòng chọn lại các mục có đánh dấu
kiosk-review-staff-will-check = Nhân viên sẽ cùng bạn kiểm tra các mục có đánh dấu tại quầy
kiosk-review-back = Quay lại quét mã
kiosk-review-confirm = Nộp hồ sơ với nội dung này và lấy số thứ tự
kiosk-review-empty = (chưa điền)
kiosk-review-change = Thay đổi
kiosk-review-done = Xác nhận
kiosk-review-fee = Lệ phí: { $yen } yên
kiosk-review-bring = Vui lòng mang theo:
