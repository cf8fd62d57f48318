## Nama prosedur (formulir), barang yang perlu dibawa, kesalahan daftar prosedur

procedures-juminhyo-utsushi = Salinan surat keterangan domisili (住民票の写し)
procedures-juminhyo-kisai-jiko = Surat keterangan isi catatan domisili (住民票記載事項証明書)
procedures-inkan-shomei = Surat keterangan stempel terdaftar (印鑑登録証明書)
procedures-koseki-shomei = Surat keterangan daftar keluarga (戸籍謄本・抄本)
procedures-fuhyo-utsushi = Salinan lampiran alamat daftar keluarga (戸籍の附票の写し)
procedures-kazei-shomei = Surat keterangan pengenaan pajak (bebas pajak) / surat keterangan pembayaran pajak
procedures-tennyu = Laporan pindah masuk dari kota lain (転入届)
procedures-tenkyo = Laporan pindah alamat di dalam wilayah yang sama (転居届)
procedures-tenshutsu = Laporan pindah keluar ke kota lain (転出届)
procedures-inkan-toroku = Pendaftaran stempel (印鑑登録)
procedures-kokuho-kanyu = Pendaftaran Asuransi Kesehatan Nasional (国民健康保険)
procedures-jido-teate = Permohonan tunjangan anak (児童手当)

procedures-bundle-hikkoshi-tennyu = Pindah (dari luar wilayah)
procedures-bundle-hikkoshi-tenkyo = Pindah (di dalam wilayah)
procedures-bundle-hikkoshi-tenshutsu = Pindah (ke luar wilayah)
procedures-bundle-shomeisho = Mengambil surat keterangan

procedures-doc-identity = Dokumen identitas (Kartu My Number, SIM, paspor, dll.)
procedures-doc-proxy-letter = Bagi wakil: surat kuasa (委任状)
procedures-doc-certify-form = Formulir yang perlu disahkan (yang ditentukan oleh tempat kerja, sekolah, dll.)
procedures-doc-inkan-card = Kartu pendaftaran stempel (印鑑登録証)
procedures-doc-tenshutsu-certificate = Surat keterangan pindah keluar (転出証明書) (tidak diperlukan jika Anda melapor pindah keluar dengan Kartu My Number)
procedures-doc-mynumber-cards = Kartu My Number semua orang yang pindah (bagi yang memiliki)
procedures-doc-insurance-cards = Surat konfirmasi kepesertaan (資格確認書) Asuransi Kesehatan Nasional, dll. (bagi peserta)
procedures-doc-insurance-loss = Dokumen yang menunjukkan tanggal berhenti dari asuransi kesehatan sebelumnya (資格喪失証明書, dll.)
procedures-doc-seal = Stempel yang akan didaftarkan
procedures-doc-photo-id = Tanda pengenal resmi berfoto (Kartu My Number, SIM, dll.)
procedures-doc-bank-account = Buku tabungan atau kartu ATM atas nama pemohon

procedures-error-unknown = Prosedur "{ $id }" tidak ada
procedures-error-unknown-bundle = Paket prosedur "{ $id }" tidak ada
