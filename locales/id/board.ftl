# Layar panggilan di ruang tunggu. Teks asli dalam bahasa Jepang.
board-title = Layar panggilan
board-calling = Nomor yang sedang dipanggil
board-counter = Loket { $counter }
board-no-calls = Belum ada nomor yang dipanggil
board-waiting-heading = Status antrean
board-waiting = { $count } orang menunggu
board-wait-estimate = sekitar { $minutes } menit
board-date = { $day }/{ $month }/{ $year }
board-please-go = Jika nomor Anda dipanggil, silakan menuju loket yang ditampilkan
board-connecting = Menghubungkan ke sistem antrean…
board-reconnecting = Menghubungkan ulang ke sistem antrean… (menampilkan status terakhir yang diterima)
board-error-language = Kode bahasa tidak dikenal: { $code }
board-no-wait = Dapat segera dilayani
