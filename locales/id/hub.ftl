## Hub: nama layanan, kesalahan, CLI

hub-service-certificates = Surat keterangan
hub-service-moving = Pindah alamat
hub-service-tax = Pajak
hub-service-insurance-pension = Asuransi dan pensiun

hub-config-error-listen = Tulis alamat listen "{ $value }" dalam format seperti "127.0.0.1:8750"
hub-config-error-empty = Nilainya kosong
hub-config-error-timezone = Zona waktu "{ $value }" tidak dapat dipakai (contoh: Asia/Tokyo)
hub-config-error-range = Nilai harus antara { $min } sampai { $max }
hub-config-error-no-services = Tidak ada satu pun layanan loket
hub-config-error-prefix = Huruf awal nomor "{ $value }" harus satu huruf kapital
hub-config-error-duplicate-prefix = Huruf awal nomor "{ $value }" dipakai dua kali
hub-config-error-counter = Nama loket harus 1 sampai 16 karakter

hub-error-database = Operasi basis data gagal: { $reason }
hub-error-schema-too-new = Basis data tidak dapat dibuka karena versinya ({ $found }) lebih baru daripada program ini ({ $known })
hub-error-data-dir = Folder data tidak dapat dibuat: { $reason }
hub-error-not-found = { $what } { $id } tidak ditemukan
hub-error-unknown-service = Layanan "{ $service }" tidak ada
hub-error-unknown-counter = Loket "{ $counter }" tidak ada
hub-error-no-services-for-counter = Loket "{ $counter }" tidak menangani layanan apa pun
hub-error-numbers-exhausted = Nomor antrean hari ini sudah habis
hub-error-no-room-for-lease = Tidak ada lagi blok nomor yang dapat dipinjamkan
hub-error-bad-transition = Kunjungan ini berstatus "{ $state }", sehingga tidak dapat "{ $action }"
hub-error-counter-busy = Loket ini sedang melayani { $number }. Selesaikan atau tandai tidak hadir sebelum memanggil nomor berikutnya
hub-error-same-service = Tidak dapat dialihkan ke layanan yang sama
hub-error-device-name = Nama perangkat harus 1 sampai 64 karakter
hub-error-enroll-code = Kode pendaftaran salah, kedaluwarsa, atau sudah dipakai
hub-error-clerk-id = ID petugas hanya boleh berisi huruf, angka, "-" dan "_", maksimal 32 karakter
hub-error-pin = PIN harus 4 sampai 12 digit angka
hub-error-login = ID petugas atau PIN salah
hub-error-login-locked = Terlalu banyak percobaan gagal. Tidak dapat masuk selama { $minutes } menit
hub-error-bad-number = Format nomor "{ $number }" tidak benar
hub-error-not-leased = Nomor { $number } tidak dipinjamkan ke perangkat ini
hub-error-lease-day = Nomor hanya dapat dipinjamkan untuk hari ini atau besok
hub-error-record-procedures = Prosedur yang ditentukan tidak valid
hub-error-record-fields = Terlalu banyak kolom (maksimal { $max })
hub-error-record-field-name = Nama kolom "{ $field }" tidak valid
hub-error-record-field-size = Isi kolom "{ $field }" terlalu panjang
hub-error-record-source = Sumber isian kolom "{ $field }" tidak valid
hub-error-record-my-number = Nomor individu (My Number) tidak boleh disimpan (kolom "{ $field }")
hub-error-record-lang = Bahasa "{ $lang }" tidak dapat dipakai
hub-error-plain-refused = Kantor ini tidak menerima pra-permohonan yang tidak terenkripsi
hub-error-record-closed = Permohonan ini sudah dikonfirmasi atau dikembalikan
hub-error-reject-reason = Tuliskan alasan pengembalian, 1 sampai 500 karakter
hub-error-batch-too-large = Maksimal { $max } data dapat dikirim sekaligus
hub-error-unauthorized = Autentikasi diperlukan (token perangkat atau login petugas)
hub-error-forbidden = Perangkat atau petugas ini tidak berwenang melakukan tindakan ini
hub-error-body-too-large = Isi kiriman terlalu besar (maksimal { $max } byte)
hub-error-not-found-route = API tersebut tidak ada
hub-error-internal = Terjadi kesalahan internal di hub
hub-error-query = Untuk mencari, isi salah satu: number atau kana

hub-cli-enroll-code = Kode pendaftaran perangkat "{ $name }" ({ $role }): { $code }
hub-cli-enroll-hint = Pindai kode QR ini di kios atau ketik kodenya. Berlaku selama { $hours } jam dan hanya dapat dipakai sekali.
hub-cli-clerk-added = Petugas "{ $id }" telah didaftarkan
hub-cli-audit-intact = Log audit tidak pernah diubah ({ $entries } entri, hash terakhir { $head })
hub-cli-audit-broken = Entri ke-{ $seq } dalam log audit telah diubah
hub-cli-config-problems = Ada masalah pada file pengaturan:

hub-sync-offline = Tidak dapat terhubung ke hub. Data permohonan disimpan di perangkat ini dan dikirim begitu tersambung kembali
hub-sync-no-lease = Tidak dapat terhubung ke hub, dan nomor yang dipinjamkan ke perangkat ini sudah habis
hub-config-error-name-key = Kunci nama layanan "{ $value }" tidak ada di file terjemahan (locales/ja/hub.ftl)
hub-cli-revoked = Pendaftaran perangkat { $id } telah dicabut
hub-error-postal-unavailable = Hub ini tidak memiliki data kode pos; ketik alamat secara manual
