# Lectura de la tarjeta My Number (src/card)
card-error-no-reader = No se encontró ningún lector de tarjetas. Compruebe la conexión y que pcscd esté en ejecución
card-error-reader-unplugged = Se desconectó el lector de tarjetas
card-error-no-card = No hay ninguna tarjeta en el lector
card-error-card-removed = La tarjeta se separó del lector durante la lectura. Vuelva a colocarla
card-error-not-my-number-card = Esta no es una tarjeta My Number
card-error-wrong-pin = El PIN es incorrecto. { $tries ->
    [one] Con un error más se bloqueará
   *[other] Con { $tries } errores más se bloqueará
}
card-error-pin-blocked = El PIN está bloqueado. Pida que lo desbloqueen en la ventanilla
card-error-timeout = El lector de tarjetas no responde
card-error-malformed = No se pudo leer la información de la tarjeta
card-error-pin-format = El PIN tiene 4 dígitos
card-error-unexpected = La tarjeta dio una respuesta inesperada ({ $status })
card-error-reader = Error del lector de tarjetas: { $detail }

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = Rellenar con la tarjeta My Number
card-cancel = Cancelar
card-place-heading = Coloque su tarjeta My Number
card-place-body = Deje la tarjeta sobre el lector. Solo se leen el nombre, la dirección, la fecha de nacimiento y el sexo. El número individual (My Number) nunca se lee
card-pin-heading = Introduzca el PIN (4 dígitos)
card-pin-tries = { $tries ->
    [one] Puede introducirlo 1 vez más
   *[other] Puede introducirlo { $tries } veces más
}
card-pin-read = Leer
card-reading = Leyendo. No mueva la tarjeta
card-counter-heading = Diríjase a la ventanilla
card-counter-last-try = Un error más bloquearía el PIN. No lo introduzca aquí; consulte al personal de la ventanilla
card-counter-blocked = El PIN está bloqueado. Se puede desbloquear en la ventanilla
card-failed-heading = No se pudo leer la tarjeta
card-retry = Intentar de nuevo
