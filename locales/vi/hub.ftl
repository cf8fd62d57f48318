## Hub: tên dịch vụ, lỗi, CLI

hub-service-certificates = Giấy chứng nhận
hub-service-moving = Thay đổi cư trú, chuyển nhà
hub-service-tax = Thuế
hub-service-insurance-pension = Bảo hiểm, lương hưu

hub-config-error-listen = Địa chỉ lắng nghe “{ $value }” phải có dạng như “127.0.0.1:8750”
hub-config-error-empty = Giá trị đang để trống
hub-config-error-timezone = Không thể dùng múi giờ “{ $value }” (ví dụ: Asia/Tokyo)
hub-config-error-range = Giá trị phải nằm trong khoảng từ { $min } đến { $max }
hub-config-error-no-services = Không có dịch vụ quầy nào
hub-config-error-prefix = Chữ đầu của số thứ tự “{ $value }” phải là một chữ cái in hoa
hub-config-error-duplicate-prefix = Chữ đầu của số thứ tự “{ $value }” bị trùng
hub-config-error-counter = Tên quầy phải dài từ 1 đến 16 ký tự

hub-error-database = Xử lý cơ sở dữ liệu thất bại: { $reason }
hub-error-schema-too-new = Không thể mở vì phiên bản cơ sở dữ liệu ({ $found }) mới hơn chương trình này ({ $known })
hub-error-data-dir = Không tạo được thư mục dữ liệu: { $reason }
hub-error-not-found = Không tìm thấy { $what } { $id }
hub-error-unknown-service = Không có dịch vụ “{ $service }”
hub-error-unknown-counter = Không có quầy “{ $counter }”
hub-error-no-services-for-counter = Quầy “{ $counter }” không phụ trách dịch vụ nào
hub-error-numbers-exhausted = Đã dùng hết số thứ tự của hôm nay
hub-error-no-room-for-lease = Không còn dãy số nào để cấp trước cho thiết bị
hub-error-bad-transition = Lượt tiếp nhận này đang ở trạng thái “{ $state }” nên không thể thực hiện “{ $action }”
hub-error-counter-busy = Quầy này đang phục vụ số { $number }. Vui lòng hoàn tất hoặc đánh dấu vắng mặt trước khi gọi số tiếp theo
hub-error-same-service = Không thể chuyển sang cùng một dịch vụ
hub-error-device-name = Tên thiết bị phải dài từ 1 đến 64 ký tự
hub-error-enroll-code = Mã đăng ký không đúng, đã hết hạn hoặc đã được sử dụng
hub-error-clerk-id = ID nhân viên chỉ gồm chữ cái, chữ số, dấu gạch nối và dấu gạch dưới, tối đa 32 ký tự
hub-error-pin = Mã PIN phải gồm từ 4 đến 12 chữ số
hub-error-login = ID nhân viên hoặc mã PIN không đúng
hub-error-login-locked = Do đăng nhập sai nhiều lần, không thể đăng nhập trong { $minutes } phút
hub-error-bad-number = Số “{ $number }” không đúng định dạng
hub-error-not-leased = Số { $number } không được cấp trước cho thiết bị này
hub-error-lease-day = Chỉ có thể cấp trước số cho hôm nay hoặc ngày mai
hub-error-record-procedures = Thủ tục được chỉ định không hợp lệ
hub-error-record-fields = Có quá nhiều mục (tối đa { $max })
hub-error-record-field-name = Tên mục “{ $field }” không hợp lệ
hub-error-record-field-size = Giá trị của mục “{ $field }” quá dài
hub-error-record-source = Nguồn nhập của mục “{ $field }” không hợp lệ
hub-error-record-my-number = Không thể lưu mã số cá nhân (My Number) (mục “{ $field }”)
hub-error-record-lang = Không thể dùng ngôn ngữ “{ $lang }”
hub-error-plain-refused = Cơ quan này không tiếp nhận hồ sơ đăng ký trước chưa được mã hóa
hub-error-record-closed = Hồ sơ này đã được xác nhận hoặc đã bị trả lại
hub-error-reject-reason = Vui lòng ghi lý do trả lại, từ 1 đến 500 ký tự
hub-error-batch-too-large = Mỗi lần chỉ gửi được tối đa { $max } mục
hub-error-unauthorized = Cần xác thực (token của thiết bị hoặc đăng nhập của nhân viên)
hub-error-forbidden = Thiết bị hoặc nhân viên này không có quyền thực hiện thao tác này
hub-error-body-too-large = Nội dung gửi quá lớn (tối đa { $max } byte)
hub-error-not-found-route = Không có API này
hub-error-internal = Đã xảy ra lỗi bên trong hub
hub-error-query = Vui lòng chỉ định một trong hai điều kiện tìm kiếm: number hoặc kana

hub-cli-enroll-code = Mã đăng ký của thiết bị “{ $name }” ({ $role }): { $code }
hub-cli-enroll-hint = Hãy quét mã QR này tại kiosk hoặc nhập mã. Mã có hiệu lực trong { $hours } giờ và chỉ dùng được một lần.
hub-cli-clerk-added = Đã đăng ký nhân viên “{ $id }”
hub-cli-audit-intact = Nhật ký kiểm tra không bị sửa đổi ({ $entries } mục, mã băm mới nhất { $head })
hub-cli-audit-broken = Bản ghi thứ { $seq } của nhật ký kiểm tra đã bị sửa đổi
hub-cli-config-problems = Tệp cấu hình có vấn đề:

hub-sync-offline = Không kết nối được với hub. Nội dung tiếp nhận được lưu trên thiết bị này và sẽ được gửi ngay khi kết nối lại
hub-sync-no-lease = Không kết nối được với hub và thiết bị này cũng không còn số thứ tự được cấp trước
hub-config-error-name-key = Khóa tên dịch vụ “{ $value }” không có trong tệp bản dịch (locales/ja/hub.ftl)
hub-cli-revoked = Đã hủy đăng ký thiết bị { $id }
hub-error-postal-unavailable = Hub này không có dữ liệu mã bưu chính; hãy nhập địa chỉ bằng tay
