## 様式の項目名、選択肢、説明

fields-applicant-name = なまえ（氏名）
fields-applicant-reading = なまえの よみかた（フリガナ）
fields-applicant-birth = うまれた ひ（生年月日）
fields-applicant-postal = ゆうびん ばんごう（郵便番号）
fields-applicant-address = じゅうしょ（住所）
fields-applicant-phone = でんわ ばんごう（ひるに でんわが できる ばんごう）
fields-applicant-phone-help = ないようを たしかめる ために、でんわを する ことが あります
fields-applicant-has-mynumber-card = マイナンバーカードを もって いる
fields-applicant-has-mynumber-card-help = カードの ばんごうは かきません。カードを もって いるか どうかだけ おしえて ください。
fields-notifier-name = とどけを だす ひとの なまえ
fields-subject-name = しょうめいしょが ひつような ひとの なまえ
fields-subject-birth = しょうめいしょが ひつような ひとの うまれた ひ

fields-requester = 窓口（まどぐち）に きた ひとと、しょうめいしょが ひつような ひとの かんけい
fields-requester-self = じぶん（本人）
fields-requester-household = いっしょに すんで いる かぞく（同じ世帯の人）
fields-requester-proxy = ほかの ひとの かわりに きた ひと（代理人）

fields-copies = まいすう（通数）
fields-purpose = つかいみち（だす ところ）
fields-purpose-detail = つかいみちの くわしい ないよう
fields-purpose-pension = ねんきんの てつづき
fields-purpose-employment = かいしゃに だす
fields-purpose-drivers-license = うんてん めんきょ
fields-purpose-vehicle = くるまの とうろく
fields-purpose-real-estate = とちや いえの とうき（不動産の登記）
fields-purpose-inheritance = なくなった ひとの ざいさんを うけとる（相続）
fields-purpose-school = がっこうに だす
fields-purpose-loan = ローン・おかねを かりる
fields-purpose-passport = パスポート
fields-purpose-marriage = けっこんの とどけ（婚姻届）
fields-purpose-nursery = ほいくえん・ようちえん
fields-purpose-child-allowance = こどもの ための おかね（児童手当）
fields-purpose-dependents = かぞくを やしなう てつづき（扶養）
fields-purpose-public-housing = まちが かす いえ（公営住宅）
fields-purpose-address-history = いままでの じゅうしょの しょうめい
fields-purpose-other = そのほか

fields-juminhyo-scope = ひつような ひと
fields-juminhyo-scope-self = じぶんだけ
fields-juminhyo-scope-household-all = いっしょに すんで いる かぞく ぜんいん（世帯全員）
fields-juminhyo-scope-household-some = いっしょに すんで いる かぞくの なかの なんにんか（世帯の一部）
fields-juminhyo-members = じゅうみんひょうに のせる ひと
fields-juminhyo-show-relationship = せたいぬし（世帯主）との かんけい（続柄）を のせる
fields-juminhyo-show-honseki = ほんせき（本籍）と ひっとうしゃ（筆頭者）を のせる
fields-juminhyo-show-honseki-help = パスポートや そうぞく などで ひつような ときだけ、「はい」を えらんで ください

fields-kisai-has-form = しょうめいを かいて もらう かみを もって きた
fields-kisai-submit-to = だす ところ（提出先）

fields-inkan-registrant-name = はんこを とうろく して いる ひとの なまえ
fields-inkan-has-card = はんこの とうろくの カード（印鑑登録証）を もって きた
fields-inkan-card-number = はんこの とうろく ばんごう（印鑑登録番号）
fields-inkan-has-seal = とうろく する はんこを もって きた
fields-inkan-verification = あなたが だれか たしかめる ほうほう（本人確認）
fields-inkan-verification-photo-id = かおしゃしんが ある、やくしょなどが だした カード
fields-inkan-verification-guarantor = この 区（く）で はんこを とうろく して いる ほしょうにん（保証人）
fields-inkan-verification-inquiry = あとで ゆうびんで とどく かみ（照会書）

fields-koseki-honseki = ほんせき（本籍）
fields-koseki-hittosha = こせきの さいしょに かいて ある ひと（筆頭者）の なまえ
fields-koseki-certificate = しょうめいしょの しゅるい
fields-koseki-certificate-zenbu = こせきの ぜんいんの しょうめい（戸籍全部事項証明書・謄本） 450円
fields-koseki-certificate-kojin = こせきの ひとりの しょうめい（戸籍個人事項証明書・抄本） 450円
fields-koseki-certificate-joseki-zenbu = いまは つかって いない こせきの しょうめい（除籍全部事項証明書） 750円
fields-koseki-relation = こせきに のって いる ひとと、あなたの かんけい
fields-koseki-relation-self = じぶん（本人）
fields-koseki-relation-spouse = おっと・つま（配偶者）
fields-koseki-relation-lineal = ちち・はは、そふ・そぼ、こども、まご など
fields-koseki-relation-other = そのほか

