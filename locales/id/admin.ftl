# Panel fasilitas (pengaturan kios, pendaftaran, pemeriksaan perangkat) dan kamera layar pemindaian.

## Menyimpan pengaturan
kiosk-admin-saved = Disimpan ke { $path }
kiosk-admin-save-failed = Tidak tersimpan (berkas lama tidak berubah): { $path }: { $reason }
kiosk-admin-refused = Mohon perbaiki "{ $key }": { $reason }

## Kios dan hub
kiosk-admin-hub = Alamat hub
kiosk-admin-enrollment = Pendaftaran ke hub
kiosk-admin-enrolled = Kios ini sudah terdaftar
kiosk-admin-not-enrolled = Kios ini belum terdaftar
kiosk-admin-enroll-hint = Arahkan QR pendaftaran yang ditampilkan hub ke pemindai atau kamera, atau ketik kode pendaftaran
kiosk-admin-enroll = Daftarkan
kiosk-admin-enrolling = Mendaftarkan…
kiosk-admin-enrolled-as = Terdaftar di { $hub } sebagai "{ $name }" (dipakai setelah dimulai ulang)
kiosk-admin-enroll-no-data-dir = Tidak dapat mendaftar: folder data tidak diketahui (jalankan kios dengan --data-dir)

## Yang ditawarkan
kiosk-admin-default-language = Bahasa layar awal
kiosk-admin-bundles = Paket prosedur (peristiwa kehidupan)
kiosk-admin-procedures = Prosedur tunggal

## Perangkat
kiosk-admin-camera = Kamera
kiosk-admin-camera-auto = Otomatis
kiosk-admin-camera-none = Tidak ada
kiosk-admin-camera-none-found = Kamera tidak ditemukan
kiosk-admin-camera-found = Kamera ditemukan: { $count }
kiosk-admin-camera-showing = Gambar dari { $device } ({ $frames } diterima)
kiosk-admin-camera-test = Uji kamera ini
kiosk-admin-scanner-test = Uji pemindai (teks terakhir yang terbaca)
kiosk-admin-scanner-nothing = Belum ada yang terbaca. Arahkan kode QR ke pemindai.

## Sinkronisasi
kiosk-admin-sync = Kotak keluar dan sinkronisasi hub
kiosk-admin-sync-none = Kios ini tidak bersinkronisasi dengan hub
kiosk-admin-sync-never = belum pernah
kiosk-admin-sync-online = Terhubung ke hub
kiosk-admin-sync-offline = Hub tidak dapat dijangkau
kiosk-admin-sync-pending = Menunggu dikirim: { $records } permohonan, { $tickets } nomor
kiosk-admin-sync-last = Sinkronisasi terakhir: { $time }
kiosk-admin-sync-refused = Permohonan yang ditolak hub: { $count }
kiosk-admin-quit = Tutup program kios

## Kamera layar pemindaian
kiosk-scan-camera-guidance = Arahkan kode QR di ponsel Anda ke kamera atau ke pemindai di bawah. Anda tidak perlu mengetik apa pun.
kiosk-scan-no-camera = Tidak ada kamera. Silakan arahkan kode QR ke pemindai.
kiosk-scan-camera-lost = Kamera terputus. Pemindai tetap dapat digunakan.
kiosk-scan-camera-starting = Menyiapkan kamera…
