## 表格的欄位名稱、選項和說明

fields-applicant-name = 姓名
fields-applicant-reading = 姓名讀音（片假名）
fields-applicant-birth = 出生日期
fields-applicant-postal = 郵遞區號
fields-applicant-address = 住址
fields-applicant-phone = 電話號碼（白天聯絡得到的號碼）
fields-applicant-phone-help = 為了確認申請內容，我們可能會打電話給您
fields-applicant-has-mynumber-card = 持有個人編號卡（マイナンバーカード）
fields-applicant-has-mynumber-card-help = 不需填寫號碼，只要告訴我們是否持有此卡
fields-notifier-name = 申報人姓名
fields-subject-name = 證明書當事人的姓名
fields-subject-birth = 證明書當事人的出生日期

fields-requester = 臨櫃者與證明書當事人的關係
fields-requester-self = 本人
fields-requester-household = 同一戶的人
fields-requester-proxy = 代理人

fields-copies = 份數
fields-purpose = 用途（提交對象）
fields-purpose-detail = 用途說明
fields-purpose-pension = 年金手續
fields-purpose-employment = 提交給任職單位
fields-purpose-drivers-license = 駕照
fields-purpose-vehicle = 汽車登記
fields-purpose-real-estate = 不動產登記
fields-purpose-inheritance = 繼承
fields-purpose-school = 提交給學校
fields-purpose-loan = 貸款、融資
fields-purpose-passport = 護照
fields-purpose-marriage = 結婚登記（婚姻届）
fields-purpose-nursery = 托兒所、幼稚園
fields-purpose-child-allowance = 兒童津貼
fields-purpose-dependents = 扶養手續
fields-purpose-public-housing = 公營住宅
fields-purpose-address-history = 證明過去的住址
fields-purpose-other = 其他

fields-juminhyo-scope = 需要記載的人
fields-juminhyo-scope-self = 僅本人
fields-juminhyo-scope-household-all = 同戶全體成員
fields-juminhyo-scope-household-some = 同戶部分成員
fields-juminhyo-members = 需要記載的成員
fields-juminhyo-show-relationship = 記載與戶長的關係
fields-juminhyo-show-honseki = 記載本籍與戶籍首位者（筆頭者）
fields-juminhyo-show-honseki-help = 僅在辦理護照、繼承等需要時選擇「是」

fields-kisai-has-form = 已帶來需要證明的表格
fields-kisai-submit-to = 提交對象

fields-inkan-registrant-name = 已登錄者的姓名
fields-inkan-has-card = 已帶來印鑑登錄證（卡）
fields-inkan-card-number = 印鑑登錄號碼
fields-inkan-has-seal = 已帶來要登錄的印章
fields-inkan-verification = 本人確認方式
fields-inkan-verification-photo-id = 附照片的官方證件
fields-inkan-verification-guarantor = 已在本區登錄印鑑的保證人
fields-inkan-verification-inquiry = 照會書（日後郵寄）

fields-koseki-honseki = 本籍
fields-koseki-hittosha = 戶籍首位者（筆頭者）的姓名
fields-koseki-certificate = 證明書種類
fields-koseki-certificate-zenbu = 戶籍全部事項證明書（謄本）450日圓
fields-koseki-certificate-kojin = 戶籍個人事項證明書（抄本）450日圓
fields-koseki-certificate-joseki-zenbu = 除籍全部事項證明書 750日圓
fields-koseki-relation = 與戶籍上記載者的關係
fields-koseki-relation-self = 本人
fields-koseki-relation-spouse = 配偶
fields-koseki-relation-lineal = 父母、祖父母、子女、孫子女等
fields-koseki-relation-other = 其他

fields-fuhyo-scope = 需要記載的人
fields-fuhyo-scope-self = 僅本人
fields-fuhyo-scope-all = 戶籍上記載的全體成員

fields-kazei-certificate = 證明書種類
fields-kazei-certificate-kazei = 課稅（非課稅）證明書
fields-kazei-certificate-nozei = 納稅證明書
fields-kazei-fiscal-year = 年度
fields-kazei-fiscal-year-latest = 最新年度
fields-kazei-fiscal-year-previous = 上一年度
fields-kazei-fiscal-year-before-previous = 兩年前的年度
fields-kazei-lived-here-jan1 = 該年度開始那一年的1月1日（例：2025年度 → 2025年1月1日）住在本區

fields-move-date = 搬家日期
fields-move-out-date = 預定遷出日期（遷出證明書上記載的日期）
fields-move-previous-address = 原住址
fields-move-destination-address = 遷入地的住址
fields-move-head-name = 戶長姓名
fields-move-previous-head-name = 原戶長姓名
fields-move-new-postal = 新住址的郵遞區號
fields-move-new-address = 新住址
fields-move-members = 搬家的成員
fields-tennyu-date = 開始居住的日期
fields-tenkyo-date = 搬家日期
fields-tenshutsu-date = 搬家日期（預定）
fields-tenshutsu-current-address = 目前住址
fields-tenshutsu-head-name = 新住址的戶長姓名
fields-household-members = 家戶成員

fields-kokuho-reason = 加入原因
fields-kokuho-reason-moved-in = 從區外搬來
fields-kokuho-reason-left-employer-insurance = 退出任職單位的健康保險
fields-kokuho-reason-left-welfare = 不再領取生活保護
fields-kokuho-reason-birth = 孩子出生
fields-kokuho-reason-other = 其他
fields-kokuho-start-date = 加入日期（取得資格的日期）
fields-kokuho-previous-insurer = 前一個健康保險的名稱
fields-kokuho-members = 加入的成員

fields-jido-requester-name = 申請人（家中主要收入者）的姓名
fields-jido-reason = 申請原因
fields-jido-reason-birth = 孩子出生
fields-jido-reason-moved-in = 從區外搬來
fields-jido-reason-other = 其他
fields-jido-pension = 目前加入的年金
fields-jido-pension-national = 國民年金
fields-jido-pension-employee = 厚生年金
fields-jido-pension-mutual-aid = 共濟組合（公務員）
fields-jido-has-spouse = 有配偶
fields-jido-children = 適用的子女

fields-bank-name = 金融機構名稱
fields-bank-branch = 分行名稱
fields-bank-account-type = 帳戶類型
fields-bank-account-type-ordinary = 活期存款（普通）
fields-bank-account-type-current = 支票存款（当座）
fields-bank-account-number = 帳號（7位數）
fields-bank-account-holder = 戶名（片假名）

fields-address-prefecture = 都道府縣
fields-address-city = 市區町村
fields-address-town = 町名、門牌號碼（番地）
fields-address-building = 建築物名稱、房號

fields-member-name = 姓名
fields-member-reading = 姓名讀音（片假名）
fields-member-birth = 出生日期
fields-member-relationship = 與戶長的關係（続柄）
fields-member-sex = 性別

fields-relationship-head = 戶長
fields-relationship-spouse = 妻子或丈夫
fields-relationship-child = 子女
fields-relationship-parent = 父親或母親
fields-relationship-grandparent = 祖父母
fields-relationship-grandchild = 孫子女
fields-relationship-sibling = 兄弟姊妹
fields-relationship-other = 其他

fields-sex-male = 男
fields-sex-female = 女

fields-answer-yes = 是
fields-answer-no = 否

fields-era-meiji = 明治
fields-era-taisho = 大正
fields-era-showa = 昭和
fields-era-heisei = 平成
fields-era-reiwa = 令和
