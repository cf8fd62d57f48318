# Layar "Buat di sini" (input tanpa menulis).

make-pick-heading = Urusan apa yang ingin Anda lakukan?
make-pick-events = Peristiwa kehidupan
make-pick-certificates = Surat keterangan
make-forms-heading = Pilih formulir yang diserahkan bersama
make-forms-required = ✓ { $name } (selalu disertakan)
make-forms-none = Pilih setidaknya satu formulir
make-progress = { $current } / { $total }
make-member-number = Orang ke-{ $number }
make-household-empty = Belum ada yang ditambahkan
make-add-person = ＋ Tambah orang
make-remove = Hapus
make-back = Kembali
make-next = Lanjut
make-skip = Lewati
make-clear = Hapus semua
make-backspace = Hapus satu
make-kana-space = Spasi
make-date-western = Tahun Masehi
make-date-year = tahun
make-date-month = bulan
make-date-day = tanggal
make-clerk-note = Petugas di loket akan menanyakan nama dalam kanji dan alamat lengkap Anda lalu mengisinya.
make-clerk-completes = Petugas akan mengisinya di loket
