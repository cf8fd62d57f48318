# Membaca Kartu My Number (src/card)
card-error-no-reader = Pembaca kartu tidak ditemukan. Periksa sambungannya dan apakah pcscd sedang berjalan
card-error-reader-unplugged = Pembaca kartu dicabut
card-error-no-card = Tidak ada kartu di pembaca
card-error-card-removed = Kartu terlepas saat sedang dibaca. Silakan letakkan lagi
card-error-not-my-number-card = Ini bukan Kartu My Number
card-error-wrong-pin = PIN salah. Jika salah { $tries } kali lagi, PIN akan terkunci
card-error-pin-blocked = PIN terkunci. Silakan minta dibuka di loket
card-error-timeout = Pembaca kartu tidak merespons
card-error-malformed = Informasi pada kartu tidak dapat dibaca
card-error-pin-format = PIN terdiri dari 4 angka
card-error-unexpected = Kartu memberikan jawaban yang tidak terduga ({ $status })
card-error-reader = Kesalahan pembaca kartu: { $detail }
