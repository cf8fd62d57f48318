# QR pra-permohonan (preapp)

preapp-error-not-ours = Kode QR ini bukan kode QR pra-permohonan.
preapp-error-newer-version = Kode QR ini dibuat dengan format yang lebih baru (versi { $found }). Perangkat ini hanya dapat membaca sampai versi { $supported }. Mohon hubungi petugas.
preapp-error-expired = Masa berlaku kode QR ini sudah habis ({ $date }). Mohon buat ulang.
preapp-error-wrong-key = Kode QR ini dibuat untuk kantor lain dan tidak dapat dibaca di loket ini.
preapp-error-no-key = Perangkat ini belum memiliki kunci untuk membaca kode QR terenkripsi. Mohon hubungi petugas.
preapp-error-corrupted = Kode QR tidak terbaca dengan benar (datanya rusak). Terangkan layar ponsel Anda, lalu tunjukkan lagi.
preapp-error-missing-parts = { $read } dari { $total } kode QR sudah terbaca. Mohon tunjukkan kode QR sisanya.
preapp-error-too-large = Data kode QR terlalu besar.
preapp-error-plain-not-accepted = Loket ini tidak menerima kode QR yang tidak terenkripsi.
preapp-error-invalid-form = Ada kesalahan pada data permohonan ({ $path }).

preapp-progress = { $read } dari { $total } kode QR sudah terbaca.
preapp-keygen-done = Pasangan kunci kantor telah dibuat. Kunci privat: { $secret } Kunci publik: { $public }
preapp-keygen-exists = File kunci sudah ada: { $path } (tidak ditimpa)
preapp-cli-key-unreadable = File kunci tidak dapat dibaca: { $path }
preapp-cli-input-unreadable = File masukan tidak dapat dibaca: { $path } ({ $reason })
preapp-cli-image-unreadable = Gambar tidak dapat dibaca: { $path }
preapp-cli-no-code = Tidak ada kode QR dalam gambar: { $path }
preapp-cli-write-failed = File tidak dapat ditulis: { $path } ({ $reason })
preapp-cli-bad-days = Masa berlaku harus antara 1 sampai { $max } hari.
preapp-config-nothing-accepted = Tidak ada file kunci (key_file) dan kode QR yang tidak terenkripsi juga ditolak, sehingga tidak ada kode QR pra-permohonan yang dapat dibaca.
preapp-config-empty-key-file = Jalur file kunci (key_file) kosong.
