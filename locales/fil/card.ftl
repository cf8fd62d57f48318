# Pagbasa ng My Number Card (src/card)
card-error-no-reader = Walang nakitang card reader. Tingnan kung nakakabit ito at kung tumatakbo ang pcscd
card-error-reader-unplugged = Natanggal ang card reader
card-error-no-card = Walang card sa reader
card-error-card-removed = Naalis ang card habang binabasa. Pakilagay ulit
card-error-not-my-number-card = Hindi ito My Number Card
card-error-wrong-pin = Mali ang PIN. { $tries ->
    [one] Kapag nagkamali pa ng isang beses, mala-lock ito
   *[other] Kapag nagkamali pa ng { $tries } beses, mala-lock ito
}
card-error-pin-blocked = Naka-lock ang PIN. Pakipa-unlock sa counter
card-error-timeout = Hindi sumasagot ang card reader
card-error-malformed = Hindi mabasa ang impormasyon sa card
card-error-pin-format = Ang PIN ay 4 na numero
card-error-unexpected = Hindi inaasahang sagot mula sa card ({ $status })
card-error-reader = Error ng card reader: { $detail }

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = Punan gamit ang My Number Card
card-cancel = Kanselahin
card-place-heading = Pakilagay ang inyong My Number Card
card-place-body = Iwan ang card sa reader. Pangalan, address, petsa ng kapanganakan at kasarian lang ang binabasa. Hindi kailanman binabasa ang Individual Number (My Number)
card-pin-heading = Ilagay ang PIN (4 na numero)
card-pin-tries = { $tries ->
    [one] Maaari pa kayong maglagay nang 1 beses
   *[other] Maaari pa kayong maglagay nang { $tries } beses
}
card-pin-read = Basahin
card-reading = Binabasa. Huwag galawin ang card
card-counter-heading = Pakipunta sa counter
card-counter-last-try = Kapag nagkamali pa ng isang beses, mala-lock ang PIN. Huwag itong ilagay dito; magtanong sa staff sa counter
card-counter-blocked = Naka-lock ang PIN. Maaari itong i-unlock sa counter
card-failed-heading = Hindi mabasa ang card
card-retry = Subukan ulit
