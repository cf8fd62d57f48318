# Data kode pos (src/postal)
postal-error-read = { $path } tidak dapat dibaca: { $reason }
postal-error-columns = Baris { $line }: { $columns } kolom (seharusnya 15)
postal-error-code = Baris { $line }: kode pos "{ $value }" bukan 7 digit
postal-error-flag = Baris { $line }: penanda di kolom { $column } adalah "{ $value }", bukan satu digit
postal-error-unclosed = Baris { $line }: tanda kurung tidak ditutup
postal-error-empty = { $path } tidak berisi baris kode pos
postal-error-index = Indeks kode pos { $path }: { $reason }
postal-error-no-index = Tidak ada indeks kode pos di { $path }. Jalankan dulu madoguchi postal import
