## 手続き（様式）の名前、持ち物、手続き一覧の誤り

procedures-juminhyo-utsushi = じゅうみんひょう（住民票の写し）
procedures-juminhyo-kisai-jiko = じゅうみんひょうの ないようの しょうめい（住民票記載事項証明書）
procedures-inkan-shomei = はんこの しょうめいしょ（印鑑登録証明書）
procedures-koseki-shomei = こせきの しょうめいしょ（戸籍証明書・戸籍謄本・戸籍抄本）
procedures-fuhyo-utsushi = じゅうしょの りれきの しょうめい（戸籍の附票の写し）
procedures-kazei-shomei = ぜいきんの しょうめいしょ（課税・非課税証明書、納税証明書）
procedures-tennyu = ほかの まちから ひっこして きた ときの とどけ（転入届）
procedures-tenkyo = おなじ 区（く）の なかで ひっこした ときの とどけ（転居届）
procedures-tenshutsu = ほかの まちへ ひっこす ときの とどけ（転出届）
procedures-inkan-toroku = はんこの とうろく（印鑑登録）
procedures-kokuho-kanyu = けんこう ほけんに はいる（国民健康保険の加入）
procedures-jido-teate = こどもの ための おかねの もうしこみ（児童手当の認定請求）

procedures-bundle-hikkoshi-tennyu = ひっこし（ほかの まちから きた）
procedures-bundle-hikkoshi-tenkyo = ひっこし（おなじ 区（く）の なか）
procedures-bundle-hikkoshi-tenshutsu = ひっこし（ほかの まちへ いく）
procedures-bundle-shomeisho = しょうめいしょを もらう

procedures-doc-identity = あなたが だれか わかる もの（本人確認書類）: マイナンバーカード、うんてん めんきょしょう、パスポート など
procedures-doc-proxy-letter = ほかの ひとの かわりに きた ひと: いにんじょう（委任状）
procedures-doc-certify-form = しょうめいを かいて もらう かみ（かいしゃや がっこうなどが くれた かみ）
procedures-doc-inkan-card = はんこの とうろくの カード（印鑑登録証）
procedures-doc-tenshutsu-certificate = てんしゅつ しょうめいしょ（転出証明書）。マイナンバーカードで てんしゅつの とどけを した ひとは いりません。
procedures-doc-mynumber-cards = ひっこす ひと ぜんいんの マイナンバーカード（もって いる ひと）
procedures-doc-insurance-cards = こくみん けんこう ほけんの しかく かくにんしょ（資格確認書）など（ほけんに はいって いる ひと）
procedures-doc-insurance-loss = まえの けんこう ほけんを やめた ひが わかる かみ（資格喪失証明書 など）
procedures-doc-seal = とうろく する はんこ
procedures-doc-photo-id = かおしゃしんが ある、やくしょなどが だした カード（マイナンバーカード、うんてん めんきょしょう など）
procedures-doc-bank-account = もうしこむ ひとの なまえの ぎんこうの つうちょう、または キャッシュカード

procedures-error-unknown = 「{ $id }」と いう てつづきは ありません
procedures-error-unknown-bundle = 「{ $id }」と いう てつづきの まとまりは ありません
