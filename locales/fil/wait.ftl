## Mga pahina ng paghihintay (para sa telepono, inilalathala sa labas ng network ng opisina)

wait-ticket-title = Ang iyong numero
wait-ward-title = Dami ng tao sa mga counter
wait-language = Wika
wait-loading = Naglo-load…
wait-your-number = Ang iyong numero
wait-ahead = { $count ->
    [0] Walang naghihintay na nauuna sa iyo
    [one] { $count } tao ang nauuna sa iyo
   *[other] { $count } tao ang nauuna sa iyo
}
wait-estimated = Tinatayang paghihintay: mga { $minutes } minuto
wait-soon = Malapit ka nang tawagin. Pakibalik malapit sa counter.
wait-called = Tinatawag ka na
wait-counter = Counter blg. { $counter }
wait-done = Tapos na ang numerong ito. Salamat sa iyong pagbisita.
wait-unknown = Hindi makita ang numerong ito. Nag-expire na ito o mali ang address.
wait-unreachable = Hindi makuha ang impormasyon. Kusang susubukan muli.
wait-stale = Impormasyon noong { $time }. Huminto ang pag-update, kaya maaaring iba na ang kalagayan ngayon.
wait-old = Lumang impormasyon
wait-live = Kusang nag-a-update
wait-alerts-ask = Sabihan ako kapag malapit na
wait-alerts-on = Sasabihan ka kapag malapit na (habang bukas ang pahinang ito).
wait-alerts-off = Hindi pinapayagan ang mga abiso. Sa screen na ito ka sasabihan.
wait-notify-soon = { $number }: malapit ka nang tawagin ({ $count } ang nauuna sa iyo)
wait-notify-called = { $number }: pumunta po sa counter blg. { $counter }
wait-no-personal-data = Walang personal na impormasyong ipinapakita sa pahinang ito.
wait-waiting = Naghihintay: { $count } tao
wait-called-recent = Mga kamakailang tinawag
wait-called-none = Wala pa
wait-open-data = Inilalathala rin ang parehong mga numero bilang open data (JSON), malayang magagamit ng sinuman. Walang personal na impormasyon dito:
wait-ward-empty = Walang opisinang maipapakita.
