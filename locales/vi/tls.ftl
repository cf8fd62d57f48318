## HTTPS của hub, giới hạn kết nối, chứng chỉ mà thiết bị tin cậy (hub, sync)

hub-config-error-tls-pair = Để dùng chứng chỉ riêng của quận, hãy ghi cả cert_chain và key trong [tls]
hub-config-error-tls-name = Không thể đưa tên “{ $value }” vào chứng chỉ: hãy ghi tên máy chủ hoặc địa chỉ IP
hub-tls-error-files = Không dùng được tệp chứng chỉ { $path }: { $reason }
hub-tls-error-certificate = Không chuẩn bị được chứng chỉ: { $reason }
hub-tls-error-empty-chain = { $path } không chứa chứng chỉ nào
hub-error-plain-on-lan = { $addr } có thể truy cập từ mạng LAN nên hub không khởi động bằng HTTP không mã hóa. Hãy đặt [tls] mode là “auto” hoặc “on”; chỉ khi không còn cách nào khác mới đặt insecure = true (hoặc --insecure)
hub-error-timeout = Yêu cầu không được nhận hoặc xử lý kịp thời
hub-cli-insecure-warning = Cảnh báo: đang dùng HTTP không mã hóa trên { $addr } (insecure). Họ tên, địa chỉ và token đi qua mạng mà không được bảo vệ
hub-cli-enroll-fingerprint = Dấu vân tay (SHA-256) của chứng chỉ CA của hub: { $fingerprint }. Thiết bị chỉ tin cậy chứng chỉ này. Khi nhập tay, hãy nhập toàn bộ dòng bên dưới mã QR.
hub-sync-untrusted = Chứng chỉ của hub khác với lúc đăng ký nên kết nối đã bị từ chối. Hãy hỏi nhân viên phụ trách cài đặt
hub-sync-ca-mismatch = Dấu vân tay chứng chỉ CA của hub không khớp với mã đăng ký nên việc đăng ký đã dừng lại
hub-sync-no-fingerprint = Để đăng ký với hub HTTPS cần có dấu vân tay của chứng chỉ CA: hãy quét mã QR hoặc nhập toàn bộ dòng bên dưới mã
hub-sync-ca-file = Không đọc được chứng chỉ hub đã lưu tại { $file }. Hãy đăng ký lại thiết bị này
