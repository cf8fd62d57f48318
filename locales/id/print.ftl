# Printer nomor antrean (struk): kios, panel fasilitas, `madoguchi print slip`.

## Status dan kesalahan printer
print-error-uri = Alamat printer tidak valid: "{ $uri }" (tcp://HOST:9100 atau usb:/dev/usb/lp0)
print-error-connect = Tidak dapat terhubung ke printer { $printer }: { $reason }
print-error-write = Tidak dapat mengirim data ke printer { $printer }: { $reason }
print-error-reply = Jawaban printer bukan status ESC/POS
print-error-interrupted = Pencetakan berhenti sebelum nomor antrean terkirim
print-state-online = Siap mencetak
print-state-paper-near-end = Siap mencetak (kertas hampir habis)
print-state-paper-out = Kertas habis
print-state-cover-open = Tutup printer terbuka
print-state-offline = Printer sedang offline
print-state-error = Printer melaporkan kesalahan
print-state-unknown = Terkirim (printer tidak melaporkan statusnya)

## Nomor antrean
print-slip-number = Nomor Anda
print-slip-issued = Dikeluarkan { $time }
print-slip-resident-line = Mohon tunggu sampai nomor Anda dipanggil. Pindai kode QR untuk melihat antrean.
print-slip-sample-office = Kantor Distrik Madoguchi (contoh)
print-staff-call-note = Printer nomor antrean: { $problem }

## madoguchi print slip
print-cli-lang = Tidak ada bahasa "{ $lang }" (ja, en, zh-Hans, …)
print-cli-written = Gambar nomor antrean ditulis: { $file }
print-cli-printed = Contoh nomor antrean dicetak di { $printer } ({ $state })

## [printer] di kiosk.toml
config-kiosk-printer-uri = uri printer "{ $uri }" harus berbentuk tcp://HOST:9100 atau usb:/dev/usb/lp0
config-kiosk-printer-paper = Lebar kertas paper_mm harus 58 atau 80 ({ $paper })

## Panel fasilitas
kiosk-admin-printer = Printer nomor antrean
kiosk-admin-printer-none = Belum diatur ([printer] di kiosk.toml)
kiosk-admin-printer-busy = Menanyakan printer…
kiosk-admin-printer-unchecked = Belum diperiksa
kiosk-admin-printer-test = Cetak uji

## Bila nomor antrean tidak keluar (untuk warga)
kiosk-ticket-slip-paper-out = Kertas printer habis: silakan foto nomor Anda di layar. Petugas sudah diberi tahu.
kiosk-ticket-slip-cover-open = Tutup printer terbuka: silakan foto nomor Anda di layar. Petugas sudah diberi tahu.
kiosk-ticket-slip-failed = Nomor antrean Anda tidak dapat dicetak: silakan foto nomor Anda di layar. Petugas sudah diberi tahu.
