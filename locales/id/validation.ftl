## Pemeriksaan isian (kesalahan dan peringatan)

validation-required = Mohon diisi
validation-too-long = Maksimal { $max } karakter (saat ini { $length } karakter)
validation-control-characters = Ada karakter yang tidak dapat dipakai
validation-script-kanji = Mohon tulis dengan kanji atau kana
validation-script-kana = Mohon tulis dengan hiragana atau katakana
validation-script-latin = Mohon tulis dengan huruf Latin (alfabet)
validation-script-name = Tulis nama dengan kanji dan kana, atau dengan huruf Latin (tanpa angka atau simbol)
validation-script-digits = Mohon isi dengan angka
validation-script-any = Ada karakter yang tidak dapat dipakai
validation-reading-katakana = Mohon tulis dengan katakana
validation-reading-hiragana = Mohon tulis dengan hiragana
validation-reading-kana = Mohon tulis dengan salah satu saja: hiragana atau katakana
validation-date-syntax = Format tanggal tidak benar (contoh: 1985-04-12, 昭和60年4月12日)
validation-date-no-such-day = Tanggal tersebut tidak ada di kalender
validation-date-outside-era = Tanggal tersebut tidak termasuk era { $era } (hari terakhir era { $era } adalah { $last })
validation-date-too-early = Tanggal sebelum 1 Januari 1873 (Meiji 6) tidak dapat diproses
validation-date-future = Tanggal ini melewati hari ini
validation-date-order = Tanggal ini lebih awal daripada tanggal pindah keluar
validation-postal = Masukkan kode pos 7 digit (contoh: 150-0001)
validation-phone = Nomor telepon tidak benar (contoh: 03-1234-5678, 090-1234-5678)
validation-choice = Nilai ini tidak dapat dipilih: { $value }
validation-count-syntax = Mohon isi dengan angka
validation-count-range = Masukkan angka dari { $min } sampai { $max }
validation-yes-no = Pilih "Ya" atau "Tidak"
validation-prefecture = Pilih prefektur
validation-household-too-few = Masukkan minimal { $min } orang
validation-household-too-many = Maksimal { $max } orang
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] Masukkan minimal { $min } anak
       *[other] Masukkan minimal { $min } anak yang belum melewati 31 Maret pertama setelah berusia { $age } tahun
    }
   *[other] Masukkan minimal { $min } orang yang memenuhi syarat
}
validation-relationship = Pilih hubungan keluarga
validation-sex = Pilih jenis kelamin
validation-unknown-part = Isian ini tidak termasuk data anggota rumah tangga
validation-notify-late = Sudah { $days } hari sejak tanggal ini. Batas waktu pelaporan ({ $limit } hari) sudah lewat, sehingga kami mungkin menanyakan alasannya
validation-notify-future = Mohon serahkan laporan ini mulai tanggal tersebut. Periksa kembali tanggalnya
validation-notify-early = Tanggal ini masih { $days } hari lagi. Laporan baru diterima mulai { $limit } hari sebelumnya
validation-warn-proxy-letter = Wakil memerlukan surat kuasa (委任状)
validation-warn-kisai-form = Mohon bawa formulir yang perlu disahkan (yang ditentukan oleh tempat kerja, dll.)
validation-warn-inkan-card = Surat keterangan tidak dapat diterbitkan tanpa kartu pendaftaran stempel (印鑑登録証)
validation-warn-inkan-seal = Stempel yang akan didaftarkan wajib dibawa
validation-warn-inkan-inquiry = Pendaftaran dengan surat konfirmasi mengharuskan Anda datang lagi membawa surat yang kami kirim lewat pos
validation-warn-koseki-third-party = Selain orang yang bersangkutan, suami/istri, atau keluarga garis lurus, pemohon harus menunjukkan alasan dan dokumen pendukungnya
validation-warn-kazei-jan1 = Mohon ajukan permohonan ke kota tempat Anda tinggal pada 1 Januari tahun dimulainya tahun fiskal tersebut (contoh: tahun fiskal 2025 → 1 Januari 2025)
validation-warn-jido-public-servant = Pegawai negeri mengajukan permohonan di tempat kerjanya
