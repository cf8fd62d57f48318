# Mga screen ng "Gawin dito" (input na walang sulat).

make-pick-heading = Ano ang gusto ninyong gawin?
make-pick-events = Mga pangyayari sa buhay
make-pick-certificates = Mga sertipiko
make-forms-heading = Piliin ang mga form na isusumite nang sabay
make-forms-required = ✓ { $name } (laging kasama)
make-forms-none = Pumili ng kahit isang form
make-progress = { $current } / { $total }
make-member-number = Tao { $number }
make-household-empty = Wala pang naidaragdag
make-add-person = ＋ Magdagdag ng tao
make-remove = Alisin
make-back = Bumalik
make-next = Susunod
make-skip = Laktawan
make-clear = Burahin lahat
make-backspace = Burahin ang isa
make-kana-space = Espasyo
make-date-western = Taon (Kanluranin)
make-date-year = taon
make-date-month = buwan
make-date-day = araw
make-clerk-note = Itatanong at isusulat ng kawani sa counter ang inyong pangalan sa kanji at ang detalye ng address.
make-clerk-completes = Isusulat ito ng kawani sa counter
