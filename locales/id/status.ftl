## Halaman kepadatan loket (untuk ponsel)

status-title = { $office }: kepadatan loket
status-heading = Kepadatan loket
status-updated = Per { $time } (diperbarui otomatis)
status-now-calling = Nomor yang sedang dipanggil
status-none-calling = Tidak ada
status-waiting = Yang menunggu: { $count } orang
status-estimated-wait = Perkiraan waktu tunggu: sekitar { $minutes } menit
status-counter = Loket { $counter }
status-language = Bahasa
status-no-personal-data = Halaman ini tidak menampilkan informasi pribadi.
