## Kiểm tra tệp cấu hình (kiosk.toml, tệp thủ tục)

config-kiosk-empty = “{ $key }” đang để trống
config-kiosk-hub-url = URL của hub không hợp lệ (phải là URL bắt đầu bằng http:// hoặc https://): { $url }
config-kiosk-out-of-range = “{ $key }” phải nằm trong khoảng từ { $min } đến { $max }
config-kiosk-default-language = Ngôn ngữ hiển thị ban đầu “{ $lang }” không có trong các ngôn ngữ được chọn
config-kiosk-duplicate = “{ $id }” được ghi hai lần
config-kiosk-nothing-offered = Không có thủ tục nào được tiếp nhận
config-kiosk-catalog = Không đọc được thư mục thủ tục: { $dir }
config-kiosk-pin-hash = Mã băm của PIN quản trị không đúng định dạng Argon2 ($argon2id$…)

config-procedure-bad-id = Không thể dùng “{ $id }” làm tên (chỉ dùng chữ thường, chữ số và dấu gạch nối)
config-procedure-bad-shared-id = Tên mục chung “{ $id }” phải được phân cách bằng dấu chấm, ví dụ “applicant.name”
config-procedure-bad-message-key = “{ $key }” không phải là khóa bản dịch hợp lệ
config-procedure-bad-service = Loại tiếp nhận “{ $service }” phải là một chữ cái in hoa (ví dụ: A, B)
config-procedure-bundle-empty = Nhóm thủ tục không có thủ tục nào
config-procedure-choice-no-options = Không có lựa chọn nào
config-procedure-duplicate = “{ $id }” được định nghĩa hai lần
config-procedure-field-no-id = Mục không có id cũng không có shared
config-procedure-field-no-kind = Mục không có kind
config-procedure-field-no-label = Mục không có label
config-procedure-id-not-file-name = id của thủ tục “{ $id }” khác với tên tệp “{ $file }”
config-procedure-min-over-max = min ({ $min }) lớn hơn max ({ $max })
config-procedure-option-not-for-kind = Không thể dùng “{ $option }” cho loại mục này
config-procedure-optional-not-in-bundle = “{ $id }” không thuộc các thủ tục của nhóm này
config-procedure-bundle-two-windows = “{ $procedure }” đặt cho “{ $id }” thời hạn khai báo khác với một thủ tục khác trong nhóm này; một ngày chỉ có một thời hạn
config-procedure-shared-in-shared = Không thể dùng shared trong định nghĩa mục chung
config-procedure-shared-with-kind = Mục dùng mục chung “{ $shared }” không được ghi id hoặc kind
config-procedure-two-households = Mỗi thủ tục chỉ được có một mục thành viên hộ gia đình
config-procedure-unknown-field = Không có mục “{ $id }”
config-procedure-unknown-option = Không có lựa chọn “{ $value }”
config-procedure-unknown-relationship = Không có quan hệ “{ $value }” (head, spouse, child, parent, grandparent, grandchild, sibling, other)
config-procedure-unknown-shared = Không có mục chung “{ $id }”
config-procedure-wrong-kind = Không thể dùng loại ({ $kind }) của mục “{ $id }” ở đây
config-procedure-zero-length = Số ký tự tối đa không được là 0
config-procedure-missing-text = Khóa bản dịch “{ $key }” không có trong tệp bản dịch tiếng Nhật

config-check-ok = { $file }: không có vấn đề ({ $kind })
config-check-unknown-kind = Không xác định được đây là tệp cấu hình gì. Hãy chỉ định bằng --kind
config-town-prefecture = Không có tỉnh "{ $value }" (hãy viết như 東京都 hoặc 北海道)
config-town-chome = Số chōme phải từ 1 đến 99 ({ $value })
