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

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = Isi dengan Kartu My Number
card-cancel = Batal
card-place-heading = Silakan letakkan Kartu My Number Anda
card-place-body = Biarkan kartu tetap di atas pembaca. Yang dibaca hanya nama, alamat, tanggal lahir, dan jenis kelamin. Nomor individu (My Number) tidak pernah dibaca
card-pin-heading = Masukkan PIN (4 angka)
card-pin-tries = Anda masih dapat memasukkannya { $tries } kali lagi
card-pin-read = Baca
card-reading = Sedang membaca. Jangan gerakkan kartu
card-counter-heading = Silakan datang ke loket
card-counter-last-try = Satu kali salah lagi akan mengunci PIN. Jangan memasukkannya di sini; tanyakan kepada petugas di loket
card-counter-blocked = PIN terkunci. PIN dapat dibuka di loket
card-failed-heading = Kartu tidak dapat dibaca
card-retry = Coba lagi
