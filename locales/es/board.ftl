# Pantalla de llamados de la sala de espera. El japonés es el texto original.
board-title = Pantalla de llamados
board-calling = Números llamados ahora
board-counter = Ventanilla { $counter }
board-no-calls = Todavía no se ha llamado ningún número
board-waiting-heading = Estado de la espera
board-waiting = { $count ->
    [one] { $count } persona esperando
   *[other] { $count } personas esperando
}
board-wait-estimate = unos { $minutes } min
board-date = { $day }/{ $month }/{ $year }
board-please-go = Si llaman su número, diríjase a la ventanilla indicada
board-connecting = Conectando con el sistema de atención…
board-reconnecting = Reconectando con el sistema de atención… (se muestra la última información recibida)
board-error-language = Código de idioma desconocido: { $code }
board-no-wait = Sin espera
