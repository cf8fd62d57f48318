## Tên thủ tục (mẫu đơn), giấy tờ cần mang theo, lỗi danh mục thủ tục

procedures-juminhyo-utsushi = Bản sao phiếu cư trú (住民票の写し)
procedures-juminhyo-kisai-jiko = Giấy chứng nhận các mục ghi trong phiếu cư trú (住民票記載事項証明書)
procedures-inkan-shomei = Giấy chứng nhận đăng ký con dấu (印鑑登録証明書)
procedures-koseki-shomei = Giấy chứng nhận hộ tịch (bản sao toàn bộ, bản trích lục; 戸籍証明書)
procedures-fuhyo-utsushi = Bản sao phụ phiếu hộ tịch (戸籍の附票の写し)
procedures-kazei-shomei = Giấy chứng nhận chịu thuế (miễn thuế), giấy chứng nhận nộp thuế (課税・納税証明書)
procedures-tennyu = Thông báo chuyển đến (từ địa phương khác; 転入届)
procedures-tenkyo = Thông báo chuyển nhà trong quận (転居届)
procedures-tenshutsu = Thông báo chuyển đi (đến địa phương khác; 転出届)
procedures-inkan-toroku = Đăng ký con dấu (印鑑登録)
procedures-kokuho-kanyu = Tham gia Bảo hiểm Y tế Quốc dân (国民健康保険)
procedures-jido-teate = Yêu cầu xét duyệt trợ cấp nhi đồng (児童手当)

procedures-bundle-hikkoshi-tennyu = Chuyển nhà (từ ngoài quận đến)
procedures-bundle-hikkoshi-tenkyo = Chuyển nhà (trong quận)
procedures-bundle-hikkoshi-tenshutsu = Chuyển nhà (ra ngoài quận)
procedures-bundle-shomeisho = Xin cấp giấy chứng nhận

procedures-doc-identity = Giấy tờ tùy thân (thẻ My Number, bằng lái xe, hộ chiếu, v.v.)
procedures-doc-proxy-letter = Giấy ủy quyền (nếu là người đại diện)
procedures-doc-certify-form = Mẫu cần chứng nhận (do nơi làm việc, trường học v.v. chỉ định)
procedures-doc-inkan-card = Thẻ đăng ký con dấu
procedures-doc-tenshutsu-certificate = Giấy chứng nhận chuyển đi (không cần nếu đã làm thủ tục chuyển đi bằng thẻ My Number)
procedures-doc-mynumber-cards = Thẻ My Number của tất cả những người chuyển nhà (nếu có)
procedures-doc-insurance-cards = Giấy xác nhận tư cách Bảo hiểm Y tế Quốc dân v.v. (nếu đang tham gia)
procedures-doc-insurance-loss = Giấy tờ cho biết ngày ngừng tham gia bảo hiểm y tế cũ (giấy chứng nhận mất tư cách bảo hiểm v.v.)
procedures-doc-seal = Con dấu muốn đăng ký
procedures-doc-photo-id = Giấy tờ tùy thân có ảnh do cơ quan nhà nước cấp (thẻ My Number, bằng lái xe, v.v.)
procedures-doc-bank-account = Sổ ngân hàng hoặc thẻ rút tiền đứng tên người yêu cầu

procedures-error-unknown = Không có thủ tục “{ $id }”
procedures-error-unknown-bundle = Không có nhóm thủ tục “{ $id }”
