# Layar kios untuk warga. Bahasa sumbernya adalah bahasa Jepang.

## Layar sambutan
kiosk-welcome-heading = Selamat datang
kiosk-welcome-attract = Ini loket tanpa menulis. Cukup sentuh layar untuk mengambil nomor antrean atau menyiapkan permohonan.
kiosk-welcome-start = Mulai
kiosk-welcome-choose-language = Anda dapat memilih bahasa

## Tombol di bagian atas layar
kiosk-bar-home = Kembali ke awal
kiosk-bar-language = Bahasa / Language
kiosk-bar-large-text = Perbesar huruf
kiosk-bar-normal-text = Ukuran huruf biasa
kiosk-bar-high-contrast = Hitam putih (lebih jelas)
kiosk-bar-normal-contrast = Warna biasa
kiosk-language-heading = Silakan pilih bahasa

## Keperluan
kiosk-choose-heading = Silakan pilih keperluan Anda
kiosk-choose-qr = Saya punya kode QR
kiosk-choose-qr-hint = Pindai kode QR permohonan yang Anda buat di ponsel pintar Anda
kiosk-choose-make = Buat permohonan di sini
kiosk-choose-make-hint = Cukup jawab beberapa pertanyaan, permohonan jadi tanpa menulis
kiosk-choose-number = Ambil nomor antrean saja
kiosk-choose-number-hint = Urus prosedurnya bersama petugas di loket
kiosk-choose-staff = Panggil petugas
kiosk-choose-staff-hint = Petugas akan datang ke sini
kiosk-services-heading = Nomor antrean untuk loket mana?
kiosk-issuing = Sedang menerbitkan nomor antrean…

## Loket (kantor contoh)

## Nomor antrean
kiosk-ticket-heading = Nomor Anda
kiosk-ticket-ahead = { $count ->
    [0] Tidak ada yang menunggu sebelum Anda
   *[other] Ada { $count } orang menunggu sebelum Anda
}
kiosk-ticket-wait = Perkiraan waktu tunggu: sekitar { $minutes } menit
kiosk-ticket-qr-hint = Pindai dengan ponsel untuk melihat status panggilan
kiosk-ticket-returning = Kembali ke layar awal dalam { $seconds } detik
kiosk-ticket-done = Selesai

## Saat tidak ada aktivitas
kiosk-idle-warning = Tidak ada aktivitas. Layar akan kembali ke awal dalam { $seconds } detik dan isian Anda akan dihapus.
kiosk-idle-continue = Lanjutkan

## Pemberitahuan
kiosk-notice-ok = Kembali ke layar awal
kiosk-staff-called-heading = Petugas sudah dipanggil
kiosk-staff-called-body = Mohon tunggu di sini. Petugas akan segera datang.
kiosk-error-heading = Terjadi kendala
kiosk-error-unreachable = Tidak dapat terhubung ke sistem antrean. Mohon hubungi petugas terdekat.
kiosk-error-unknown-service = Loket yang Anda pilih sedang tidak menerima antrean.

## Pengelolaan fasilitas (untuk petugas)
kiosk-admin-pin-heading = Masukkan PIN pengelola
kiosk-admin-pin-wrong = PIN salah
kiosk-admin-pin-locked = Terlalu sering salah. Coba lagi dalam { $seconds } detik
kiosk-admin-pin-not-configured = PIN belum diatur ([admin] pin_hash di kiosk.toml)
kiosk-admin-pin-checking = Sedang memeriksa…
kiosk-admin-ok = Konfirmasi
kiosk-admin-cancel = Tutup
kiosk-keypad-clear = Hapus semua
kiosk-keypad-backspace = Hapus satu
kiosk-admin-panel-heading = Pengelolaan fasilitas
kiosk-admin-name = Nama kios
kiosk-admin-idle-timeout = Detik tanpa aktivitas sebelum kembali ke awal
kiosk-admin-languages = Bahasa yang ditampilkan
kiosk-admin-apply = Terapkan
kiosk-admin-applied = Sudah diterapkan (berlaku sampai kios ini dinyalakan ulang)
kiosk-admin-close = Tutup

## Kesalahan pengaturan
kiosk-cli-pin-invalid = PIN harus berupa angka minimal 4 digit
kiosk-service-prefix = Loket { $prefix }
kiosk-offline-banner = Tidak terhubung ke sistem antrean. Nomor antrean tetap dapat diambil di sini, dan permohonan disimpan lalu dikirim setelah koneksi pulih.
kiosk-scan-heading = Pindai kode QR
kiosk-scan-guidance = Arahkan kode QR di layar ponsel Anda ke pemindai di bawah. Anda tidak perlu mengetik apa pun.
kiosk-scan-next-part = Lanjutkan dengan mengarahkan kode QR berikutnya (urutan bebas)
kiosk-scan-back = Kembali
kiosk-scan-file = Baca contoh kode QR
kiosk-scan-no-code = Kode QR tidak ditemukan. Silakan arahkan sekali lagi.
kiosk-review-heading = Mohon periksa isi permohonan Anda
kiosk-review-unknown-procedure = Prosedur "{ $id }" dalam kode QR ini tidak dilayani di loket ini. Silakan hubungi petugas.
kiosk-review-fix-marked = Silakan pilih ulang isian yang bertanda
kiosk-review-staff-will-check = Isian yang bertanda akan diperiksa bersama petugas di loket
kiosk-review-back = Kembali ke pemindaian
kiosk-review-confirm = Ajukan dengan isi ini dan ambil nomor antrean
kiosk-review-empty = (belum diisi)
kiosk-review-change = Ubah
kiosk-review-done = Konfirmasi
kiosk-review-fee = Biaya: { $yen } yen
kiosk-review-bring = Yang perlu dibawa:
