## Nama kolom formulir, pilihan, dan penjelasan

fields-applicant-name = Nama lengkap
fields-applicant-reading = Nama dalam katakana
fields-applicant-birth = Tanggal lahir
fields-applicant-postal = Kode pos
fields-applicant-address = Alamat
fields-applicant-phone = Nomor telepon (yang dapat dihubungi pada siang hari)
fields-applicant-phone-help = Kami mungkin menelepon Anda untuk memastikan isi permohonan
fields-applicant-has-mynumber-card = Saya memiliki Kartu My Number
fields-applicant-has-mynumber-card-help = Nomornya tidak perlu ditulis. Cukup beri tahu apakah Anda memiliki kartunya
fields-notifier-name = Nama pelapor
fields-subject-name = Nama orang yang memerlukan surat keterangan
fields-subject-birth = Tanggal lahir orang yang memerlukan surat keterangan

fields-requester = Hubungan Anda dengan orang yang memerlukan surat keterangan
fields-requester-self = Diri sendiri
fields-requester-household = Anggota rumah tangga yang sama
fields-requester-proxy = Wakil (penerima kuasa)

fields-copies = Jumlah lembar
fields-purpose = Keperluan (diserahkan ke mana)
fields-purpose-detail = Rincian keperluan
fields-purpose-pension = Urusan pensiun
fields-purpose-employment = Untuk diserahkan ke tempat kerja
fields-purpose-drivers-license = SIM (surat izin mengemudi)
fields-purpose-vehicle = Pendaftaran kendaraan
fields-purpose-real-estate = Pendaftaran tanah dan bangunan
fields-purpose-inheritance = Warisan
fields-purpose-school = Untuk diserahkan ke sekolah
fields-purpose-loan = Pinjaman atau kredit
fields-purpose-passport = Paspor
fields-purpose-marriage = Pendaftaran pernikahan
fields-purpose-nursery = Tempat penitipan anak (hoikuen) atau TK
fields-purpose-child-allowance = Tunjangan anak
fields-purpose-dependents = Urusan tanggungan keluarga
fields-purpose-public-housing = Perumahan umum
fields-purpose-address-history = Bukti riwayat alamat
fields-purpose-other = Lainnya

fields-juminhyo-scope = Siapa yang dicantumkan
fields-juminhyo-scope-self = Hanya saya
fields-juminhyo-scope-household-all = Seluruh anggota rumah tangga
fields-juminhyo-scope-household-some = Sebagian anggota rumah tangga
fields-juminhyo-members = Orang yang perlu dicantumkan
fields-juminhyo-show-relationship = Cantumkan hubungan dengan kepala rumah tangga
fields-juminhyo-show-honseki = Cantumkan domisili terdaftar (本籍) dan kepala daftar keluarga (筆頭者)
fields-juminhyo-show-honseki-help = Pilih "Ya" hanya jika diperlukan, misalnya untuk paspor atau warisan

fields-kisai-has-form = Saya membawa formulir yang perlu disahkan
fields-kisai-submit-to = Tujuan penyerahan

fields-inkan-registrant-name = Nama orang yang mendaftarkan stempel
fields-inkan-has-card = Saya membawa kartu pendaftaran stempel (印鑑登録証)
fields-inkan-card-number = Nomor pendaftaran stempel
fields-inkan-has-seal = Saya membawa stempel (inkan) yang akan didaftarkan
fields-inkan-verification = Cara verifikasi identitas
fields-inkan-verification-photo-id = Tanda pengenal resmi berfoto
fields-inkan-verification-guarantor = Penjamin yang stempelnya terdaftar di wilayah ini
fields-inkan-verification-inquiry = Surat konfirmasi (dikirim lewat pos kemudian)

fields-koseki-honseki = Domisili terdaftar (本籍)
fields-koseki-hittosha = Nama kepala daftar keluarga (筆頭者)
fields-koseki-certificate = Jenis surat keterangan
fields-koseki-certificate-zenbu = Salinan lengkap daftar keluarga (戸籍謄本) 450 yen
fields-koseki-certificate-kojin = Salinan perorangan daftar keluarga (戸籍抄本) 450 yen
fields-koseki-certificate-joseki-zenbu = Salinan lengkap daftar keluarga yang sudah ditutup (除籍) 750 yen
fields-koseki-relation = Hubungan Anda dengan orang yang tercantum dalam daftar keluarga
fields-koseki-relation-self = Diri sendiri
fields-koseki-relation-spouse = Suami atau istri
fields-koseki-relation-lineal = Orang tua, kakek-nenek, anak, cucu, dan sebagainya
fields-koseki-relation-other = Lainnya

