# Dữ liệu mã bưu chính (src/postal)
postal-error-read = Không đọc được { $path }: { $reason }
postal-error-columns = Dòng { $line }: có { $columns } cột (cần 15)
postal-error-code = Dòng { $line }: mã bưu chính "{ $value }" không phải 7 chữ số
postal-error-flag = Dòng { $line }: cờ ở cột { $column } là "{ $value }", không phải một chữ số
postal-error-unclosed = Dòng { $line }: dấu ngoặc chưa được đóng
postal-error-empty = { $path } không có dòng mã bưu chính nào
postal-error-index = Chỉ mục mã bưu chính { $path }: { $reason }
postal-error-no-index = Không có chỉ mục mã bưu chính tại { $path }. Hãy chạy madoguchi postal import trước
