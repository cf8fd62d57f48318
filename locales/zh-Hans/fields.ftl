## 表格的项目名称、选项和说明

fields-applicant-name = 姓名
fields-applicant-reading = 姓名读音（片假名）
fields-applicant-birth = 出生日期
fields-applicant-postal = 邮政编码
fields-applicant-address = 住址
fields-applicant-phone = 电话号码（白天能联系上的号码）
fields-applicant-phone-help = 为确认申请内容，我们可能会给您打电话
fields-applicant-has-mynumber-card = 持有个人编号卡（マイナンバーカード）
fields-applicant-has-mynumber-card-help = 无需填写号码，只需告诉我们是否持有该卡
fields-notifier-name = 申报人姓名
fields-subject-name = 证明书对象人的姓名
fields-subject-birth = 证明书对象人的出生日期

fields-requester = 来窗口办理的人与证明书对象人的关系
fields-requester-self = 本人
fields-requester-household = 同一户的人
fields-requester-proxy = 代理人

fields-copies = 份数
fields-purpose = 用途（提交单位）
fields-purpose-detail = 用途详情
fields-purpose-pension = 年金手续
fields-purpose-employment = 提交给工作单位
fields-purpose-drivers-license = 驾照
fields-purpose-vehicle = 汽车登记
fields-purpose-real-estate = 不动产登记
fields-purpose-inheritance = 继承
fields-purpose-school = 提交给学校
fields-purpose-loan = 贷款、融资
fields-purpose-passport = 护照
fields-purpose-marriage = 结婚登记（婚姻届）
fields-purpose-nursery = 保育园、幼儿园
fields-purpose-child-allowance = 儿童补贴
fields-purpose-dependents = 抚养手续
fields-purpose-public-housing = 公营住宅
fields-purpose-address-history = 证明过去的住址
fields-purpose-other = 其他

fields-juminhyo-scope = 需要记载的人
fields-juminhyo-scope-self = 仅本人
fields-juminhyo-scope-household-all = 户内全体成员
fields-juminhyo-scope-household-some = 户内部分成员
fields-juminhyo-members = 需要记载的人员
fields-juminhyo-show-relationship = 记载与户主的关系
fields-juminhyo-show-honseki = 记载本籍和户籍首位人（筆頭者）
fields-juminhyo-show-honseki-help = 仅在办理护照、继承等需要时选择“是”

fields-kisai-has-form = 已带来需要证明的表格
fields-kisai-submit-to = 提交单位

fields-inkan-registrant-name = 已登记人的姓名
fields-inkan-has-card = 已带来印鉴登记证（卡）
fields-inkan-card-number = 印鉴登记号码
fields-inkan-has-seal = 已带来要登记的印章
fields-inkan-verification = 本人确认方式
fields-inkan-verification-photo-id = 带照片的官方证件
fields-inkan-verification-guarantor = 在本区已做印鉴登记的保证人
fields-inkan-verification-inquiry = 照会书（日后邮寄）

fields-koseki-honseki = 本籍
fields-koseki-hittosha = 户籍首位人（筆頭者）的姓名
fields-koseki-certificate = 证明书种类
fields-koseki-certificate-zenbu = 户籍全部事项证明书（誊本）450日元
fields-koseki-certificate-kojin = 户籍个人事项证明书（抄本）450日元
fields-koseki-certificate-joseki-zenbu = 除籍全部事项证明书 750日元
fields-koseki-relation = 与户籍上记载的人的关系
fields-koseki-relation-self = 本人
fields-koseki-relation-spouse = 配偶
fields-koseki-relation-lineal = 父母、祖父母、子女、孙子女等
fields-koseki-relation-other = 其他

fields-fuhyo-scope = 需要记载的人
fields-fuhyo-scope-self = 仅本人
fields-fuhyo-scope-all = 户籍上记载的全体人员

fields-kazei-certificate = 证明书种类
fields-kazei-certificate-kazei = 课税（非课税）证明书
fields-kazei-certificate-nozei = 纳税证明书
fields-kazei-fiscal-year = 年度
fields-kazei-fiscal-year-latest = 最新年度
fields-kazei-fiscal-year-previous = 上一年度
fields-kazei-fiscal-year-before-previous = 两年前的年度
fields-kazei-lived-here-jan1 = 该年度开始那一年的1月1日（例：2025年度 → 2025年1月1日）住在本区

fields-move-date = 搬家日期
fields-move-out-date = 预定迁出日期（迁出证明书上记载的日期）
fields-move-previous-address = 原住址
fields-move-destination-address = 迁往的住址
fields-move-head-name = 户主姓名
fields-move-previous-head-name = 原户主姓名
fields-move-new-postal = 新住址的邮政编码
fields-move-new-address = 新住址
fields-move-members = 搬家的人员
fields-tennyu-date = 开始居住的日期
fields-tenkyo-date = 搬家日期
fields-tenshutsu-date = 搬家日期（预定）
fields-tenshutsu-current-address = 现住址
fields-tenshutsu-head-name = 新住址的户主姓名
fields-household-members = 户内成员

fields-kokuho-reason = 加入原因
fields-kokuho-reason-moved-in = 从区外搬来
fields-kokuho-reason-left-employer-insurance = 退出了工作单位的健康保险
fields-kokuho-reason-left-welfare = 不再领取生活保护
fields-kokuho-reason-birth = 孩子出生
fields-kokuho-reason-other = 其他
fields-kokuho-start-date = 加入日期（取得资格的日期）
fields-kokuho-previous-insurer = 原健康保险的名称
fields-kokuho-members = 加入的人员

fields-jido-requester-name = 申请人（家庭主要收入者）的姓名
fields-jido-reason = 申请原因
fields-jido-reason-birth = 孩子出生
fields-jido-reason-moved-in = 从区外搬来
fields-jido-reason-other = 其他
fields-jido-pension = 所加入的年金
fields-jido-pension-national = 国民年金
fields-jido-pension-employee = 厚生年金
fields-jido-pension-mutual-aid = 共济组合（公务员）
fields-jido-has-spouse = 有配偶
fields-jido-children = 对象子女

fields-bank-name = 金融机构名称
fields-bank-branch = 分行名称
fields-bank-account-type = 账户类型
fields-bank-account-type-ordinary = 普通存款（普通）
fields-bank-account-type-current = 支票存款（当座）
fields-bank-account-number = 账号（7位）
fields-bank-account-holder = 账户名义（片假名）

fields-address-prefecture = 都道府县
fields-address-city = 市区町村
fields-address-town = 町名、门牌号（番地）
fields-address-building = 建筑物名称、房间号

fields-member-name = 姓名
fields-member-reading = 姓名读音（片假名）
fields-member-birth = 出生日期
fields-member-relationship = 与户主的关系（続柄）
fields-member-sex = 性别

fields-relationship-head = 户主
fields-relationship-spouse = 妻子或丈夫
fields-relationship-child = 子女
fields-relationship-parent = 父亲或母亲
fields-relationship-grandparent = 祖父母
fields-relationship-grandchild = 孙子女
fields-relationship-sibling = 兄弟姐妹
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
