# Mga screen ng kiosk para sa mga residente. Wikang Hapon ang orihinal.

## Screen ng pagtanggap
kiosk-welcome-heading = Maligayang pagdating
kiosk-welcome-attract = Ito ang counter na hindi na kailangang magsulat. Pindutin lang ang screen para kumuha ng numero o ihanda ang inyong aplikasyon.
kiosk-welcome-start = Magsimula
kiosk-welcome-choose-language = Maaaring pumili ng wika

## Mga button sa itaas
kiosk-bar-home = Bumalik sa simula
kiosk-bar-language = Wika / Language
kiosk-bar-large-text = Mas malaking titik
kiosk-bar-normal-text = Karaniwang laki ng titik
kiosk-bar-high-contrast = Itim at puti (mas malinaw)
kiosk-bar-normal-contrast = Karaniwang kulay
kiosk-language-heading = Pumili ng wika

## Pakay
kiosk-choose-heading = Ano po ang inyong kailangan?
kiosk-choose-qr = May QR code ako
kiosk-choose-qr-hint = I-scan ang QR code ng aplikasyong ginawa ninyo sa sariling smartphone
kiosk-choose-make = Gumawa ng aplikasyon dito
kiosk-choose-make-hint = Sagutin lang ang mga tanong; hindi na kailangang magsulat
kiosk-choose-number = Numero lang ang kukunin
kiosk-choose-number-hint = Gagawin ang proseso kasama ang kawani sa counter
kiosk-choose-staff = Tumawag ng kawani
kiosk-choose-staff-hint = Pupuntahan kayo ng kawani
kiosk-services-heading = Para saang counter ang inyong numero?
kiosk-issuing = Inilalabas ang inyong numero…

## Mga counter (halimbawang tanggapan)

## Numero
kiosk-ticket-heading = Ang inyong numero
kiosk-ticket-ahead = { $count ->
    [0] Walang naghihintay bago kayo
   *[other] May { $count } taong naghihintay bago kayo
}
kiosk-ticket-wait = Tinatayang paghihintay: mga { $minutes } minuto
kiosk-ticket-qr-hint = I-scan gamit ang smartphone para makita kung aling numero ang tinatawag
kiosk-ticket-returning = Babalik sa unang screen pagkalipas ng { $seconds } segundo
kiosk-ticket-done = Tapos na

## Kapag walang galaw
kiosk-idle-warning = Walang galaw kaya babalik sa unang screen pagkalipas ng { $seconds } segundo. Mabubura ang inyong inilagay.
kiosk-idle-continue = Magpatuloy

## Mga abiso
kiosk-notice-ok = Bumalik sa unang screen
kiosk-staff-called-heading = Tinawag na ang kawani
kiosk-staff-called-body = Maghintay lang po rito. Darating ang kawani.
kiosk-error-heading = Hindi ito nagtagumpay
kiosk-error-unreachable = Hindi makakonekta sa sistema ng pila. Pakisabihan ang kawaning malapit sa inyo.
kiosk-error-unknown-service = Hindi tumatanggap ngayon ang counter na pinili ninyo.

## Pamamahala ng pasilidad (para sa kawani)
kiosk-admin-pin-heading = Ilagay ang PIN ng pamamahala
kiosk-admin-pin-wrong = Mali ang PIN
kiosk-admin-pin-locked = Sunud-sunod na mali: hindi makakapaglagay sa loob ng { $seconds } segundo
kiosk-admin-pin-not-configured = Walang nakatakdang PIN ([admin] pin_hash sa kiosk.toml)
kiosk-admin-pin-checking = Sinusuri…
kiosk-admin-ok = Sige
kiosk-admin-cancel = Isara
kiosk-keypad-clear = Burahin lahat
kiosk-keypad-backspace = Burahin ang isa
kiosk-admin-panel-heading = Pamamahala ng pasilidad
kiosk-admin-name = Pangalan ng kiosk
kiosk-admin-idle-timeout = Segundong walang galaw bago bumalik sa simula
kiosk-admin-languages = Mga wikang ipapakita
kiosk-admin-apply = Ilapat
kiosk-admin-applied = Nailapat na (hanggang mag-restart ang kiosk na ito)
kiosk-admin-close = Isara

## Mga mali sa setting
kiosk-cli-pin-invalid = Ang PIN ay dapat hindi bababa sa 4 na digit
kiosk-service-prefix = Counter { $prefix }
kiosk-offline-banner = Hindi nakakonekta sa sistema ng pila. Makakakuha pa rin ng numero sa kiosk na ito, at ise-save ang mga aplikasyon at ipapadala kapag nakakonekta na muli.
kiosk-scan-heading = I-scan ang QR code
kiosk-scan-guidance = Itapat ang QR code sa screen ng inyong smartphone sa reader sa ibaba. Hindi na kailangang mag-type.
kiosk-scan-next-part = Ngayon, itapat ang susunod na QR code (kahit anong pagkakasunod)
kiosk-scan-back = Bumalik
kiosk-scan-file = Basahin ang halimbawang QR code
kiosk-scan-no-code = Walang nakitang QR code. Pakitapat muli.
kiosk-review-heading = Pakisuri ang nilalaman ng inyong aplikasyon
kiosk-review-unknown-procedure = Hindi tinatanggap sa counter na ito ang prosesong "{ $id }" ng QR code na ito. Pakisabihan ang kawani.
kiosk-review-fix-marked = Pakipiling muli ang mga may marka
kiosk-review-staff-will-check = Susuriin ng kawani kasama ninyo sa counter ang mga may marka
kiosk-review-back = Bumalik sa pag-scan
kiosk-review-confirm = Ipadala ang aplikasyon at kumuha ng numero
kiosk-review-empty = (walang laman)
kiosk-review-change = Baguhin
kiosk-review-done = Sige
kiosk-review-fee = Bayad: { $yen } yen
kiosk-review-bring = Mga dapat dalhin:
