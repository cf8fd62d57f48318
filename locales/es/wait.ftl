## Páginas de espera (para el móvil, publicadas fuera de la red de la oficina)

wait-ticket-title = Su número de turno
wait-ward-title = Afluencia en las ventanillas
wait-language = Idioma
wait-loading = Cargando…
wait-your-number = Su número
wait-ahead = { $count ->
    [0] No hay nadie delante de usted
    [one] { $count } persona delante de usted
   *[other] { $count } personas delante de usted
}
wait-estimated = Tiempo de espera aproximado: unos { $minutes } min
wait-soon = Pronto lo llamarán. Vuelva cerca de la ventanilla, por favor.
wait-called = Están llamando su número
wait-counter = Ventanilla { $counter }
wait-done = La atención de este número ha terminado. Gracias por su visita.
wait-unknown = No se encuentra este número de turno. Ha caducado o la dirección es incorrecta.
wait-unreachable = No se puede obtener la información. Se volverá a intentar automáticamente.
wait-stale = Información de las { $time }. Las actualizaciones se han detenido, así que la situación puede haber cambiado.
wait-old = Información antigua
wait-live = Se actualiza automáticamente
wait-alerts-ask = Avisarme cuando falte poco
wait-alerts-on = Se le avisará cuando falte poco (mientras esta página esté abierta).
wait-alerts-off = Las notificaciones no están permitidas. Esta pantalla le avisará.
wait-notify-soon = { $number }: pronto lo llamarán ({ $count } delante de usted)
wait-notify-called = { $number }: diríjase a la ventanilla { $counter }
wait-no-personal-data = Esta página no muestra ningún dato personal.
wait-waiting = { $count ->
    [one] { $count } persona esperando
   *[other] { $count } personas esperando
}
wait-called-recent = Números llamados hace poco
wait-called-none = Ninguno todavía
wait-open-data = Las mismas cifras se publican como datos abiertos (JSON), de uso libre para cualquiera. No contienen datos personales:
wait-ward-empty = No hay ninguna oficina que mostrar.
