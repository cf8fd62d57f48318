# Máy tại quầy (dành cho nhân viên). Bản gốc là tiếng Nhật.
clerk-title = Máy tại quầy
clerk-bar-who = Quầy số { $counter } · Nhân viên { $clerk }
clerk-online = Đã kết nối hệ thống tiếp nhận
clerk-offline = Đang kết nối lại với hệ thống tiếp nhận…
clerk-logout = Đăng xuất

## Đăng nhập
clerk-login-heading = Đăng nhập
clerk-login-id = Mã nhân viên
clerk-login-pin = Mã PIN
clerk-login-counter = Số quầy
clerk-login-services = Nghiệp vụ gọi số tại quầy này
clerk-login-submit = Đăng nhập
clerk-login-pending = Đang kiểm tra…
clerk-login-missing = Vui lòng nhập mã nhân viên và mã PIN
clerk-login-no-counter = Vui lòng nhập số quầy
clerk-login-no-service = Vui lòng chọn ít nhất một nghiệp vụ
clerk-login-no-hub = Chưa nhận được danh sách nghiệp vụ từ hệ thống tiếp nhận. Vui lòng kiểm tra kết nối

## Gọi số
clerk-no-current = Không có số nào đang được phục vụ
clerk-call-next = Gọi người tiếp theo
clerk-recall = Gọi lại
clerk-no-show = Vắng mặt
clerk-finish = Hoàn tất
clerk-transfer = Chuyển
clerk-walk-in = Tiếp nhận trực tiếp
clerk-pick-transfer = Chọn nghiệp vụ để chuyển đến (phím số)
clerk-pick-walk-in = Chọn nghiệp vụ để cấp số (phím số)
clerk-cancel = Hủy
clerk-recalls = Đã gọi lại { $count } lần
clerk-state-waiting = Đang chờ
clerk-state-called = Đang gọi
clerk-state-serving = Đang phục vụ
clerk-state-done = Hoàn tất
clerk-state-no_show = Vắng mặt
clerk-state-transferred = Đã chuyển
clerk-queue-heading = Danh sách chờ
clerk-queue-count = { $count } người
clerk-queue-more = và { $count } người khác
clerk-waited = chờ { $minutes } phút
clerk-origin-walk-in = trực tiếp
clerk-search-placeholder = Tìm theo số (A-012) hoặc kana

## Nội dung hồ sơ
clerk-no-record = Số này không có dữ liệu hồ sơ. Vui lòng hỏi trực tiếp tại quầy.
clerk-preapp-encrypted = QR (mã hóa)
clerk-preapp-plain = QR
clerk-preapp-none = Nhập tại máy tiếp nhận
clerk-status-received = Chưa kiểm tra
clerk-status-confirmed = Đã tiếp nhận
clerk-status-rejected = Trả lại
clerk-record-lang = Ngôn ngữ của người nộp: { $lang }
clerk-record-clean = Không có vấn đề (lưu ý: { $warnings })
clerk-record-problems = Cần kiểm tra: { $count } mục
clerk-record-other-fields = Mục khác
clerk-source-qr = QR
clerk-source-kiosk = Nhập tại máy
clerk-source-postal = Dữ liệu mã bưu chính
clerk-source-card = Thẻ My Number
clerk-source-clerk = Nhân viên sửa
clerk-value-empty = (chưa điền)
clerk-edit = Sửa
clerk-save = Lưu
clerk-confirm = Tiếp nhận
clerk-confirm-anyway = Tiếp nhận dù còn vấn đề
clerk-reject = Trả lại
clerk-reject-placeholder = Lý do trả lại
clerk-reject-send = Trả lại hồ sơ
clerk-rejected-because = Lý do trả lại: { $reason }
clerk-keys-hint = F1 gọi · E sửa · Esc hủy

## Thông báo
clerk-notice-called = Đã gọi số { $number }
clerk-notice-nobody = Không có ai đang chờ
clerk-notice-numbers-low = Số thứ tự hôm nay của { $service } sắp hết (còn { $left })
clerk-notice-finish-first = Vui lòng hoàn tất số { $number } trước
clerk-notice-recalled = Đã gọi lại số { $number }
clerk-notice-started = Đã bắt đầu phục vụ số { $number }
clerk-notice-done = Đã hoàn tất số { $number }
clerk-notice-no-show = Đã đánh dấu số { $number } vắng mặt
clerk-notice-transferred = Đã chuyển số { $number } sang nghiệp vụ { $service }
clerk-notice-walk-in = Đã cấp số { $number }
clerk-notice-confirmed = Đã tiếp nhận hồ sơ của số { $number }
clerk-notice-rejected = Đã trả lại hồ sơ của số { $number }
clerk-notice-edited = Đã lưu chỉnh sửa (có ghi lại trong nhật ký)
clerk-notice-has-problems = Có { $count } mục cần kiểm tra. Hãy sửa, hoặc nhấn Ctrl+Enter để tiếp nhận
clerk-notice-reason-needed = Vui lòng nhập lý do trả lại
clerk-notice-not-found = Không tìm thấy
clerk-error-closed = Hồ sơ này đã được xác nhận nên không thể thay đổi
clerk-error-no-token = Máy này chưa được đăng ký. Hãy chỉ định mã đăng ký bằng --enroll (nơi lưu: { $file })
clerk-error-token-file = Không thể lưu khóa của máy: { $reason }
clerk-session-expired = Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại
