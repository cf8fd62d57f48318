config-error-unreadable = Hindi mabasa ang file ng setting: { $reason }
config-error-syntax = May mali sa pagkakasulat ng file ng setting: { $reason }
i18n-check-no-source = Hindi makita ang orihinal na file ng salin (wikang Hapon): { $dir }
i18n-check-unknown-language = Folder ng hindi kilalang wika: { $lang }
i18n-check-missing-key = Walang "{ $key }" sa { $lang } (orihinal: { $file })
i18n-check-extra-key = Ang "{ $key }" sa { $lang } ay wala sa orihinal ({ $file })
i18n-check-variables = Iba sa orihinal ang mga variable ng "{ $key }" sa { $lang }: orihinal { $expected }, salin { $found }
i18n-check-unused-key = Hindi ginagamit ang "{ $key }" sa code o sa katalogo
i18n-check-syntax = May mali sa pagkakasulat sa linya { $line } ng { $file }
i18n-check-duplicate-key = Dalawang beses itinakda ang "{ $key }" sa { $lang } ({ $file })
i18n-check-glyph = Walang font na makapagpapakita ng titik na "{ $char }" ({ $codepoint }) sa "{ $key }" ng { $lang }. I-install: { $packages }
i18n-check-ok = Pumasa sa pagsusuri ang lahat ng wika ({ $count } wika)
i18n-check-failed = May { $count } problemang nakita
date-gregorian = { $month ->
        [1] Enero
        [2] Pebrero
        [3] Marso
        [4] Abril
        [5] Mayo
        [6] Hunyo
        [7] Hulyo
        [8] Agosto
        [9] Setyembre
        [10] Oktubre
        [11] Nobyembre
        *[12] Disyembre
    } { $day }, { $year }
i18n-check-stale = { $lang }: Hindi pa muling naisasalin ang "{ $key }" mula nang magbago ang orihinal na Japanese. Kapag naisalin na: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-unstamped = { $lang }: Walang tala kung saang orihinal na Japanese isinalin ang "{ $key }". Kapag nasuri na ang salin: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-render-empty = { $lang }: Walang lumalabas na teksto sa "{ $key }" kapag { $count } ang bilang
i18n-check-render-brace = { $lang }: May variable na hindi napalitan sa "{ $key }" kapag { $count } ang bilang: { $text }
i18n-check-render-negative = { $lang }: Nagpapakita ng negatibong numero ang "{ $key }" kapag { $count } ang bilang: { $text }
i18n-check-stamped = { $lang }: Naitala ang kasalukuyang orihinal na Japanese ng { $count } salin
i18n-check-write-failed = Hindi maisulat ang { $file }: { $reason }
