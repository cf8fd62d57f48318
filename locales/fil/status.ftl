## Pahina ng dami ng tao (para sa cellphone)

status-title = { $office }: dami ng tao sa counter
status-heading = Dami ng tao sa counter
status-updated = Kalagayan noong { $time } (kusang nag-a-update)
status-now-calling = Numerong tinatawag ngayon
status-none-calling = Wala
status-waiting = Naghihintay: { $count } tao
status-estimated-wait = Tinatayang paghihintay: mga { $minutes } minuto
status-counter = Counter blg. { $counter }
status-language = Wika
status-no-personal-data = Walang personal na impormasyong ipinapakita sa pahinang ito.