fields-fuhyo-scope = Siapa yang dicantumkan
fields-fuhyo-scope-self = Hanya saya
fields-fuhyo-scope-all = Semua orang dalam daftar keluarga

fields-kazei-certificate = Jenis surat keterangan
fields-kazei-certificate-kazei = Surat keterangan pengenaan pajak (bebas pajak)
fields-kazei-certificate-nozei = Surat keterangan pembayaran pajak
fields-kazei-fiscal-year = Tahun fiskal
fields-kazei-fiscal-year-latest = Tahun fiskal terbaru
fields-kazei-fiscal-year-previous = Tahun fiskal sebelumnya
fields-kazei-fiscal-year-before-previous = Tahun fiskal dua tahun lalu
fields-kazei-lived-here-jan1 = Saya tinggal di wilayah ini pada 1 Januari tahun dimulainya tahun fiskal tersebut (contoh: tahun fiskal 2025 → 1 Januari 2025)

fields-move-date = Tanggal pindah
fields-move-out-date = Rencana tanggal pindah keluar (sesuai surat keterangan pindah keluar / 転出証明書)
fields-move-previous-address = Alamat sebelumnya
fields-move-destination-address = Alamat tujuan pindah
fields-move-head-name = Nama kepala rumah tangga
fields-move-previous-head-name = Nama kepala rumah tangga sebelumnya
fields-move-new-postal = Kode pos alamat baru
fields-move-new-address = Alamat baru
fields-move-members = Orang yang pindah
fields-tennyu-date = Tanggal mulai tinggal di sini
fields-tenkyo-date = Tanggal pindah
fields-tenshutsu-date = Tanggal pindah (rencana)
fields-tenshutsu-current-address = Alamat saat ini
fields-tenshutsu-head-name = Nama kepala rumah tangga di alamat baru
fields-household-members = Anggota rumah tangga

fields-kokuho-reason = Alasan bergabung
fields-kokuho-reason-moved-in = Pindah dari luar wilayah ini
fields-kokuho-reason-left-employer-insurance = Keluar dari asuransi kesehatan tempat kerja
fields-kokuho-reason-left-welfare = Tidak lagi menerima bantuan kesejahteraan (生活保護)
fields-kokuho-reason-birth = Ada anak yang lahir
fields-kokuho-reason-other = Lainnya
fields-kokuho-start-date = Tanggal bergabung (tanggal memperoleh hak kepesertaan)
fields-kokuho-previous-insurer = Nama asuransi kesehatan sebelumnya
fields-kokuho-members = Orang yang bergabung

fields-jido-requester-name = Nama pemohon (pencari nafkah utama)
fields-jido-reason = Alasan permohonan
fields-jido-reason-birth = Ada anak yang lahir
fields-jido-reason-moved-in = Pindah dari luar wilayah ini
fields-jido-reason-other = Lainnya
fields-jido-pension = Program pensiun yang Anda ikuti
fields-jido-pension-national = Pensiun Nasional (国民年金)
fields-jido-pension-employee = Pensiun Karyawan (厚生年金)
fields-jido-pension-mutual-aid = Koperasi bantuan bersama (共済組合, pegawai negeri)
fields-jido-has-spouse = Saya memiliki suami atau istri
fields-jido-children = Anak penerima tunjangan

fields-bank-name = Nama bank
fields-bank-branch = Nama cabang
fields-bank-account-type = Jenis rekening
fields-bank-account-type-ordinary = Biasa (tabungan)
fields-bank-account-type-current = Giro
fields-bank-account-number = Nomor rekening (7 digit)
fields-bank-account-holder = Nama pemilik rekening (dalam katakana)

fields-address-prefecture = Prefektur
fields-address-city = Kota, ku, kota kecil, atau desa (市区町村)
fields-address-town = Nama daerah dan nomor blok (番地)
fields-address-building = Nama gedung dan nomor kamar

fields-member-name = Nama lengkap
fields-member-reading = Nama dalam katakana
fields-member-birth = Tanggal lahir
fields-member-relationship = Hubungan dengan kepala rumah tangga
fields-member-sex = Jenis kelamin

fields-relationship-head = Kepala rumah tangga
fields-relationship-spouse = Istri atau suami
fields-relationship-child = Anak
fields-relationship-parent = Ayah atau ibu
fields-relationship-grandparent = Kakek atau nenek
fields-relationship-grandchild = Cucu
fields-relationship-sibling = Saudara kandung
fields-relationship-other = Lainnya

fields-sex-male = Laki-laki
fields-sex-female = Perempuan

fields-answer-yes = Ya
fields-answer-no = Tidak

fields-era-meiji = Meiji
fields-era-taisho = Taisho
fields-era-showa = Showa
fields-era-heisei = Heisei
fields-era-reiwa = Reiwa
