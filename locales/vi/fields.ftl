## Tên mục của mẫu đơn, lựa chọn, giải thích

fields-applicant-name = Họ và tên
fields-applicant-reading = Họ và tên (viết bằng katakana)
fields-applicant-birth = Ngày tháng năm sinh
fields-applicant-postal = Mã bưu chính
fields-applicant-address = Địa chỉ
fields-applicant-phone = Số điện thoại (số có thể liên lạc vào ban ngày)
fields-applicant-phone-help = Chúng tôi có thể gọi điện cho bạn để xác nhận nội dung
fields-applicant-has-mynumber-card = Tôi có thẻ My Number
fields-applicant-has-mynumber-card-help = Không ghi mã số. Chỉ cần cho biết bạn có thẻ hay không
fields-notifier-name = Họ tên người khai báo
fields-subject-name = Họ tên người cần giấy chứng nhận
fields-subject-birth = Ngày sinh của người cần giấy chứng nhận

fields-requester = Quan hệ giữa người đến quầy và người cần giấy chứng nhận
fields-requester-self = Bản thân
fields-requester-household = Người cùng hộ gia đình
fields-requester-proxy = Người đại diện

fields-copies = Số bản
fields-purpose = Mục đích sử dụng (nơi nộp)
fields-purpose-detail = Chi tiết mục đích sử dụng
fields-purpose-pension = Thủ tục lương hưu
fields-purpose-employment = Nộp cho nơi làm việc
fields-purpose-drivers-license = Bằng lái xe
fields-purpose-vehicle = Đăng ký ô tô
fields-purpose-real-estate = Đăng ký bất động sản
fields-purpose-inheritance = Thừa kế
fields-purpose-school = Nộp cho trường học
fields-purpose-loan = Vay vốn
fields-purpose-passport = Hộ chiếu
fields-purpose-marriage = Đăng ký kết hôn
fields-purpose-nursery = Nhà trẻ, mẫu giáo
fields-purpose-child-allowance = Trợ cấp nhi đồng
fields-purpose-dependents = Thủ tục người phụ thuộc
fields-purpose-public-housing = Nhà ở công
fields-purpose-address-history = Chứng minh các địa chỉ đã ở
fields-purpose-other = Khác

fields-juminhyo-scope = Người cần ghi trên giấy chứng nhận
fields-juminhyo-scope-self = Chỉ bản thân
fields-juminhyo-scope-household-all = Cả hộ gia đình
fields-juminhyo-scope-household-some = Một số người trong hộ gia đình
fields-juminhyo-members = Những người cần ghi
fields-juminhyo-show-relationship = Ghi quan hệ với chủ hộ
fields-juminhyo-show-honseki = Ghi nơi đăng ký hộ tịch gốc (本籍) và người đứng đầu hộ tịch (筆頭者)
fields-juminhyo-show-honseki-help = Chỉ chọn “Có” khi cần, ví dụ để làm hộ chiếu hoặc thừa kế

fields-kisai-has-form = Tôi đã mang theo mẫu cần chứng nhận
fields-kisai-submit-to = Nơi nộp

fields-inkan-registrant-name = Họ tên người đã đăng ký con dấu
fields-inkan-has-card = Tôi đã mang theo thẻ đăng ký con dấu
fields-inkan-card-number = Số đăng ký con dấu
fields-inkan-has-seal = Tôi đã mang theo con dấu muốn đăng ký
fields-inkan-verification = Cách xác nhận danh tính
fields-inkan-verification-photo-id = Giấy tờ có ảnh do cơ quan nhà nước cấp
fields-inkan-verification-guarantor = Người bảo lãnh đã đăng ký con dấu trong quận
fields-inkan-verification-inquiry = Thư xác nhận (gửi qua bưu điện sau)

fields-koseki-honseki = Nơi đăng ký hộ tịch gốc (本籍)
fields-koseki-hittosha = Họ tên người đứng đầu hộ tịch (筆頭者)
fields-koseki-certificate = Loại giấy chứng nhận
fields-koseki-certificate-zenbu = Giấy chứng nhận toàn bộ nội dung hộ tịch (bản sao toàn bộ, 謄本) 450 yên
fields-koseki-certificate-kojin = Giấy chứng nhận nội dung cá nhân trong hộ tịch (bản trích lục, 抄本) 450 yên
fields-koseki-certificate-joseki-zenbu = Giấy chứng nhận toàn bộ nội dung hộ tịch đã xóa (除籍) 750 yên
fields-koseki-relation = Quan hệ với người có tên trong hộ tịch
fields-koseki-relation-self = Bản thân
fields-koseki-relation-spouse = Vợ/chồng
fields-koseki-relation-lineal = Cha mẹ, ông bà, con, cháu, v.v.
fields-koseki-relation-other = Khác

