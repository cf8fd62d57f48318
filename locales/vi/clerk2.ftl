# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = Gọi nhân viên ({ $count })
clerk-staff-call-answer = Đến hỗ trợ
clerk-staff-call-taken = Hãy đến { $kiosk }
hub-error-staff-call-note = Lý do tối đa { $max } ký tự
hub-error-staff-call-answered = Cuộc gọi này đã có người đến ({ $clerk })
clerk-error-unreachable = Không kết nối được máy chủ. Hãy kiểm tra mạng và máy chủ
clerk-export-open = Xuất dữ liệu và thống kê
clerk-export-close = Quay lại hàng chờ
clerk-export-heading = Xuất dữ liệu và thống kê ngày { $day }
clerk-export-prev-day = Ngày trước
clerk-export-next-day = Ngày sau
clerk-export-records = CSV hồ sơ
clerk-export-stats = CSV thống kê
clerk-export-saved = Đã lưu: { $path }
clerk-export-failed = Không lưu được: { $reason }
clerk-stats-visits = Lượt đến theo quầy
clerk-stats-languages = Ngôn ngữ đã dùng
clerk-stats-wait = Thời gian chờ đến khi được gọi: trung bình { $avg } phút, 90% trong vòng { $p90 } phút
clerk-stats-wait-none = Chưa gọi ai
clerk-stats-qr = Đăng ký trước bằng QR: { $percent }% lượt đến
clerk-stats-empty = Không có lượt đến trong ngày này
hub-error-bad-date = Ngày { $date } không hợp lệ (YYYY-MM-DD)
hub-error-body-syntax = Nội dung gửi không phải JSON hợp lệ
hub-error-body-data = Một mục của nội dung gửi bị thiếu hoặc sai kiểu ({ $path })
hub-error-body-type = Hãy gửi nội dung dạng JSON (application/json)
# A chart with nothing to show yet.
clerk-stats-none = Chưa có
# The record panel before anyone is called.
clerk-record-hint = Gọi người tiếp theo (F1), đơn của họ sẽ hiện ở đây.
clerk-postal-choose = Mã bưu chính { $code } ứng với nhiều khu vực; hãy chọn một
clerk-postal-unknown = Không tìm thấy mã bưu chính { $code }
clerk-postal-filled = từ mã bưu chính (chưa lưu)
