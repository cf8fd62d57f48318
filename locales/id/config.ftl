## Pemeriksaan file pengaturan (kiosk.toml, file prosedur)

config-kiosk-empty = "{ $key }" kosong
config-kiosk-hub-url = URL hub tidak valid (harus diawali http:// atau https://): { $url }
config-kiosk-out-of-range = "{ $key }" harus antara { $min } sampai { $max }
config-kiosk-default-language = Bahasa awal "{ $lang }" tidak termasuk bahasa yang dapat dipilih
config-kiosk-duplicate = "{ $id }" tertulis dua kali
config-kiosk-nothing-offered = Tidak ada satu pun prosedur yang dilayani
config-kiosk-catalog = Folder prosedur tidak dapat dibaca: { $dir }
config-kiosk-pin-hash = Hash PIN admin tidak dalam format Argon2 ($argon2id$…)

config-procedure-bad-id = "{ $id }" tidak dapat dipakai sebagai nama (hanya huruf kecil, angka, dan tanda hubung)
config-procedure-bad-shared-id = Nama kolom bersama "{ $id }" harus dipisahkan dengan titik, seperti "applicant.name"
config-procedure-bad-message-key = "{ $key }" tidak berformat kunci terjemahan
config-procedure-bad-service = Jenis layanan "{ $service }" harus satu huruf kapital (contoh: A, B)
config-procedure-bundle-empty = Paket prosedur tidak berisi prosedur apa pun
config-procedure-choice-no-options = Tidak ada pilihan
config-procedure-duplicate = "{ $id }" didefinisikan dua kali
config-procedure-field-no-id = Kolom tidak memiliki id maupun shared
config-procedure-field-no-kind = Kolom tidak memiliki kind
config-procedure-field-no-label = Kolom tidak memiliki label
config-procedure-id-not-file-name = id prosedur "{ $id }" berbeda dengan nama file "{ $file }"
config-procedure-min-over-max = min ({ $min }) lebih besar daripada max ({ $max })
config-procedure-option-not-for-kind = "{ $option }" tidak dapat dipakai untuk jenis kolom ini
config-procedure-optional-not-in-bundle = "{ $id }" tidak termasuk prosedur dalam paket ini
config-procedure-bundle-two-windows = "{ $procedure }" memberi "{ $id }" batas waktu pelaporan yang berbeda dari prosedur lain dalam paket ini; satu tanggal hanya punya satu batas waktu
config-procedure-shared-in-shared = Definisi kolom bersama tidak boleh memakai shared
config-procedure-shared-with-kind = Kolom yang memakai kolom bersama "{ $shared }" tidak boleh memiliki id atau kind
config-procedure-two-households = Satu prosedur hanya boleh memiliki satu kolom anggota rumah tangga
config-procedure-unknown-field = Kolom "{ $id }" tidak ada
config-procedure-unknown-option = Pilihan "{ $value }" tidak ada
config-procedure-unknown-relationship = Hubungan keluarga "{ $value }" tidak ada (head, spouse, child, parent, grandparent, grandchild, sibling, other)
config-procedure-unknown-shared = Kolom bersama "{ $id }" tidak ada
config-procedure-wrong-kind = Jenis kolom "{ $id }" ({ $kind }) tidak dapat dipakai di sini
config-procedure-zero-length = Jumlah karakter maksimum tidak boleh 0
config-procedure-missing-text = Kunci terjemahan "{ $key }" tidak ada di file terjemahan bahasa Jepang

config-check-ok = { $file }: tidak ada masalah ({ $kind })
config-check-unknown-kind = Jenis file pengaturan ini tidak diketahui. Tentukan dengan --kind
config-town-prefecture = Tidak ada prefektur "{ $value }" (tulis seperti 東京都 atau 北海道)
config-town-chome = Jumlah chōme harus dari 1 sampai 99 ({ $value })
