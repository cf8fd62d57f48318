# Bảng quản lý thiết bị (cài đặt máy, đăng ký, kiểm tra thiết bị) và camera của màn hình quét.

## Lưu cài đặt
kiosk-admin-saved = Đã lưu vào { $path }
kiosk-admin-save-failed = Không lưu được (tệp cũ vẫn giữ nguyên): { $path }: { $reason }
kiosk-admin-refused = Vui lòng sửa “{ $key }”: { $reason }

## Máy và máy chủ trung tâm
kiosk-admin-hub = Địa chỉ máy chủ trung tâm (hub)
kiosk-admin-enrollment = Đăng ký với hub
kiosk-admin-enrolled = Máy này đã được đăng ký
kiosk-admin-not-enrolled = Máy này chưa được đăng ký
kiosk-admin-enroll-hint = Đưa mã QR đăng ký hiển thị trên hub vào máy quét hoặc camera, hoặc nhập mã đăng ký
kiosk-admin-enroll = Đăng ký
kiosk-admin-enrolling = Đang đăng ký…
kiosk-admin-enrolled-as = Đã đăng ký tại { $hub } với tên “{ $name }” (dùng sau khi khởi động lại)
kiosk-admin-enroll-no-data-dir = Không thể đăng ký: không rõ thư mục dữ liệu (hãy khởi động với --data-dir)

## Nội dung tiếp nhận
kiosk-admin-default-language = Ngôn ngữ của màn hình đầu
kiosk-admin-bundles = Nhóm thủ tục (sự kiện trong đời sống)
kiosk-admin-procedures = Thủ tục riêng lẻ

## Thiết bị
kiosk-admin-camera = Camera
kiosk-admin-camera-auto = Tự động
kiosk-admin-camera-none = Không dùng
kiosk-admin-camera-none-found = Không tìm thấy camera
kiosk-admin-camera-found = Số camera tìm thấy: { $count }
kiosk-admin-camera-showing = Hình ảnh từ { $device } (đã nhận { $frames } khung)
kiosk-admin-camera-test = Thử camera này
kiosk-admin-scanner-test = Thử máy quét (chữ đọc được gần nhất)
kiosk-admin-scanner-nothing = Chưa đọc được gì. Hãy đưa mã QR vào máy quét.

## Đồng bộ
kiosk-admin-sync = Dữ liệu chờ gửi và đồng bộ với hub
kiosk-admin-sync-none = Máy này không đồng bộ với hub
kiosk-admin-sync-never = chưa có
kiosk-admin-sync-online = Đang kết nối với hub
kiosk-admin-sync-offline = Không kết nối được với hub
kiosk-admin-sync-pending = Chờ gửi: { $records } đơn, { $tickets } số thứ tự
kiosk-admin-sync-last = Lần đồng bộ cuối: { $time }
kiosk-admin-sync-refused = Đơn bị hub từ chối: { $count }
kiosk-admin-quit = Thoát chương trình của máy

## Camera của màn hình quét
kiosk-scan-camera-guidance = Vui lòng đưa mã QR trên điện thoại vào camera hoặc máy quét bên dưới. Bạn không cần nhập chữ.
kiosk-scan-no-camera = Không có camera. Vui lòng đưa mã QR vào máy quét.
kiosk-scan-camera-lost = Camera đã bị ngắt kết nối. Máy quét vẫn dùng được.
kiosk-scan-camera-starting = Đang khởi động camera…
