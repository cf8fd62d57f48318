## Kiểm tra nội dung nhập (lỗi và lưu ý)

validation-required = Vui lòng nhập mục này
validation-too-long = Vui lòng nhập tối đa { $max } ký tự (hiện tại là { $length } ký tự)
validation-control-characters = Có ký tự không thể sử dụng
validation-script-kanji = Vui lòng nhập bằng chữ Hán (kanji) hoặc kana
validation-script-kana = Vui lòng nhập bằng hiragana hoặc katakana
validation-script-latin = Vui lòng nhập bằng chữ La-tinh (bảng chữ cái)
validation-script-name = Vui lòng nhập họ tên bằng kanji, kana hoặc chữ La-tinh (không dùng chữ số hay ký hiệu)
validation-script-digits = Vui lòng nhập bằng chữ số
validation-script-any = Có ký tự không thể sử dụng
validation-reading-katakana = Vui lòng nhập bằng katakana
validation-reading-hiragana = Vui lòng nhập bằng hiragana
validation-reading-kana = Vui lòng nhập toàn bộ bằng hiragana hoặc toàn bộ bằng katakana
validation-date-syntax = Ngày không đúng định dạng (ví dụ: 1985-04-12, 昭和60年4月12日)
validation-date-no-such-day = Ngày này không có trên lịch
validation-date-outside-era = Niên hiệu { $era } không có ngày này (ngày cuối cùng của niên hiệu { $era } là { $last })
validation-date-too-early = Không thể xử lý ngày trước ngày 1/1/1873 (năm Meiji thứ 6)
validation-date-future = Ngày này ở sau ngày hôm nay
validation-date-order = Ngày này ở trước ngày chuyển đi
validation-postal = Vui lòng nhập mã bưu chính gồm 7 chữ số (ví dụ: 150-0001)
validation-phone = Số điện thoại không hợp lệ (ví dụ: 03-1234-5678, 090-1234-5678)
validation-choice = Không thể chọn giá trị này: { $value }
validation-count-syntax = Vui lòng nhập bằng chữ số
validation-count-range = Vui lòng nhập một số từ { $min } đến { $max }
validation-yes-no = Vui lòng chọn “Có” hoặc “Không”
validation-prefecture = Vui lòng chọn tỉnh/thành phố (都道府県)
validation-household-too-few = Vui lòng nhập ít nhất { $min } người
validation-household-too-many = Chỉ nhập được tối đa { $max } người
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] Vui lòng nhập ít nhất { $min } trẻ em
       *[other] Vui lòng nhập ít nhất { $min } trẻ em chưa qua ngày 31 tháng 3 đầu tiên sau khi tròn { $age } tuổi
    }
   *[other] Vui lòng nhập ít nhất { $min } người thuộc đối tượng
}
validation-relationship = Vui lòng chọn quan hệ với chủ hộ
validation-sex = Vui lòng chọn giới tính
validation-unknown-part = Mục này không có trong thông tin của thành viên hộ gia đình
validation-notify-late = Đã { $days } ngày kể từ ngày này. Vì đã quá thời hạn khai báo (trong vòng { $limit } ngày), chúng tôi có thể hỏi lý do
validation-notify-future = Vui lòng nộp thông báo này từ ngày này trở đi. Vui lòng kiểm tra lại ngày
validation-notify-early = Ngày này còn { $days } ngày nữa. Thông báo được tiếp nhận từ { $limit } ngày trước
validation-warn-proxy-letter = Người đại diện cần có giấy ủy quyền
validation-warn-kisai-form = Vui lòng mang theo mẫu cần chứng nhận (mẫu do nơi làm việc v.v. chỉ định)
validation-warn-inkan-card = Không thể cấp giấy chứng nhận nếu không có thẻ đăng ký con dấu
validation-warn-inkan-seal = Cần có con dấu muốn đăng ký
validation-warn-inkan-inquiry = Nếu đăng ký bằng thư xác nhận (照会書), bạn cần đến quầy thêm một lần nữa và mang theo thư xác nhận được gửi qua bưu điện sau
validation-warn-koseki-third-party = Người không phải là bản thân, vợ/chồng hoặc người thân trực hệ cần có lý do được phép yêu cầu và giấy tờ chứng minh lý do đó
validation-warn-kazei-jan1 = Vui lòng yêu cầu tại thành phố/quận/thị trấn/làng (市区町村) nơi bạn sống vào ngày 1 tháng 1 của năm bắt đầu năm tài chính đó (ví dụ: năm tài chính 2025 → ngày 1 tháng 1 năm 2025)
validation-warn-jido-public-servant = Công chức vui lòng yêu cầu tại nơi làm việc
