## Checking answers (errors and warnings)

validation-required = Please fill in this item
validation-too-long = Please use at most { $max } characters (now { $length })
validation-control-characters = This contains characters that cannot be used
validation-script-kanji = Please write in kanji or kana
validation-script-kana = Please write in hiragana or katakana
validation-script-latin = Please write in Latin letters
validation-script-name = Write the name in kanji and kana, or in Latin letters (no digits or symbols)
validation-script-digits = Please use digits only
validation-script-any = This contains characters that cannot be used
validation-reading-katakana = Please write in katakana
validation-reading-hiragana = Please write in hiragana
validation-reading-kana = Please write in either hiragana or katakana
validation-date-syntax = This is not a date we can read (for example 1985-04-12 or 昭和60年4月12日)
validation-date-no-such-day = That day does not exist in the calendar
validation-date-outside-era = That day is not in the { $era } era (its last day is { $last })
validation-date-too-early = Dates before 1 January 1873 cannot be handled
validation-date-future = This date is after today
validation-date-order = This date is before the moving-out date
validation-postal = Please enter a 7-digit postal code (for example 150-0001)
validation-phone = This is not a Japanese phone number (for example 03-1234-5678 or 090-1234-5678)
validation-choice = This value cannot be chosen: { $value }
validation-count-syntax = Please enter a number
validation-count-range = Please enter a number from { $min } to { $max }
validation-yes-no = Please choose "Yes" or "No"
validation-prefecture = Please choose a prefecture
validation-household-too-few = { $min ->
    [one] Please enter at least { $min } person
   *[other] Please enter at least { $min } people
}
validation-household-too-many = { $max ->
    [one] At most { $max } person
   *[other] At most { $max } people
}
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] Please enter at least { $min ->
            [one] { $min } child
           *[other] { $min } children
        }
       *[other] Please enter at least { $min ->
            [one] { $min } child
           *[other] { $min } children
        } up to the first 31 March after they turn { $age }
    }
   *[other] Please enter at least { $min ->
        [one] { $min } eligible person
       *[other] { $min } eligible people
    }
}
validation-relationship = Please choose the relationship
validation-sex = Please choose the sex
validation-unknown-part = This item is not part of a household member's details
validation-notify-late = { $days ->
    [one] It has been { $days } day since this date. The deadline ({ $limit } days) has passed, so we may ask you why
   *[other] It has been { $days } days since this date. The deadline ({ $limit } days) has passed, so we may ask you why
}
validation-notify-future = This notification can be made once this date has come. Please check the date
validation-notify-early = { $days ->
    [one] This date is { $days } day away. The notification is accepted from { $limit } days before
   *[other] This date is { $days } days away. The notification is accepted from { $limit } days before
}
validation-warn-proxy-letter = A proxy needs a letter of attorney
validation-warn-kisai-form = Please bring the form to be certified (from your employer, etc.)
validation-warn-inkan-card = The certificate cannot be issued without the seal registration card
validation-warn-inkan-seal = You need the seal you want to register
validation-warn-inkan-inquiry = Registration by inquiry letter needs a second visit with the letter we send you by post
validation-warn-koseki-third-party = Anyone other than the person, their spouse or lineal relatives must show a reason and documents proving it
validation-warn-kazei-jan1 = Please apply to the municipality where you lived on 1 January of the year in which that fiscal year begins (e.g. fiscal 2025 → 1 January 2025)
validation-warn-jido-public-servant = Public servants apply at their workplace
