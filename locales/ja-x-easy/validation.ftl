## 入力内容の確認（エラーと注意）

validation-required = いれて ください
validation-too-long = { $max }もじ までで いれて ください（いまは { $length }もじです）
validation-control-characters = つかえない もじが あります
validation-script-kanji = かんじ、ひらがな、カタカナで いれて ください
validation-script-kana = ひらがなか カタカナで いれて ください
validation-script-latin = ローマじ（アルファベット）で いれて ください
validation-script-name = なまえは、かんじ・ひらがな・カタカナ、または ローマじで いれて ください。すうじや きごうは つかえません。
validation-script-digits = すうじで いれて ください
validation-script-any = つかえない もじが あります
validation-reading-katakana = カタカナで いれて ください
validation-reading-hiragana = ひらがなで いれて ください
validation-reading-kana = ひらがなか カタカナの どちらかで いれて ください
validation-date-syntax = ひづけの かきかたが ちがいます（れい: 1985年4月12日、1985-04-12、昭和60年4月12日）
validation-date-no-such-day = その ひは カレンダーに ありません
validation-date-outside-era = { $era }に その ひは ありません（{ $era }の さいごの ひは { $last }です）
validation-date-too-early = 1873年1月1日（明治6年1月1日）より まえの ひづけは つかえません
validation-date-future = きょうより あとの ひづけです
validation-date-order = まえの まちを でた ひ（転出の日）より まえの ひづけです
validation-postal = ゆうびん ばんごうは 7けたの すうじで いれて ください（れい: 150-0001）
validation-phone = でんわ ばんごうの かたちが ちがいます（れい: 03-1234-5678、090-1234-5678）
validation-choice = これは えらべません: { $value }
validation-count-syntax = すうじで いれて ください
validation-count-range = { $min }から { $max }までの かずを いれて ください
validation-yes-no = 「はい」か「いいえ」を えらんで ください
validation-prefecture = とどうふけん（都道府県）を えらんで ください
validation-household-too-few = { $min }人 いじょう いれて ください
validation-household-too-many = { $max }人までです
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] こどもを { $min }人 いじょう いれて ください
       *[other] こどもを { $min }人 いじょう いれて ください（{ $age }さいに なった あとの、さいしょの 3月31日までの こども）
    }
   *[other] たいしょうの ひとを { $min }人 いじょう いれて ください
}
validation-relationship = かんけい（続柄）を えらんで ください
validation-sex = せいべつを えらんで ください
validation-unknown-part = この こうもくは、かぞくの じょうほうに ありません
validation-notify-late = この ひから { $days }日 たって います。とどけを だす きげんは { $limit }日です。おくれた りゆうを きく ことが あります。
validation-notify-future = この とどけは、この ひに なってから だして ください。ひづけを たしかめて ください。
validation-notify-early = { $days }日 あとの ひづけです。とどけは { $limit }日 まえから だせます。
validation-warn-proxy-letter = ほかの ひとの かわりに きた ひとは、いにんじょう（委任状）が ひつようです
validation-warn-kisai-form = しょうめいを かいて もらう かみ（かいしゃなどが くれた かみ）を もって きて ください
validation-warn-inkan-card = しょうめいしょを もらう ときは、はんこの とうろくの カード（印鑑登録証）が ひつようです
validation-warn-inkan-seal = とうろく する はんこが ひつようです
validation-warn-inkan-inquiry = この ほうほうでは、あとで ゆうびんで かみ（照会書）が とどきます。その かみを もって、もう いちど 窓口（まどぐち）に きて ください。
validation-warn-koseki-third-party = じぶん、おっと・つま、ちち・はは、そふ・そぼ、こども、まご いがいの ひとは、りゆうと、その りゆうが わかる かみが ひつようです
validation-warn-kazei-jan1 = その ねんどが はじまる としの 1月1日（れい: 2025ねんど → 2025年1月1日）に すんで いた まちの やくしょで もうしこんで ください
validation-warn-jido-public-servant = こうむいん（公務員）の ひとは、はたらいて いる ところで もうしこんで ください
