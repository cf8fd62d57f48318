config-error-unreadable = File pengaturan tidak dapat dibaca: { $reason }
config-error-syntax = Ada kesalahan penulisan dalam file pengaturan: { $reason }
i18n-check-no-source = File terjemahan sumber (bahasa Jepang) tidak ditemukan: { $dir }
i18n-check-unknown-language = Folder bahasa yang tidak dikenal: { $lang }
i18n-check-missing-key = "{ $key }" tidak ada di { $lang } (sumber: { $file })
i18n-check-extra-key = "{ $key }" di { $lang } tidak ada di sumber ({ $file })
i18n-check-variables = Variabel "{ $key }" di { $lang } berbeda dari sumber: sumber { $expected }, terjemahan { $found }
i18n-check-unused-key = "{ $key }" tidak dipakai di kode maupun di katalog
i18n-check-syntax = Ada kesalahan penulisan di { $file } baris { $line }
i18n-check-duplicate-key = "{ $key }" didefinisikan dua kali di { $lang } ({ $file })
i18n-check-glyph = Tidak ada font yang dapat menampilkan karakter "{ $char }" ({ $codepoint }) pada "{ $key }" di { $lang }. Pasang: { $packages }
i18n-check-ok = Semua bahasa lolos pemeriksaan ({ $count } bahasa)
i18n-check-failed = Ditemukan { $count } masalah
date-gregorian = { $day } { $month ->
        [1] Januari
        [2] Februari
        [3] Maret
        [4] April
        [5] Mei
        [6] Juni
        [7] Juli
        [8] Agustus
        [9] September
        [10] Oktober
        [11] November
        *[12] Desember
    } { $year }