fields-fuhyo-scope = ひつような ひと
fields-fuhyo-scope-self = じぶんだけ
fields-fuhyo-scope-all = こせきに のって いる ひと ぜんいん

fields-kazei-certificate = しょうめいしょの しゅるい
fields-kazei-certificate-kazei = ぜいきんの がくの しょうめい（課税・非課税証明書）
fields-kazei-certificate-nozei = ぜいきんを はらった しょうめい（納税証明書）
fields-kazei-fiscal-year = ねんど（年度）
fields-kazei-fiscal-year-latest = いちばん あたらしい ねんど
fields-kazei-fiscal-year-previous = 1ねん まえの ねんど
fields-kazei-fiscal-year-before-previous = 2ねん まえの ねんど
fields-kazei-lived-here-jan1 = その ねんどが はじまる としの 1月1日（れい: 2025ねんど → 2025年1月1日）に、この 区（く）に すんで いた

fields-move-date = ひっこした ひ
fields-move-out-date = てんしゅつ しょうめいしょ（転出証明書）に かいて ある、ひっこす よていの ひ
fields-move-previous-address = まえの じゅうしょ
fields-move-destination-address = ひっこす さきの じゅうしょ
fields-move-head-name = せたいぬし（世帯主）の なまえ
fields-move-previous-head-name = まえの せたいぬし（世帯主）の なまえ
fields-move-new-postal = あたらしい じゅうしょの ゆうびん ばんごう
fields-move-new-address = あたらしい じゅうしょ
fields-move-members = ひっこす ひと
fields-tennyu-date = すみはじめた ひ
fields-tenkyo-date = ひっこした ひ
fields-tenshutsu-date = ひっこす ひ（よてい）
fields-tenshutsu-current-address = いまの じゅうしょ
fields-tenshutsu-head-name = ひっこした あとの せたいぬし（世帯主）の なまえ
fields-household-members = いっしょに すんで いる かぞく（世帯の人）

fields-kokuho-reason = ほけんに はいる りゆう
fields-kokuho-reason-moved-in = ほかの まちから ひっこして きた
fields-kokuho-reason-left-employer-insurance = かいしゃの けんこう ほけんを やめた
fields-kokuho-reason-left-welfare = せいかつ ほご（生活保護）が おわった
fields-kokuho-reason-birth = こどもが うまれた
fields-kokuho-reason-other = そのほか
fields-kokuho-start-date = ほけんに はいる ひ（しかくを える ひ・資格取得日）
fields-kokuho-previous-insurer = まえの けんこう ほけんの なまえ
fields-kokuho-members = ほけんに はいる ひと

fields-jido-requester-name = もうしこむ ひと（かぞくで いちばん しゅうにゅうが おおい ひと）の なまえ
fields-jido-reason = もうしこむ りゆう
fields-jido-reason-birth = こどもが うまれた
fields-jido-reason-moved-in = ほかの まちから ひっこして きた
fields-jido-reason-other = そのほか
fields-jido-pension = はいって いる ねんきん
fields-jido-pension-national = こくみん ねんきん（国民年金）
fields-jido-pension-employee = かいしゃの ねんきん（厚生年金）
fields-jido-pension-mutual-aid = こうむいんの ねんきん（共済組合）
fields-jido-has-spouse = おっと または つまが いる
fields-jido-children = おかねを もらう たいしょうの こども

fields-bank-name = ぎんこうの なまえ
fields-bank-branch = してんの なまえ（支店名）
fields-bank-account-type = こうざの しゅるい
fields-bank-account-type-ordinary = ふつう（普通）
fields-bank-account-type-current = とうざ（当座）
fields-bank-account-number = こうざ ばんごう（7けた）
fields-bank-account-holder = こうざの なまえ（カタカナ）

fields-address-prefecture = とどうふけん（都道府県）
fields-address-city = し・く・ちょう・そん（市区町村）
fields-address-town = ちょうめい・ばんち（町名・番地）
fields-address-building = たてものの なまえ・へやの ばんごう

fields-member-name = なまえ（氏名）
fields-member-reading = なまえの よみかた（フリガナ）
fields-member-birth = うまれた ひ（生年月日）
fields-member-relationship = せたいぬしとの かんけい（続柄）
fields-member-sex = せいべつ（性別）

fields-relationship-head = せたいぬし（世帯主）
fields-relationship-spouse = つま・おっと
fields-relationship-child = こども（子）
fields-relationship-parent = ちち・はは（父・母）
fields-relationship-grandparent = おじいさん・おばあさん（祖父・祖母）
fields-relationship-grandchild = まご（孫）
fields-relationship-sibling = きょうだい（兄弟姉妹）
fields-relationship-other = そのほか

fields-sex-male = おとこ（男）
fields-sex-female = おんな（女）

fields-answer-yes = はい
fields-answer-no = いいえ

fields-era-meiji = 明治（めいじ）
fields-era-taisho = 大正（たいしょう）
fields-era-showa = 昭和（しょうわ）
fields-era-heisei = 平成（へいせい）
fields-era-reiwa = 令和（れいわ）
