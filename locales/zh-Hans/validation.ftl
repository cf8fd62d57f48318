## 检查填写内容（错误和提醒）

validation-required = 请填写此项
validation-too-long = 请在 { $max } 个字以内填写（目前为 { $length } 个字）
validation-control-characters = 含有无法使用的字符
validation-script-kanji = 请用汉字或假名填写
validation-script-kana = 请用平假名或片假名填写
validation-script-latin = 请用罗马字（拉丁字母）填写
validation-script-name = 姓名请用汉字和假名，或用罗马字填写（不能使用数字或符号）
validation-script-digits = 请用数字填写
validation-script-any = 含有无法使用的字符
validation-reading-katakana = 请用片假名填写
validation-reading-hiragana = 请用平假名填写
validation-reading-kana = 请只用平假名或只用片假名填写
validation-date-syntax = 日期格式不正确（例：1985-04-12、昭和60年4月12日）
validation-date-no-such-day = 日历上没有这一天
validation-date-outside-era = { $era }年间没有这一天（{ $era }的最后一天是 { $last }）
validation-date-too-early = 无法处理1873年1月1日（明治6年1月1日）以前的日期
validation-date-future = 这是今天以后的日期
validation-date-order = 此日期早于迁出日期
validation-postal = 请填写7位数字的邮政编码（例：150-0001）
validation-phone = 电话号码不正确（例：03-1234-5678、090-1234-5678）
validation-choice = 无法选择此值：{ $value }
validation-count-syntax = 请填写数字
validation-count-range = 请填写 { $min } 到 { $max } 之间的数字
validation-yes-no = 请选择“是”或“否”
validation-prefecture = 请选择都道府县
validation-household-too-few = 请至少填写 { $min } 人
validation-household-too-many = 最多 { $max } 人
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] 请至少填写 { $min } 名子女
       *[other] 请至少填写 { $min } 名子女（满 { $age } 岁后第一个3月31日之前的子女）
    }
   *[other] 请至少填写 { $min } 名符合条件的人
}
validation-relationship = 请选择与户主的关系
validation-sex = 请选择性别
validation-unknown-part = 此项目不属于户内成员的信息
validation-notify-late = 距该日期已过 { $days } 天。由于已超过申报期限（{ $limit } 天以内），可能会询问您原因
validation-notify-future = 此申报请在该日期到来后再办理。请确认日期
validation-notify-early = 这是 { $days } 天后的日期。申报从 { $limit } 天前开始受理
validation-warn-proxy-letter = 代理人需要委托书（委任状）
validation-warn-kisai-form = 请携带需要证明的表格（工作单位等指定的表格）
validation-warn-inkan-card = 没有印鉴登记证（卡）就无法发放证明书
validation-warn-inkan-seal = 需要携带要登记的印章
validation-warn-inkan-inquiry = 通过照会书登记时，需要携带日后邮寄给您的照会书再来一次
validation-warn-koseki-third-party = 本人、配偶及直系亲属以外的人，需要有可申请的理由及能证明该理由的材料
validation-warn-kazei-jan1 = 请向该年度开始那一年的1月1日（例：2025年度 → 2025年1月1日）时居住的市区町村申请
validation-warn-jido-public-servant = 公务员请向工作单位申请
