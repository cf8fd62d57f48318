## 手续（表格）名称、携带物品、手续目录的错误

procedures-juminhyo-utsushi = 住民票副本（住民票の写し）
procedures-juminhyo-kisai-jiko = 住民票记载事项证明书（住民票記載事項証明書）
procedures-inkan-shomei = 印鉴登记证明书（印鑑登録証明書）
procedures-koseki-shomei = 户籍证明书（戸籍謄本・抄本）
procedures-fuhyo-utsushi = 户籍附票副本（戸籍の附票の写し）
procedures-kazei-shomei = 课税（非课税）证明书、纳税证明书（課税・納税証明書）
procedures-tennyu = 迁入申报（転入届：从其他市区町村搬来）
procedures-tenkyo = 迁居申报（転居届：在本区内搬家）
procedures-tenshutsu = 迁出申报（転出届：搬到其他市区町村）
procedures-inkan-toroku = 印鉴登记（印鑑登録）
procedures-kokuho-kanyu = 加入国民健康保险
procedures-jido-teate = 儿童补贴认定申请（児童手当）

procedures-bundle-hikkoshi-tennyu = 搬家（从区外搬来）
procedures-bundle-hikkoshi-tenkyo = 搬家（在区内）
procedures-bundle-hikkoshi-tenshutsu = 搬家（搬到区外）
procedures-bundle-shomeisho = 办理证明书

procedures-doc-identity = 本人身份证明文件：个人编号卡（マイナンバーカード）、驾照、护照等
procedures-doc-proxy-letter = 代理人需携带委托书（委任状）
procedures-doc-certify-form = 需要证明的表格（工作单位、学校等指定的表格）
procedures-doc-inkan-card = 印鉴登记证（卡）
procedures-doc-tenshutsu-certificate = 迁出证明书（使用个人编号卡办理了迁出申报的人无需提供）
procedures-doc-mynumber-cards = 所有搬家人员的个人编号卡（持有者）
procedures-doc-insurance-cards = 国民健康保险资格确认书等（已加入者）
procedures-doc-insurance-loss = 能证明原健康保险退保日期的文件（资格丧失证明书等）
procedures-doc-seal = 要登记的印章
procedures-doc-photo-id = 带照片的官方身份证明文件（个人编号卡、驾照等）
procedures-doc-bank-account = 申请人名下的存折或银行卡

procedures-error-unknown = 没有“{ $id }”这项手续
procedures-error-unknown-bundle = 没有“{ $id }”这个手续组合
