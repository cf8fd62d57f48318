# Pembacaan suara (panggilan nomor di papan, pembacaan layar kios).
speech-number = { $letters } { $digits }
speech-call = Nomor { $number }, silakan menuju loket { $counter }.
speech-recall = Panggilan ulang: nomor { $number }, silakan menuju loket { $counter }.
speech-ticket = Nomor antrean Anda adalah { $number }.
speech-error-engine-missing = Program sintesis suara { $engine } tidak ditemukan. Jalankan scripts/setup.sh.
speech-error-voice-missing = Data suara { $voice } tidak ditemukan. Jalankan scripts/setup.sh.
speech-error-failed = Program sintesis suara { $engine } gagal: { $reason }
speech-error-language = Kode bahasa tidak dikenal: { $code }
speech-read-aloud = Bacakan
