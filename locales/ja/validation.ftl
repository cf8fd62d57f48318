## 入力内容の確認（エラーと注意）

validation-required = 入力してください
validation-too-long = { $max }文字以内で入力してください（いまは{ $length }文字です）
validation-control-characters = 使えない文字が入っています
validation-script-kanji = 漢字・かなで入力してください
validation-script-kana = ひらがなかカタカナで入力してください
validation-script-latin = ローマ字（アルファベット）で入力してください
validation-script-name = 氏名は漢字・かな、またはローマ字で入力してください（数字や記号は使えません）
validation-script-digits = 数字で入力してください
validation-script-any = 使えない文字が入っています
validation-reading-katakana = カタカナで入力してください
validation-reading-hiragana = ひらがなで入力してください
validation-reading-kana = ひらがなかカタカナのどちらかで入力してください
validation-date-syntax = 日付の形が正しくありません（例: 昭和60年4月12日、1985-04-12）
validation-date-no-such-day = その日はカレンダーにありません
validation-date-outside-era = { $era }にその日はありません（{ $era }の最後の日は{ $last }です）
validation-date-too-early = 明治6年1月1日より前の日付は扱えません
validation-date-future = 今日より後の日付です
validation-date-order = 転出の日より前の日付になっています
validation-postal = 郵便番号は7けたの数字で入力してください（例: 150-0001）
validation-phone = 電話番号が正しくありません（例: 03-1234-5678、090-1234-5678）
validation-choice = 選べない値です: { $value }
validation-count-syntax = 数字で入力してください
validation-count-range = { $min }から{ $max }までの数を入力してください
validation-yes-no = 「はい」か「いいえ」を選んでください
validation-prefecture = 都道府県を選んでください
validation-household-too-few = { $min }人以上入力してください
validation-household-too-many = { $max }人までです
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] 子どもを{ $min }人以上入力してください
       *[other] { $age }歳に達した後の最初の3月31日までの子どもを{ $min }人以上入力してください
    }
   *[other] 対象となる方を{ $min }人以上入力してください
}
validation-relationship = 続柄を選んでください
validation-sex = 性別を選んでください
validation-unknown-part = この項目は世帯員の情報にはありません
validation-notify-late = この日付から{ $days }日たっています。届出の期限（{ $limit }日以内）を過ぎているため、理由をうかがうことがあります
validation-notify-future = この届は、この日付になってから出してください。日付を確認してください
validation-notify-early = { $days }日後の日付です。届出は{ $limit }日前から受け付けます
validation-warn-proxy-letter = 代理の方は委任状が必要です
validation-warn-kisai-form = 証明を受ける様式（勤務先などが指定したもの）をお持ちください
validation-warn-inkan-card = 印鑑登録証（カード）がないと証明書を交付できません
validation-warn-inkan-seal = 登録する印鑑が必要です
validation-warn-inkan-inquiry = 照会書による登録は、後日郵送する照会書を持ってもう一度来ていただく必要があります
validation-warn-koseki-third-party = 本人・配偶者・直系親族以外の方は、請求できる理由とそれがわかる資料が必要です
validation-warn-kazei-jan1 = その年度が始まる年の1月1日（例: 2025年度 → 2025年1月1日）に住んでいた市区町村で請求してください
validation-warn-jido-public-servant = 公務員の方は勤務先で請求してください
