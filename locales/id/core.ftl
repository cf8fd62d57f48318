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
i18n-check-stale = { $lang }: "{ $key }" belum diterjemahkan ulang sejak teks asli bahasa Jepangnya berubah. Setelah diterjemahkan ulang: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-unstamped = { $lang }: "{ $key }" tidak punya catatan teks asli bahasa Jepang yang menjadi sumber terjemahannya. Setelah terjemahan diperiksa: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-render-empty = { $lang }: "{ $key }" menjadi kosong dengan angka { $count }
i18n-check-render-brace = { $lang }: "{ $key }" dengan angka { $count } menyisakan variabel yang tidak terganti: { $text }
i18n-check-render-negative = { $lang }: "{ $key }" dengan angka { $count } menampilkan angka negatif: { $text }
i18n-check-stamped = { $lang }: teks asli bahasa Jepang saat ini dicatat untuk { $count } terjemahan
i18n-check-write-failed = Tidak dapat menulis { $file }: { $reason }
