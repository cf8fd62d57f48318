## 입력 내용 확인(오류와 주의)

validation-required = 입력해 주세요
validation-too-long = { $max }자 이내로 입력해 주세요(현재 { $length }자)
validation-control-characters = 사용할 수 없는 문자가 들어 있습니다
validation-script-kanji = 한자·가나로 입력해 주세요
validation-script-kana = 히라가나 또는 가타카나로 입력해 주세요
validation-script-latin = 로마자(알파벳)로 입력해 주세요
validation-script-name = 이름은 한자·가나 또는 로마자로 입력해 주세요(숫자나 기호는 쓸 수 없습니다)
validation-script-digits = 숫자로 입력해 주세요
validation-script-any = 사용할 수 없는 문자가 들어 있습니다
validation-reading-katakana = 가타카나로 입력해 주세요
validation-reading-hiragana = 히라가나로 입력해 주세요
validation-reading-kana = 히라가나나 가타카나 중 하나로 입력해 주세요
validation-date-syntax = 날짜 형식이 올바르지 않습니다(예: 1985-04-12, 昭和60年4月12日)
validation-date-no-such-day = 달력에 없는 날짜입니다
validation-date-outside-era = { $era } 연호에는 그 날짜가 없습니다({ $era }의 마지막 날은 { $last }입니다)
validation-date-too-early = 1873년 1월 1일(메이지 6년 1월 1일) 이전의 날짜는 처리할 수 없습니다
validation-date-future = 오늘 이후의 날짜입니다
validation-date-order = 전출일보다 이전의 날짜입니다
validation-postal = 우편번호는 7자리 숫자로 입력해 주세요(예: 150-0001)
validation-phone = 전화번호가 올바르지 않습니다(예: 03-1234-5678, 090-1234-5678)
validation-choice = 선택할 수 없는 값입니다: { $value }
validation-count-syntax = 숫자로 입력해 주세요
validation-count-range = { $min }부터 { $max }까지의 수를 입력해 주세요
validation-yes-no = “예” 또는 “아니요”를 선택해 주세요
validation-prefecture = 도도부현을 선택해 주세요
validation-household-too-few = { $min }명 이상 입력해 주세요
validation-household-too-many = { $max }명까지 입력할 수 있습니다
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] 자녀를 { $min }명 이상 입력해 주세요
       *[other] 만 { $age }세가 된 후 처음 맞는 3월 31일까지의 자녀를 { $min }명 이상 입력해 주세요
    }
   *[other] 대상이 되는 분을 { $min }명 이상 입력해 주세요
}
validation-relationship = 세대주와의 관계를 선택해 주세요
validation-sex = 성별을 선택해 주세요
validation-unknown-part = 이 항목은 세대원 정보에 없습니다
validation-notify-late = 이 날짜로부터 { $days }일이 지났습니다. 신고 기한({ $limit }일 이내)이 지났으므로 사유를 여쭐 수 있습니다
validation-notify-future = 이 신고는 이 날짜가 된 후에 해 주세요. 날짜를 확인해 주세요
validation-notify-early = { $days }일 후의 날짜입니다. 신고는 { $limit }일 전부터 받습니다
validation-warn-proxy-letter = 대리인은 위임장이 필요합니다
validation-warn-kisai-form = 증명받을 양식(근무처 등에서 지정한 것)을 가져와 주세요
validation-warn-inkan-card = 인감등록증(카드)이 없으면 증명서를 발급할 수 없습니다
validation-warn-inkan-seal = 등록할 도장이 필요합니다
validation-warn-inkan-inquiry = 조회서로 등록하는 경우, 나중에 우편으로 보내 드리는 조회서를 가지고 한 번 더 방문하셔야 합니다
validation-warn-koseki-third-party = 본인·배우자·직계 친족 이외의 분은 청구할 수 있는 사유와 이를 증명하는 자료가 필요합니다
validation-warn-kazei-jan1 = 해당 연도가 시작되는 해의 1월 1일(예: 2025년도 → 2025년 1월 1일)에 살았던 시구정촌에 청구해 주세요
validation-warn-jido-public-servant = 공무원은 근무처에 청구해 주세요
