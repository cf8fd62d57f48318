# Máy in phiếu số thứ tự (hóa đơn): kiosk, bảng quản lý thiết bị, `madoguchi print slip`.

## Trạng thái và lỗi của máy in
print-error-uri = Không đọc được địa chỉ máy in "{ $uri }" (tcp://MÁY:9100 hoặc usb:/dev/usb/lp0)
print-error-connect = Không kết nối được với máy in { $printer }: { $reason }
print-error-write = Không gửi được dữ liệu đến máy in { $printer }: { $reason }
print-error-reply = Câu trả lời của máy in không phải là trạng thái ESC/POS
print-error-interrupted = Việc in bị dừng trước khi gửi phiếu
print-state-online = Có thể in
print-state-paper-near-end = Có thể in (giấy sắp hết)
print-state-paper-out = Hết giấy
print-state-cover-open = Nắp máy in đang mở
print-state-offline = Máy in đang ngoại tuyến
print-state-error = Máy in báo lỗi
print-state-unknown = Đã gửi (máy in không báo trạng thái)

## Phiếu số thứ tự
print-slip-number = Số của bạn
print-slip-issued = Phát lúc { $time }
print-slip-resident-line = Vui lòng chờ đến khi số của bạn được gọi. Quét mã QR để xem tình hình gọi số.
print-slip-sample-office = Văn phòng quận Madoguchi (mẫu)
print-staff-call-note = Máy in phiếu: { $problem }

## madoguchi print slip
print-cli-lang = Không có ngôn ngữ "{ $lang }" (ja, en, zh-Hans, …)
print-cli-written = Đã ghi ảnh phiếu: { $file }
print-cli-printed = Đã in phiếu mẫu trên { $printer } ({ $state })

## [printer] trong kiosk.toml
config-kiosk-printer-uri = uri của máy in "{ $uri }" phải có dạng tcp://MÁY:9100 hoặc usb:/dev/usb/lp0
config-kiosk-printer-paper = Khổ giấy paper_mm phải là 58 hoặc 80 ({ $paper })

## Bảng quản lý thiết bị
kiosk-admin-printer = Máy in phiếu
kiosk-admin-printer-none = Chưa thiết lập ([printer] trong kiosk.toml)
kiosk-admin-printer-busy = Đang hỏi máy in…
kiosk-admin-printer-unchecked = Chưa kiểm tra trạng thái
kiosk-admin-printer-test = In thử

## Khi phiếu không in ra (cho người dân)
kiosk-ticket-slip-paper-out = Máy in đã hết giấy: vui lòng chụp ảnh số của bạn trên màn hình. Nhân viên đã được báo.
kiosk-ticket-slip-cover-open = Nắp máy in đang mở: vui lòng chụp ảnh số của bạn trên màn hình. Nhân viên đã được báo.
kiosk-ticket-slip-failed = Không in được phiếu: vui lòng chụp ảnh số của bạn trên màn hình. Nhân viên đã được báo.
