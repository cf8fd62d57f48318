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
