## 手続き（様式）の名前、持ち物、手続き一覧の誤り

procedures-juminhyo-utsushi = 住民票の写し
procedures-juminhyo-kisai-jiko = 住民票記載事項証明書
procedures-inkan-shomei = 印鑑登録証明書
procedures-koseki-shomei = 戸籍証明書（戸籍謄本・抄本）
procedures-fuhyo-utsushi = 戸籍の附票の写し
procedures-kazei-shomei = 課税（非課税）証明書・納税証明書
procedures-tennyu = 転入届（ほかの市区町村からの引越し）
procedures-tenkyo = 転居届（区内での引越し）
procedures-tenshutsu = 転出届（ほかの市区町村への引越し）
procedures-inkan-toroku = 印鑑登録
procedures-kokuho-kanyu = 国民健康保険の加入
procedures-jido-teate = 児童手当の認定請求

procedures-bundle-hikkoshi-tennyu = 引越し（区外から）
procedures-bundle-hikkoshi-tenkyo = 引越し（区内で）
procedures-bundle-hikkoshi-tenshutsu = 引越し（区外へ）
procedures-bundle-shomeisho = 証明書をとる

procedures-doc-identity = 本人確認書類（マイナンバーカード、運転免許証、パスポートなど）
procedures-doc-proxy-letter = 代理の方は委任状
procedures-doc-certify-form = 証明を受ける様式（勤務先・学校などが指定したもの）
procedures-doc-inkan-card = 印鑑登録証（カード）
procedures-doc-tenshutsu-certificate = 転出証明書（マイナンバーカードで転出届をした方は不要）
procedures-doc-mynumber-cards = 引越しする方全員のマイナンバーカード（お持ちの方）
procedures-doc-insurance-cards = 国民健康保険の資格確認書など（加入している方）
procedures-doc-insurance-loss = 前の健康保険をやめた日がわかる書類（資格喪失証明書など）
procedures-doc-seal = 登録する印鑑
procedures-doc-photo-id = 顔写真付きの公的な本人確認書類（マイナンバーカード、運転免許証など）
procedures-doc-bank-account = 請求者名義の預金通帳またはキャッシュカード

procedures-error-unknown = 「{ $id }」という手続きはありません
procedures-error-unknown-bundle = 「{ $id }」という手続きのまとまりはありません
