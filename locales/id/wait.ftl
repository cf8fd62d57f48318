## Halaman antrean (untuk ponsel, diterbitkan di luar jaringan kantor)

wait-ticket-title = Nomor antrean Anda
wait-ward-title = Kepadatan loket
wait-language = Bahasa
wait-loading = Memuat…
wait-your-number = Nomor Anda
wait-ahead = { $count ->
    [0] Tidak ada yang menunggu di depan Anda
   *[other] { $count } orang di depan Anda
}
wait-estimated = Perkiraan waktu tunggu: sekitar { $minutes } menit
wait-soon = Anda akan segera dipanggil. Silakan kembali ke dekat loket.
wait-called = Nomor Anda sedang dipanggil
wait-counter = Loket { $counter }
wait-done = Layanan untuk nomor ini sudah selesai. Terima kasih atas kunjungan Anda.
wait-unknown = Nomor antrean ini tidak ditemukan. Masa berlakunya sudah habis atau alamatnya salah.
wait-unreachable = Informasi tidak dapat dimuat. Akan dicoba lagi secara otomatis.
wait-stale = Informasi per { $time }. Pembaruan terhenti, jadi keadaan sekarang mungkin sudah berbeda.
wait-old = Informasi lama
wait-live = Diperbarui otomatis
wait-alerts-ask = Beri tahu saya jika sudah dekat
wait-alerts-on = Anda akan diberi tahu jika sudah dekat (selama halaman ini terbuka).
wait-alerts-off = Notifikasi tidak diizinkan. Layar ini yang akan memberi tahu Anda.
wait-notify-soon = { $number }: Anda akan segera dipanggil ({ $count } orang di depan Anda)
wait-notify-called = { $number }: silakan menuju loket { $counter }
wait-no-personal-data = Halaman ini tidak menampilkan informasi pribadi.
wait-waiting = Yang menunggu: { $count } orang
wait-called-recent = Nomor yang baru dipanggil
wait-called-none = Belum ada
wait-open-data = Angka yang sama juga diterbitkan sebagai data terbuka (JSON) yang bebas dipakai siapa saja. Tidak berisi informasi pribadi:
wait-ward-empty = Tidak ada kantor untuk ditampilkan.
