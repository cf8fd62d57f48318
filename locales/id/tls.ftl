## HTTPS hub, batas koneksi, sertifikat yang dipercaya perangkat (hub, sync)

hub-config-error-tls-pair = Untuk memakai sertifikat milik kantor ward sendiri, isi cert_chain dan key di [tls]
hub-config-error-tls-name = Nama "{ $value }" tidak dapat dimasukkan ke sertifikat: tulis nama host atau alamat IP
hub-tls-error-files = Berkas sertifikat { $path } tidak dapat dipakai: { $reason }
hub-tls-error-certificate = Sertifikat tidak dapat disiapkan: { $reason }
hub-tls-error-empty-chain = { $path } tidak berisi sertifikat
hub-error-plain-on-lan = { $addr } dapat dijangkau dari LAN, jadi hub tidak dijalankan dengan HTTP tanpa enkripsi. Atur [tls] mode ke "auto" atau "on"; hanya jika tidak ada cara lain, atur insecure = true (atau --insecure)
hub-error-timeout = Permintaan tidak diterima atau tidak diproses tepat waktu
hub-cli-insecure-warning = Peringatan: HTTP tanpa enkripsi di { $addr } (insecure). Nama, alamat, dan token melintasi jaringan tanpa perlindungan
hub-cli-enroll-fingerprint = Sidik jari (SHA-256) sertifikat CA hub: { $fingerprint }. Perangkat hanya memercayai sertifikat ini. Jika mengetik manual, ketik seluruh baris di bawah kode QR.
hub-sync-untrusted = Sertifikat hub berbeda dengan saat pendaftaran, jadi koneksi ditolak. Tanyakan kepada petugas yang mengurus pengaturan
hub-sync-ca-mismatch = Sidik jari sertifikat CA hub tidak cocok dengan kode pendaftaran, jadi pendaftaran dihentikan
hub-sync-no-fingerprint = Mendaftar ke hub HTTPS memerlukan sidik jari sertifikat CA-nya: pindai kode QR atau ketik seluruh baris di bawahnya
hub-sync-ca-file = Sertifikat hub yang tersimpan di { $file } tidak dapat dibaca. Daftarkan ulang perangkat ini
