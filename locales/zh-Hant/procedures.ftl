## 手續（表格）名稱、應攜帶物品、手續目錄的錯誤

procedures-juminhyo-utsushi = 住民票副本（住民票の写し）
procedures-juminhyo-kisai-jiko = 住民票記載事項證明書（住民票記載事項証明書）
procedures-inkan-shomei = 印鑑登錄證明書（印鑑登録証明書）
procedures-koseki-shomei = 戶籍證明書（戸籍謄本・抄本）
procedures-fuhyo-utsushi = 戶籍附票副本（戸籍の附票の写し）
procedures-kazei-shomei = 課稅（非課稅）證明書、納稅證明書（課税・納税証明書）
procedures-tennyu = 遷入申報（転入届：從其他市區町村搬來）
procedures-tenkyo = 遷居申報（転居届：在本區內搬家）
procedures-tenshutsu = 遷出申報（転出届：搬到其他市區町村）
procedures-inkan-toroku = 印鑑登錄（印鑑登録）
procedures-kokuho-kanyu = 加入國民健康保險
procedures-jido-teate = 兒童津貼認定申請（児童手当）

procedures-bundle-hikkoshi-tennyu = 搬家（從區外搬來）
procedures-bundle-hikkoshi-tenkyo = 搬家（在區內）
procedures-bundle-hikkoshi-tenshutsu = 搬家（搬到區外）
procedures-bundle-shomeisho = 申請證明書

procedures-doc-identity = 本人身分證明文件：個人編號卡（マイナンバーカード）、駕照、護照等
procedures-doc-proxy-letter = 代理人請攜帶委託書（委任状）
procedures-doc-certify-form = 需要證明的表格（任職單位、學校等指定的表格）
procedures-doc-inkan-card = 印鑑登錄證（卡）
procedures-doc-tenshutsu-certificate = 遷出證明書（已用個人編號卡辦理遷出申報者不需要）
procedures-doc-mynumber-cards = 所有搬家者的個人編號卡（持有者）
procedures-doc-insurance-cards = 國民健康保險資格確認書等（已加入者）
procedures-doc-insurance-loss = 可證明前一個健康保險退保日期的文件（資格喪失證明書等）
procedures-doc-seal = 要登錄的印章
procedures-doc-photo-id = 附照片的官方身分證明文件（個人編號卡、駕照等）
procedures-doc-bank-account = 申請人名下的存摺或金融卡

procedures-error-unknown = 沒有「{ $id }」這項手續
procedures-error-unknown-bundle = 沒有「{ $id }」這個手續組合
