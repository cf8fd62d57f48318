config-error-unreadable = सेटिङ फाइल पढ्न सकिएन: { $reason }
config-error-syntax = सेटिङ फाइलको लेखाइमा त्रुटि छ: { $reason }
i18n-check-no-source = मूल (जापानी) अनुवाद फाइल भेटिएन: { $dir }
i18n-check-unknown-language = अज्ञात भाषाको फोल्डर: { $lang }
i18n-check-missing-key = { $lang } मा "{ $key }" छैन (मूल: { $file })
i18n-check-extra-key = { $lang } को "{ $key }" मूलमा छैन ({ $file })
i18n-check-variables = { $lang } को "{ $key }" का चरहरू मूलसँग मिल्दैनन्: मूल { $expected }, अनुवाद { $found }
i18n-check-unused-key = "{ $key }" कोड वा क्याटलग कतै पनि प्रयोग भएको छैन
i18n-check-syntax = { $file } को पङ्क्ति { $line } मा लेखाइको त्रुटि छ
i18n-check-duplicate-key = { $lang } मा "{ $key }" दुई पटक परिभाषित छ ({ $file })
i18n-check-glyph = { $lang } को "{ $key }" मा रहेको अक्षर "{ $char }" ({ $codepoint }) देखाउने फन्ट छैन। स्थापना गर्नुहोस्: { $packages }
i18n-check-ok = सबै भाषाले जाँच पार गरे ({ $count } भाषा)
i18n-check-failed = { $count } वटा समस्या भेटिए
date-gregorian = { $year } { $month ->
        [1] जनवरी
        [2] फेब्रुअरी
        [3] मार्च
        [4] अप्रिल
        [5] मे
        [6] जुन
        [7] जुलाई
        [8] अगस्ट
        [9] सेप्टेम्बर
        [10] अक्टोबर
        [11] नोभेम्बर
        *[12] डिसेम्बर
    } { $day }
i18n-check-stale = { $lang } को "{ $key }": जापानी मूल पाठ बदलिएपछि यसको अनुवाद फेरि गरिएको छैन। फेरि अनुवाद गरेपछि: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-unstamped = { $lang } को "{ $key }": कुन जापानी मूल पाठबाट अनुवाद गरिएको हो भन्ने अभिलेख छैन। अनुवाद जाँचेपछि: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-render-empty = { $lang } को "{ $key }" संख्या { $count } मा खाली देखिन्छ
i18n-check-render-brace = { $lang } को "{ $key }" मा संख्या { $count } हुँदा एउटा चल (variable) नबदलिई बाँकी रहन्छ: { $text }
i18n-check-render-negative = { $lang } को "{ $key }" ले संख्या { $count } मा ऋणात्मक संख्या देखाउँछ: { $text }
i18n-check-stamped = { $lang }: { $count } वटा अनुवादमा हालको जापानी मूल पाठ अभिलेख गरियो
i18n-check-write-failed = { $file } मा लेख्न सकिएन: { $reason }
