# Display ng pagtawag sa silid-hintayan. Japanese ang orihinal na teksto.
board-title = Display ng pagtawag
board-calling = Mga numerong tinatawag
board-counter = Counter { $counter }
board-no-calls = Wala pang tinatawag
board-waiting-heading = Kalagayan ng pila
board-waiting = { $count } naghihintay
board-wait-estimate = mga { $minutes } minuto
board-date = { $month }/{ $day }/{ $year }
board-please-go = Kung tinawag ang inyong numero, pumunta po sa counter na nakalagay
board-connecting = Kumokonekta sa sistema ng pila…
board-reconnecting = Muling kumokonekta sa sistema ng pila… (ipinapakita ang huling natanggap na kalagayan)
board-error-language = Hindi kilalang code ng wika: { $code }
board-no-wait = Maaari kayong asikasuhin agad
