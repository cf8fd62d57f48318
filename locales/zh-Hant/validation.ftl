## 檢查填寫內容（錯誤與提醒）

validation-required = 請填寫此欄
validation-too-long = 請在 { $max } 個字以內填寫（目前為 { $length } 個字）
validation-control-characters = 含有無法使用的字元
validation-script-kanji = 請用漢字或假名填寫
validation-script-kana = 請用平假名或片假名填寫
validation-script-latin = 請用英文字母（羅馬拼音）填寫
validation-script-name = 姓名請用漢字和假名，或用英文字母填寫（不可使用數字或符號）
validation-script-digits = 請用數字填寫
validation-script-any = 含有無法使用的字元
validation-reading-katakana = 請用片假名填寫
validation-reading-hiragana = 請用平假名填寫
validation-reading-kana = 請只用平假名或只用片假名填寫
validation-date-syntax = 日期格式不正確（例：1985-04-12、昭和60年4月12日）
validation-date-no-such-day = 日曆上沒有這一天
validation-date-outside-era = { $era }年間沒有這一天（{ $era }的最後一天是 { $last }）
validation-date-too-early = 無法處理1873年1月1日（明治6年1月1日）以前的日期
validation-date-future = 這是今天以後的日期
validation-date-order = 這個日期早於遷出日期
validation-postal = 請填寫7位數字的郵遞區號（例：150-0001）
validation-phone = 電話號碼不正確（例：03-1234-5678、090-1234-5678）
validation-choice = 無法選擇這個值：{ $value }
validation-count-syntax = 請填寫數字
validation-count-range = 請填寫 { $min } 到 { $max } 之間的數字
validation-yes-no = 請選擇「是」或「否」
validation-prefecture = 請選擇都道府縣
validation-household-too-few = 請至少填寫 { $min } 人
validation-household-too-many = 最多 { $max } 人
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] 請至少填寫 { $min } 名子女
       *[other] 請至少填寫 { $min } 名子女（滿 { $age } 歲後第一個3月31日以前的子女）
    }
   *[other] 請至少填寫 { $min } 名符合資格的人
}
validation-relationship = 請選擇與戶長的關係
validation-sex = 請選擇性別
validation-unknown-part = 這個欄位不屬於家戶成員的資料
validation-notify-late = 距該日期已過 { $days } 天。由於已超過申報期限（{ $limit } 天以內），可能會請您說明原因
validation-notify-future = 此申報請在該日期到來後再辦理。請確認日期
validation-notify-early = 這是 { $days } 天後的日期。申報自 { $limit } 天前開始受理
validation-warn-proxy-letter = 代理人需要委託書（委任状）
validation-warn-kisai-form = 請攜帶需要證明的表格（任職單位等指定的表格）
validation-warn-inkan-card = 沒有印鑑登錄證（卡）便無法核發證明書
validation-warn-inkan-seal = 需要攜帶要登錄的印章
validation-warn-inkan-inquiry = 以照會書登錄時，需要攜帶日後郵寄給您的照會書再來一趟
validation-warn-koseki-third-party = 本人、配偶及直系親屬以外的人，需要有可申請的理由及能證明該理由的資料
validation-warn-kazei-jan1 = 請向該年度開始那一年的1月1日（例：2025年度 → 2025年1月1日）時居住的市區町村申請
validation-warn-jido-public-servant = 公務員請向任職單位申請
