# Terminal ng counter (para sa kawani). Japanese ang orihinal na teksto.
clerk-title = Terminal ng counter
clerk-bar-who = Counter { $counter } ・ Kawani { $clerk }
clerk-online = Nakakonekta sa sistema ng pila
clerk-offline = Muling kumokonekta sa sistema ng pila…
clerk-logout = Mag-log out

## Pag-log in
clerk-login-heading = Mag-log in
clerk-login-id = ID ng kawani
clerk-login-pin = PIN
clerk-login-counter = Numero ng counter
clerk-login-services = Mga serbisyong tatawagin sa counter na ito
clerk-login-submit = Mag-log in
clerk-login-pending = Sinusuri…
clerk-login-missing = Ilagay ang ID ng kawani at ang PIN
clerk-login-no-counter = Ilagay ang numero ng counter
clerk-login-no-service = Pumili ng kahit isang serbisyo
clerk-login-no-hub = Hindi pa natatanggap mula sa sistema ng pila ang listahan ng mga serbisyo. Pakisuri ang koneksyon

## Pagtawag
clerk-no-current = Walang numerong inaasikaso
clerk-call-next = Tawagin ang susunod
clerk-recall = Tawagin muli
clerk-no-show = Hindi dumating
clerk-finish = Tapos na
clerk-transfer = Ilipat
clerk-walk-in = Tumanggap ng walk-in
clerk-pick-transfer = Pumili ng serbisyong paglilipatan (gamitin ang mga number key)
clerk-pick-walk-in = Pumili ng serbisyong bibigyan ng numero (gamitin ang mga number key)
clerk-cancel = Kanselahin
clerk-recalls = Tinawag muli nang { $count } beses
clerk-state-waiting = Naghihintay
clerk-state-called = Tinatawag
clerk-state-serving = Inaasikaso
clerk-state-done = Tapos na
clerk-state-no_show = Hindi dumating
clerk-state-transferred = Nailipat na
clerk-queue-heading = Listahan ng naghihintay
clerk-queue-count = { $count } tao
clerk-queue-more = at { $count } pa
clerk-waited = { $minutes } minutong naghihintay
clerk-origin-walk-in = walk-in
clerk-search-placeholder = Maghanap gamit ang numero (A-012) o kana

## Nilalaman ng aplikasyon
clerk-no-record = Walang datos ng aplikasyon ang numerong ito. Alamin ang detalye sa counter.
clerk-preapp-encrypted = QR (naka-encrypt)
clerk-preapp-plain = QR
clerk-preapp-none = Inilagay sa kiosk
clerk-status-received = Hindi pa nasusuri
clerk-status-confirmed = Tinanggap na
clerk-status-rejected = Ibinalik
clerk-record-lang = Wika ng aplikante: { $lang }
clerk-record-clean = Walang problema ({ $warnings } paalala)
clerk-record-problems = { $count } dapat suriin
clerk-record-other-fields = Iba pang detalye
clerk-source-qr = QR
clerk-source-kiosk = Inilagay sa kiosk
clerk-source-postal = Datos ng postal code
clerk-source-card = My Number Card
clerk-source-clerk = Inayos ng kawani
clerk-value-empty = (walang laman)
clerk-edit = Ayusin
clerk-save = I-save
clerk-confirm = Tanggapin
clerk-confirm-anyway = Tanggapin kahit may problema
clerk-reject = Ibalik
clerk-reject-placeholder = Dahilan ng pagbabalik
clerk-reject-send = Ibalik
clerk-rejected-because = Dahilan ng pagbabalik: { $reason }
clerk-keys-hint = F1 tawagin ・ E ayusin ・ Esc kanselahin

## Mga abiso
clerk-notice-called = Tinawag ang { $number }
clerk-notice-nobody = Walang naghihintay
clerk-notice-numbers-low = Paubos na ang mga numero ng { $service } ngayong araw ({ $left } na lang)
clerk-notice-finish-first = Tapusin muna ang { $number }
clerk-notice-recalled = Tinawag muli ang { $number }
clerk-notice-started = Sinimulang asikasuhin ang { $number }
clerk-notice-done = Natapos ang { $number }
clerk-notice-no-show = Minarkahang hindi dumating ang { $number }
clerk-notice-transferred = Inilipat ang { $number } sa serbisyong { $service }
clerk-notice-walk-in = Naglabas ng numerong { $number }
clerk-notice-confirmed = Tinanggap ang aplikasyon ng { $number }
clerk-notice-rejected = Ibinalik ang aplikasyon ng { $number }
clerk-notice-edited = Na-save ang pagbabago (nakatala ito)
clerk-notice-has-problems = May { $count } detalyeng dapat suriin. Ayusin, o pindutin ang Ctrl+Enter para tanggapin pa rin
clerk-notice-reason-needed = Ilagay ang dahilan ng pagbabalik
clerk-notice-not-found = Walang nahanap
clerk-error-closed = Nasuri na ang aplikasyong ito kaya hindi na mababago
clerk-error-no-token = Hindi nakarehistro ang terminal na ito. Ibigay ang code ng pagpaparehistro gamit ang --enroll (lalagyan: { $file })
clerk-error-token-file = Hindi ma-save ang susi ng terminal: { $reason }
clerk-session-expired = Nag-expire na ang inyong pag-log in. Mag-log in muli
