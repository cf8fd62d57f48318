# Mã QR đăng ký trước (preapp)

preapp-error-not-ours = Mã QR này không phải là mã QR đăng ký trước.
preapp-error-newer-version = Mã QR này được tạo theo định dạng mới hơn (phiên bản { $found }). Máy này chỉ đọc được đến phiên bản { $supported }. Vui lòng hỏi nhân viên.
preapp-error-expired = Mã QR này đã hết hạn ({ $date }). Vui lòng tạo lại mã mới.
preapp-error-wrong-key = Mã QR này được tạo cho một cơ quan hành chính khác nên không thể đọc tại quầy này.
preapp-error-no-key = Máy này chưa được cài khóa để đọc mã QR đã mã hóa. Vui lòng hỏi nhân viên.
preapp-error-corrupted = Không đọc được mã QR (dữ liệu bị hỏng). Vui lòng tăng độ sáng màn hình rồi đưa mã vào lại.
preapp-error-missing-parts = Đã đọc { $read } trên { $total } mã QR. Vui lòng đưa cả các mã QR còn lại.
preapp-error-too-large = Dữ liệu trong mã QR quá lớn.
preapp-error-plain-not-accepted = Quầy này không tiếp nhận mã QR chưa được mã hóa.
preapp-error-invalid-form = Dữ liệu đăng ký có lỗi ({ $path }).

preapp-progress = Đã đọc { $read } trên { $total } mã QR.
preapp-keygen-done = Đã tạo khóa cho quầy. Khóa bí mật: { $secret } Khóa công khai: { $public }
preapp-keygen-exists = Tệp khóa đã tồn tại: { $path } (không ghi đè)
preapp-cli-key-unreadable = Không đọc được tệp khóa: { $path }
preapp-cli-input-unreadable = Không đọc được tệp đầu vào: { $path } ({ $reason })
preapp-cli-image-unreadable = Không đọc được hình ảnh: { $path }
preapp-cli-no-code = Không tìm thấy mã QR trong hình ảnh: { $path }
preapp-cli-write-failed = Không ghi được tệp: { $path } ({ $reason })
preapp-cli-bad-days = Số ngày hiệu lực phải từ 1 đến { $max } ngày.
preapp-config-nothing-accepted = Vì không có tệp khóa (key_file) và cũng không tiếp nhận mã QR chưa mã hóa, nên không thể đọc bất kỳ mã QR đăng ký trước nào.
preapp-config-empty-key-file = Đường dẫn tệp khóa (key_file) đang để trống.
