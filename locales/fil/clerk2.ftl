# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = Tawag sa kawani ({ $count })
clerk-staff-call-answer = Sagutin
clerk-staff-call-taken = Pumunta sa { $kiosk }
hub-error-staff-call-note = Hanggang { $max } na character lang ang dahilan
hub-error-staff-call-answered = Nasagot na ang tawag na ito ({ $clerk })
clerk-error-unreachable = Hindi maabot ang hub. Tingnan ang network at kung tumatakbo ang hub
clerk-export-open = Export at estadistika
clerk-export-close = Bumalik sa pila
clerk-export-heading = Export at estadistika ng { $day }
clerk-export-prev-day = Nakaraang araw
clerk-export-next-day = Susunod na araw
clerk-export-records = CSV ng mga rekord
clerk-export-stats = CSV ng estadistika
clerk-export-saved = Na-save: { $path }
clerk-export-failed = Hindi ma-save: { $reason }
clerk-stats-visits = Mga bisita bawat serbisyo
clerk-stats-languages = Mga wikang ginamit
clerk-stats-wait = Paghihintay bago tawagin: karaniwan { $avg } min, 90% sa loob ng { $p90 } min
clerk-stats-wait-none = Wala pang tinatawag
clerk-stats-qr = QR pre-application: { $percent }% ng mga bisita
clerk-stats-empty = Walang bisita sa araw na ito
hub-error-bad-date = Hindi wasto ang petsang { $date } (YYYY-MM-DD)
hub-error-body-syntax = Hindi wastong JSON ang ipinadala
hub-error-body-data = May kulang o maling uri na field sa ipinadala ({ $path })
hub-error-body-type = Ipadala bilang JSON (application/json)
# A chart with nothing to show yet.
clerk-stats-none = Wala pa
# The record panel before anyone is called.
clerk-record-hint = Tawagin ang susunod (F1) at lalabas dito ang kanyang aplikasyon.
clerk-postal-choose = Maraming lugar ang sakop ng postal code na { $code }; pumili ng isa
clerk-postal-unknown = Hindi nahanap ang postal code na { $code }
clerk-postal-filled = mula sa postal code (hindi pa naka-save)
