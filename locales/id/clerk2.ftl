# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = Panggilan petugas ({ $count })
clerk-staff-call-answer = Layani
clerk-staff-call-taken = Silakan ke { $kiosk }
hub-error-staff-call-note = Alasan paling banyak { $max } karakter
hub-error-staff-call-answered = Panggilan ini sudah dilayani ({ $clerk })
clerk-error-unreachable = Tidak dapat terhubung ke hub. Periksa jaringan dan pastikan hub menyala
clerk-export-open = Ekspor & statistik
clerk-export-close = Kembali ke antrean
clerk-export-heading = Ekspor dan statistik { $day }
clerk-export-prev-day = Hari sebelumnya
clerk-export-next-day = Hari berikutnya
clerk-export-records = CSV catatan
clerk-export-stats = CSV statistik
clerk-export-saved = Tersimpan: { $path }
clerk-export-failed = Tidak dapat menyimpan: { $reason }
clerk-stats-visits = Kunjungan per layanan
clerk-stats-languages = Bahasa yang dipakai
clerk-stats-wait = Waktu tunggu sampai dipanggil: rata-rata { $avg } menit, 90% dalam { $p90 } menit
clerk-stats-wait-none = Belum ada yang dipanggil
clerk-stats-qr = Pra-permohonan QR: { $percent }% kunjungan
clerk-stats-empty = Tidak ada kunjungan pada hari ini
hub-error-bad-date = Tanggal { $date } tidak valid (YYYY-MM-DD)
hub-error-body-syntax = Isi permintaan bukan JSON yang valid
hub-error-body-data = Ada kolom isi permintaan yang kurang atau salah tipe ({ $path })
hub-error-body-type = Kirim isi permintaan sebagai JSON (application/json)
# A chart with nothing to show yet.
clerk-stats-none = Belum ada
# The record panel before anyone is called.
clerk-record-hint = Panggil warga berikutnya (F1), permohonannya akan tampil di sini.
clerk-postal-choose = Kode pos { $code } mencakup beberapa wilayah; pilih salah satu
clerk-postal-unknown = Kode pos { $code } tidak ditemukan
clerk-postal-filled = dari kode pos (belum disimpan)
