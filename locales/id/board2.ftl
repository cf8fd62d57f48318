# Layar panggilan ruang tunggu (tambahan).
board2-error-unreachable = Tidak dapat terhubung ke sistem antrean ({ $hub }). Periksa apakah hub menyala dan jaringan tersambung, lalu jalankan ulang layar.
board2-last-update = Informasi pukul { $time }
