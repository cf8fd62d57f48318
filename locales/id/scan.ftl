# Pembacaan QR (src/scan)
scan-error-read = { $path } tidak dapat dibaca: { $reason }
scan-error-image = { $path } tidak dapat dibaca sebagai gambar: { $reason }
scan-camera-opened = Menggunakan kamera { $device }
scan-camera-lost = Kamera { $device } tidak ditemukan. Periksa sambungannya (akan tersambung ulang secara otomatis)
scan-camera-none = Tidak ada kamera. Kode QR juga dapat dibaca dengan pemindai
