# Terminal de ventanilla (para funcionarios). El japonés es el texto original.
clerk-title = Terminal de ventanilla
clerk-bar-who = Ventanilla { $counter } · funcionario { $clerk }
clerk-online = Conectado al sistema de atención
clerk-offline = Reconectando con el sistema de atención…
clerk-logout = Cerrar sesión

## Inicio de sesión
clerk-login-heading = Iniciar sesión
clerk-login-id = ID de funcionario
clerk-login-pin = PIN
clerk-login-counter = Número de ventanilla
clerk-login-services = Servicios que se llaman en esta ventanilla
clerk-login-submit = Iniciar sesión
clerk-login-pending = Verificando…
clerk-login-missing = Ingrese su ID de funcionario y su PIN
clerk-login-no-counter = Ingrese el número de ventanilla
clerk-login-no-service = Elija al menos un servicio
clerk-login-no-hub = No se ha recibido la lista de servicios del sistema de atención. Verifique la conexión

## Llamados
clerk-no-current = Ningún número en atención
clerk-call-next = Llamar al siguiente
clerk-recall = Volver a llamar
clerk-no-show = Ausente
clerk-finish = Terminar atención
clerk-transfer = Transferir
clerk-walk-in = Atención directa
clerk-pick-transfer = Elija el servicio de destino (teclas numéricas)
clerk-pick-walk-in = Elija el servicio para emitir el número (teclas numéricas)
clerk-cancel = Cancelar
clerk-recalls = { $count ->
    [one] Llamado de nuevo { $count } vez
   *[other] Llamado de nuevo { $count } veces
}
clerk-state-waiting = En espera
clerk-state-called = Llamando
clerk-state-serving = En atención
clerk-state-done = Terminado
clerk-state-no_show = Ausente
clerk-state-transferred = Transferido
clerk-queue-heading = Lista de espera
clerk-queue-count = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
clerk-queue-more = { $count ->
    [one] { $count } persona más
   *[other] { $count } personas más
}
clerk-waited = { $minutes } min de espera
clerk-origin-walk-in = directa
clerk-search-placeholder = Buscar por número (A-012) o kana

## Datos de la solicitud
clerk-no-record = No hay datos de solicitud para este número. Tome los datos en la ventanilla.
clerk-preapp-encrypted = QR (cifrado)
clerk-preapp-plain = QR
clerk-preapp-none = Ingresado en el terminal
clerk-status-received = Por revisar
clerk-status-confirmed = Recibido
clerk-status-rejected = Devuelto
clerk-record-lang = Idioma del solicitante: { $lang }
clerk-record-clean = { $warnings ->
    [one] Sin problemas ({ $warnings } aviso)
   *[other] Sin problemas ({ $warnings } avisos)
}
clerk-record-problems = { $count ->
    [one] { $count } dato por revisar
   *[other] { $count } datos por revisar
}
clerk-record-other-fields = Otros campos
clerk-source-qr = QR
clerk-source-kiosk = Terminal
clerk-source-postal = Datos del código postal
clerk-source-card = Tarjeta My Number
clerk-source-clerk = Corregido por el funcionario
clerk-value-empty = (sin completar)
clerk-edit = Corregir
clerk-save = Guardar
clerk-confirm = Confirmar recepción
clerk-confirm-anyway = Confirmar recepción aun con problemas
clerk-reject = Devolver
clerk-reject-placeholder = Motivo de la devolución
clerk-reject-send = Devolver
clerk-rejected-because = Motivo de la devolución: { $reason }
clerk-keys-hint = F1 llamar · E corregir · Esc cancelar

## Avisos
clerk-notice-called = Se llamó al número { $number }
clerk-notice-nobody = No hay nadie esperando
clerk-notice-numbers-low = Al servicio { $service } le quedan pocos números hoy (quedan { $left })
clerk-notice-finish-first = Termine primero la atención de { $number }
clerk-notice-recalled = Se volvió a llamar al número { $number }
clerk-notice-started = Se inició la atención de { $number }
clerk-notice-done = Se terminó la atención de { $number }
clerk-notice-no-show = { $number } marcado como ausente
clerk-notice-transferred = { $number } transferido al servicio { $service }
clerk-notice-walk-in = Se emitió el número { $number }
clerk-notice-confirmed = Se confirmó la recepción de la solicitud de { $number }
clerk-notice-rejected = Se devolvió la solicitud de { $number }
clerk-notice-edited = Corrección guardada (queda registrada en el historial)
clerk-notice-has-problems = { $count ->
    [one] Hay { $count } dato por revisar. Corríjalo o pulse Ctrl+Enter para confirmar la recepción
   *[other] Hay { $count } datos por revisar. Corríjalos o pulse Ctrl+Enter para confirmar la recepción
}
clerk-notice-reason-needed = Ingrese el motivo de la devolución
clerk-notice-not-found = No se encontró nada
clerk-error-closed = Esta solicitud ya fue revisada y no se puede modificar
clerk-error-no-token = Este terminal no está registrado. Indique el código de registro con --enroll (archivo: { $file })
clerk-error-token-file = No se puede guardar la clave del terminal: { $reason }
clerk-session-expired = Su sesión ha expirado. Vuelva a iniciar sesión
