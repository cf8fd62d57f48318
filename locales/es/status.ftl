## Página del estado de espera (para celular)

status-title = { $office }: estado de la espera
status-heading = Estado de la espera
status-updated = Actualizado a las { $time } (se actualiza automáticamente)
status-now-calling = Números llamados ahora
status-none-calling = Ninguno
status-waiting = { $count ->
    [one] { $count } persona esperando
   *[other] { $count } personas esperando
}
status-estimated-wait = Tiempo de espera aproximado: unos { $minutes } min
status-counter = Ventanilla { $counter }
status-language = Idioma
status-no-personal-data = Esta página no muestra ningún dato personal.
