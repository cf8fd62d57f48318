# Terminal loket (untuk petugas). Teks asli dalam bahasa Jepang.
clerk-title = Terminal loket
clerk-bar-who = Loket { $counter } ・ Petugas { $clerk }
clerk-online = Terhubung ke sistem antrean
clerk-offline = Menghubungkan ulang ke sistem antrean…
clerk-logout = Keluar

## Masuk
clerk-login-heading = Masuk
clerk-login-id = ID petugas
clerk-login-pin = PIN
clerk-login-counter = Nomor loket
clerk-login-services = Layanan yang dipanggil di loket ini
clerk-login-submit = Masuk
clerk-login-pending = Sedang memeriksa…
clerk-login-missing = Masukkan ID petugas dan PIN
clerk-login-no-counter = Masukkan nomor loket
clerk-login-no-service = Pilih minimal satu layanan
clerk-login-no-hub = Daftar layanan belum diterima dari sistem antrean. Periksa koneksi

## Pemanggilan
clerk-no-current = Tidak ada nomor yang sedang dilayani
clerk-call-next = Panggil berikutnya
clerk-recall = Panggil ulang
clerk-no-show = Tidak hadir
clerk-finish = Selesai dilayani
clerk-transfer = Alihkan
clerk-walk-in = Terima pengunjung langsung
clerk-pick-transfer = Pilih layanan tujuan pengalihan (tombol angka)
clerk-pick-walk-in = Pilih layanan untuk nomor baru (tombol angka)
clerk-cancel = Batal
clerk-recalls = Dipanggil ulang { $count } kali
clerk-state-waiting = Menunggu
clerk-state-called = Sedang dipanggil
clerk-state-serving = Sedang dilayani
clerk-state-done = Selesai
clerk-state-no_show = Tidak hadir
clerk-state-transferred = Dialihkan
clerk-queue-heading = Daftar antrean
clerk-queue-count = { $count } orang
clerk-queue-more = { $count } orang lainnya
clerk-waited = menunggu { $minutes } menit
clerk-origin-walk-in = langsung
clerk-search-placeholder = Cari dengan nomor (A-012) atau kana

## Isi permohonan
clerk-no-record = Nomor ini tidak memiliki data permohonan. Tanyakan langsung di loket.
clerk-preapp-encrypted = QR (terenkripsi)
clerk-preapp-plain = QR
clerk-preapp-none = Diisi di kios
clerk-status-received = Belum diperiksa
clerk-status-confirmed = Diterima
clerk-status-rejected = Dikembalikan
clerk-record-lang = Bahasa pemohon: { $lang }
clerk-record-clean = Tidak ada masalah ({ $warnings } catatan)
clerk-record-problems = { $count } perlu diperiksa
clerk-record-other-fields = Isian lainnya
clerk-source-qr = QR
clerk-source-kiosk = Diisi di kios
clerk-source-postal = Data kode pos
clerk-source-card = Kartu My Number
clerk-source-clerk = Diubah petugas
clerk-value-empty = (kosong)
clerk-edit = Ubah
clerk-save = Simpan
clerk-confirm = Terima
clerk-confirm-anyway = Terima meskipun ada masalah
clerk-reject = Kembalikan
clerk-reject-placeholder = Alasan pengembalian
clerk-reject-send = Kembalikan
clerk-rejected-because = Alasan pengembalian: { $reason }
clerk-keys-hint = F1 panggil ・ E ubah ・ Esc batal

## Pemberitahuan
clerk-notice-called = { $number } telah dipanggil
clerk-notice-nobody = Tidak ada yang menunggu
clerk-notice-numbers-low = Nomor layanan { $service } hari ini hampir habis (sisa { $left })
clerk-notice-finish-first = Selesaikan dulu layanan untuk { $number }
clerk-notice-recalled = { $number } telah dipanggil ulang
clerk-notice-started = Mulai melayani { $number }
clerk-notice-done = Layanan untuk { $number } selesai
clerk-notice-no-show = { $number } ditandai tidak hadir
clerk-notice-transferred = { $number } dialihkan ke layanan { $service }
clerk-notice-walk-in = Nomor { $number } telah diterbitkan
clerk-notice-confirmed = Permohonan { $number } telah diterima
clerk-notice-rejected = Permohonan { $number } telah dikembalikan
clerk-notice-edited = Perubahan disimpan (tercatat dalam log)
clerk-notice-has-problems = Ada { $count } isian yang perlu diperiksa. Perbaiki, atau tekan Ctrl+Enter untuk tetap menerima
clerk-notice-reason-needed = Masukkan alasan pengembalian
clerk-notice-not-found = Tidak ditemukan
clerk-error-closed = Permohonan ini sudah diperiksa sehingga tidak dapat diubah
clerk-error-no-token = Terminal ini belum terdaftar. Berikan kode pendaftaran dengan --enroll (lokasi penyimpanan: { $file })
clerk-error-token-file = Kunci terminal tidak dapat disimpan: { $reason }
clerk-session-expired = Sesi masuk Anda telah berakhir. Silakan masuk kembali
