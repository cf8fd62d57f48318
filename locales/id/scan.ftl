# Pembacaan QR (src/scan)
scan-error-read = { $path } tidak dapat dibaca: { $reason }
scan-error-image = { $path } tidak dapat dibaca sebagai gambar: { $reason }
