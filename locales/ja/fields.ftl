## 様式の項目名、選択肢、説明

fields-applicant-name = 氏名
fields-applicant-reading = フリガナ
fields-applicant-birth = 生年月日
fields-applicant-postal = 郵便番号
fields-applicant-address = 住所
fields-applicant-phone = 電話番号（日中連絡がとれる番号）
fields-applicant-phone-help = 内容の確認のためにお電話することがあります
fields-applicant-has-mynumber-card = マイナンバーカードを持っている
fields-applicant-has-mynumber-card-help = 番号は記入しません。カードの有無だけ教えてください
fields-notifier-name = 届出人の氏名
fields-subject-name = 必要な方の氏名
fields-subject-birth = 必要な方の生年月日

fields-requester = 窓口に来た方と必要な方の関係
fields-requester-self = 本人
fields-requester-household = 同じ世帯の人
fields-requester-proxy = 代理人

fields-copies = 通数
fields-purpose = 使いみち（提出先）
fields-purpose-detail = 使いみちの内容
fields-purpose-pension = 年金の手続き
fields-purpose-employment = 勤務先への提出
fields-purpose-drivers-license = 運転免許
fields-purpose-vehicle = 自動車の登録
fields-purpose-real-estate = 不動産の登記
fields-purpose-inheritance = 相続
fields-purpose-school = 学校への提出
fields-purpose-loan = ローン・融資
fields-purpose-passport = パスポート
fields-purpose-marriage = 婚姻届
fields-purpose-nursery = 保育園・幼稚園
fields-purpose-child-allowance = 児童手当
fields-purpose-dependents = 扶養の手続き
fields-purpose-public-housing = 公営住宅
fields-purpose-address-history = 住所の履歴の証明
fields-purpose-other = その他

fields-juminhyo-scope = 必要な方
fields-juminhyo-scope-self = 本人だけ
fields-juminhyo-scope-household-all = 世帯全員
fields-juminhyo-scope-household-some = 世帯の一部の人
fields-juminhyo-members = 記載が必要な方
fields-juminhyo-show-relationship = 世帯主との続柄を記載する
fields-juminhyo-show-honseki = 本籍・筆頭者を記載する
fields-juminhyo-show-honseki-help = パスポートや相続などで必要な場合だけ「はい」を選んでください

fields-kisai-has-form = 証明を受ける様式を持ってきた
fields-kisai-submit-to = 提出先

fields-inkan-registrant-name = 登録している方の氏名
fields-inkan-has-card = 印鑑登録証（カード）を持ってきた
fields-inkan-card-number = 印鑑登録番号
fields-inkan-has-seal = 登録する印鑑を持ってきた
fields-inkan-verification = 本人確認の方法
fields-inkan-verification-photo-id = 顔写真付きの公的な証明書
fields-inkan-verification-guarantor = 区内で印鑑登録している保証人
fields-inkan-verification-inquiry = 照会書（後日郵送）

fields-koseki-honseki = 本籍
fields-koseki-hittosha = 筆頭者の氏名
fields-koseki-certificate = 証明書の種類
fields-koseki-certificate-zenbu = 戸籍全部事項証明書（謄本）450円
fields-koseki-certificate-kojin = 戸籍個人事項証明書（抄本）450円
fields-koseki-certificate-joseki-zenbu = 除籍全部事項証明書 750円
fields-koseki-relation = 戸籍に記載されている方との関係
fields-koseki-relation-self = 本人
fields-koseki-relation-spouse = 配偶者
fields-koseki-relation-lineal = 父母・祖父母・子・孫など
fields-koseki-relation-other = その他

fields-fuhyo-scope = 必要な方
fields-fuhyo-scope-self = 本人だけ
fields-fuhyo-scope-all = 戸籍に記載されている全員

fields-kazei-certificate = 証明書の種類
fields-kazei-certificate-kazei = 課税（非課税）証明書
fields-kazei-certificate-nozei = 納税証明書
fields-kazei-fiscal-year = 年度
fields-kazei-fiscal-year-latest = 最新の年度
fields-kazei-fiscal-year-previous = 前の年度
fields-kazei-fiscal-year-before-previous = 2年前の年度
fields-kazei-lived-here-jan1 = その年度が始まる年の1月1日（例: 2025年度 → 2025年1月1日）に区内に住んでいた

fields-move-date = 引越しした日
fields-move-out-date = 転出予定日（転出証明書に書かれた日）
fields-move-previous-address = 前の住所
fields-move-destination-address = 引越し先の住所
fields-move-head-name = 世帯主の氏名
fields-move-previous-head-name = 前の世帯主の氏名
fields-move-new-postal = 新しい住所の郵便番号
fields-move-new-address = 新しい住所
fields-move-members = 引越しする方
fields-tennyu-date = 住み始めた日
fields-tenkyo-date = 引越しした日
fields-tenshutsu-date = 引越しする日（予定日）
fields-tenshutsu-current-address = 今の住所
fields-tenshutsu-head-name = 引越し先での世帯主の氏名
fields-household-members = 世帯の方

fields-kokuho-reason = 加入する理由
fields-kokuho-reason-moved-in = 区外から引越してきた
fields-kokuho-reason-left-employer-insurance = 勤務先の健康保険をやめた
fields-kokuho-reason-left-welfare = 生活保護を受けなくなった
fields-kokuho-reason-birth = 子どもが生まれた
fields-kokuho-reason-other = その他
fields-kokuho-start-date = 加入する日（資格を得た日）
fields-kokuho-previous-insurer = 前の健康保険の名前
fields-kokuho-members = 加入する方

fields-jido-requester-name = 請求者（生計の中心の方）の氏名
fields-jido-reason = 請求の理由
fields-jido-reason-birth = 子どもが生まれた
fields-jido-reason-moved-in = 区外から引越してきた
fields-jido-reason-other = その他
fields-jido-pension = 加入している年金
fields-jido-pension-national = 国民年金
fields-jido-pension-employee = 厚生年金
fields-jido-pension-mutual-aid = 共済組合（公務員）
fields-jido-has-spouse = 配偶者がいる
fields-jido-children = 対象となる子ども

fields-bank-name = 金融機関名
fields-bank-branch = 支店名
fields-bank-account-type = 口座の種類
fields-bank-account-type-ordinary = 普通
fields-bank-account-type-current = 当座
fields-bank-account-number = 口座番号（7けた）
fields-bank-account-holder = 口座名義（カタカナ）

fields-address-prefecture = 都道府県
fields-address-city = 市区町村
fields-address-town = 町名・番地
fields-address-building = 建物名・部屋番号

fields-member-name = 氏名
fields-member-reading = フリガナ
fields-member-birth = 生年月日
fields-member-relationship = 続柄
fields-member-sex = 性別

fields-relationship-head = 世帯主
fields-relationship-spouse = 妻・夫
fields-relationship-child = 子
fields-relationship-parent = 父・母
fields-relationship-grandparent = 祖父・祖母
fields-relationship-grandchild = 孫
fields-relationship-sibling = 兄弟姉妹
fields-relationship-other = その他

fields-sex-male = 男
fields-sex-female = 女

fields-answer-yes = はい
fields-answer-no = いいえ

fields-era-meiji = 明治
fields-era-taisho = 大正
fields-era-showa = 昭和
fields-era-heisei = 平成
fields-era-reiwa = 令和
