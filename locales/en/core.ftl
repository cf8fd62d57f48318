config-error-unreadable = Cannot read the configuration file: { $reason }
config-error-syntax = The configuration file has a syntax error: { $reason }
i18n-check-no-source = No source (Japanese) locale found: { $dir }
i18n-check-unknown-language = Locale folder for an unknown language: { $lang }
i18n-check-missing-key = { $lang } lacks "{ $key }" (source: { $file })
i18n-check-extra-key = { $lang } has "{ $key }", which the source does not ({ $file })
i18n-check-variables = { $lang } "{ $key }" uses other variables than the source: source { $expected }, translation { $found }
i18n-check-unused-key = "{ $key }" is used neither in the code nor in the catalogue
i18n-check-syntax = { $file } line { $line } has a syntax error
i18n-check-duplicate-key = { $lang } defines "{ $key }" twice ({ $file })
i18n-check-glyph = { $lang } "{ $key }": no loaded font draws "{ $char }" ({ $codepoint }). Install: { $packages }
i18n-check-ok = { $count ->
    [one] Every locale passes the checks ({ $count } language)
   *[other] Every locale passes the checks ({ $count } languages)
}
i18n-check-failed = { $count ->
    [one] { $count } problem found
   *[other] { $count } problems found
}
date-gregorian = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
        *[12] December
    } { $day }, { $year }
i18n-check-stale = { $lang }: "{ $key }" has not been retranslated since its Japanese source changed. Once it is: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-unstamped = { $lang }: "{ $key }" has no record of the Japanese source it was translated from. Once the translation is checked: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-render-empty = { $lang }: "{ $key }" renders as empty text with the number { $count }
i18n-check-render-brace = { $lang }: "{ $key }" with the number { $count } leaves a variable unreplaced: { $text }
i18n-check-render-negative = { $lang }: "{ $key }" with the number { $count } shows a negative number: { $text }
i18n-check-stamped = { $count ->
    [one] { $lang }: recorded the current Japanese source of { $count } translation
   *[other] { $lang }: recorded the current Japanese source of { $count } translations
}
i18n-check-write-failed = Cannot write { $file }: { $reason }