fields-fuhyo-scope = Người cần ghi trên giấy chứng nhận
fields-fuhyo-scope-self = Chỉ bản thân
fields-fuhyo-scope-all = Tất cả những người có tên trong hộ tịch

fields-kazei-certificate = Loại giấy chứng nhận
fields-kazei-certificate-kazei = Giấy chứng nhận chịu thuế (miễn thuế)
fields-kazei-certificate-nozei = Giấy chứng nhận nộp thuế
fields-kazei-fiscal-year = Năm tài chính
fields-kazei-fiscal-year-latest = Năm tài chính mới nhất
fields-kazei-fiscal-year-previous = Năm tài chính trước
fields-kazei-fiscal-year-before-previous = Năm tài chính của 2 năm trước
fields-kazei-lived-here-jan1 = Tôi đã sống trong quận vào ngày 1 tháng 1 của năm bắt đầu năm tài chính đó (ví dụ: năm tài chính 2025 → ngày 1 tháng 1 năm 2025)

fields-move-date = Ngày chuyển nhà
fields-move-out-date = Ngày dự định chuyển đi (ngày ghi trên giấy chứng nhận chuyển đi)
fields-move-previous-address = Địa chỉ cũ
fields-move-destination-address = Địa chỉ nơi chuyển đến
fields-move-head-name = Họ tên chủ hộ
fields-move-previous-head-name = Họ tên chủ hộ trước đây
fields-move-new-postal = Mã bưu chính của địa chỉ mới
fields-move-new-address = Địa chỉ mới
fields-move-members = Những người chuyển nhà
fields-tennyu-date = Ngày bắt đầu sống tại đây
fields-tenkyo-date = Ngày chuyển nhà
fields-tenshutsu-date = Ngày chuyển đi (dự định)
fields-tenshutsu-current-address = Địa chỉ hiện tại
fields-tenshutsu-head-name = Họ tên chủ hộ tại nơi chuyển đến
fields-household-members = Thành viên hộ gia đình

fields-kokuho-reason = Lý do tham gia
fields-kokuho-reason-moved-in = Chuyển đến từ ngoài quận
fields-kokuho-reason-left-employer-insurance = Đã thôi tham gia bảo hiểm y tế của nơi làm việc
fields-kokuho-reason-left-welfare = Không còn nhận trợ cấp sinh hoạt
fields-kokuho-reason-birth = Có con mới sinh
fields-kokuho-reason-other = Khác
fields-kokuho-start-date = Ngày tham gia (ngày có tư cách bảo hiểm)
fields-kokuho-previous-insurer = Tên bảo hiểm y tế trước đây
fields-kokuho-members = Những người tham gia

fields-jido-requester-name = Họ tên người yêu cầu (người có thu nhập chính trong gia đình)
fields-jido-reason = Lý do yêu cầu
fields-jido-reason-birth = Có con mới sinh
fields-jido-reason-moved-in = Chuyển đến từ ngoài quận
fields-jido-reason-other = Khác
fields-jido-pension = Chế độ lương hưu đang tham gia
fields-jido-pension-national = Lương hưu quốc dân
fields-jido-pension-employee = Lương hưu phúc lợi (厚生年金)
fields-jido-pension-mutual-aid = Hiệp hội tương trợ (công chức)
fields-jido-has-spouse = Có vợ/chồng
fields-jido-children = Trẻ em thuộc đối tượng

fields-bank-name = Tên ngân hàng
fields-bank-branch = Tên chi nhánh
fields-bank-account-type = Loại tài khoản
fields-bank-account-type-ordinary = Thông thường
fields-bank-account-type-current = Vãng lai
fields-bank-account-number = Số tài khoản (7 chữ số)
fields-bank-account-holder = Tên chủ tài khoản (katakana)

fields-address-prefecture = Tỉnh/thành phố (都道府県)
fields-address-city = Thành phố/quận/thị trấn/làng (市区町村)
fields-address-town = Tên khu phố, số nhà
fields-address-building = Tên tòa nhà, số phòng

fields-member-name = Họ và tên
fields-member-reading = Họ và tên (viết bằng katakana)
fields-member-birth = Ngày tháng năm sinh
fields-member-relationship = Quan hệ với chủ hộ
fields-member-sex = Giới tính

fields-relationship-head = Chủ hộ
fields-relationship-spouse = Vợ/chồng
fields-relationship-child = Con
fields-relationship-parent = Cha/mẹ
fields-relationship-grandparent = Ông/bà
fields-relationship-grandchild = Cháu
fields-relationship-sibling = Anh chị em
fields-relationship-other = Khác

fields-sex-male = Nam
fields-sex-female = Nữ

fields-answer-yes = Có
fields-answer-no = Không

fields-era-meiji = Meiji (Minh Trị)
fields-era-taisho = Taisho (Đại Chính)
fields-era-showa = Showa (Chiêu Hòa)
fields-era-heisei = Heisei (Bình Thành)
fields-era-reiwa = Reiwa (Lệnh Hòa)
