# Pantalla del terminal de atención (quiosco). El japonés es el texto original.

## Pantalla de bienvenida
kiosk-welcome-heading = Bienvenido/a
kiosk-welcome-attract = Aquí no necesita llenar formularios a mano. Solo toque la pantalla para sacar un número de turno o preparar su solicitud.
kiosk-welcome-start = Empezar
kiosk-welcome-choose-language = Elija el idioma

## Botones de la parte superior
kiosk-bar-home = Volver al inicio
kiosk-bar-language = Idioma / Language
kiosk-bar-large-text = Letra más grande
kiosk-bar-normal-text = Letra normal
kiosk-bar-high-contrast = Alto contraste
kiosk-bar-normal-contrast = Colores normales
kiosk-language-heading = Elija el idioma

## ¿Qué necesita?
kiosk-choose-heading = ¿Qué desea hacer?
kiosk-choose-qr = Tengo un código QR
kiosk-choose-qr-hint = Lea el código QR de la solicitud que hizo en su celular
kiosk-choose-make = Hacer la solicitud aquí
kiosk-choose-make-hint = Solo responda unas preguntas, sin escribir nada
kiosk-choose-number = Solo sacar un número de turno
kiosk-choose-number-hint = Haga el trámite en la ventanilla con un funcionario
kiosk-choose-staff = Llamar a un funcionario
kiosk-choose-staff-hint = Un funcionario vendrá a atenderle
kiosk-services-heading = ¿Para qué ventanilla es el número?
kiosk-issuing = Emitiendo su número…

## Ventanillas (oficina de ejemplo)

## Número de turno
kiosk-ticket-heading = Su número
kiosk-ticket-ahead = { $count ->
    [0] No hay nadie esperando antes que usted
    [one] Hay { $count } persona esperando antes que usted
   *[other] Hay { $count } personas esperando antes que usted
}
kiosk-ticket-wait = Tiempo de espera aproximado: unos { $minutes } min
kiosk-ticket-qr-hint = Léalo con su celular para seguir los llamados
kiosk-ticket-returning = Volverá a la pantalla inicial en { $seconds } s
kiosk-ticket-done = Terminar

## Sin actividad
kiosk-idle-warning = Sin actividad: la pantalla volverá al inicio en { $seconds } s. Lo que ingresó se borrará.
kiosk-idle-continue = Continuar

## Avisos
kiosk-notice-ok = Volver al inicio
kiosk-staff-called-heading = Hemos llamado a un funcionario
kiosk-staff-called-body = Por favor, espere aquí. Un funcionario vendrá a atenderle.
kiosk-error-heading = Algo salió mal
kiosk-error-unreachable = No hay conexión con el sistema de atención. Por favor, consulte con un funcionario cercano.
kiosk-error-unknown-service = La ventanilla que eligió no está atendiendo en este momento.

## Administración (personal)
kiosk-admin-pin-heading = Ingrese el PIN de administración
kiosk-admin-pin-wrong = PIN incorrecto
kiosk-admin-pin-locked = Demasiados intentos fallidos: no se puede ingresar durante { $seconds } s
kiosk-admin-pin-not-configured = No se ha configurado un PIN ([admin] pin_hash en kiosk.toml)
kiosk-admin-pin-checking = Verificando…
kiosk-admin-ok = Aceptar
kiosk-admin-cancel = Cerrar
kiosk-keypad-clear = Borrar todo
kiosk-keypad-backspace = Borrar 1 dígito
kiosk-admin-panel-heading = Administración
kiosk-admin-name = Nombre del terminal
kiosk-admin-idle-timeout = Segundos sin actividad antes de volver al inicio
kiosk-admin-languages = Idiomas que se muestran
kiosk-admin-apply = Aplicar
kiosk-admin-applied = Aplicado (válido hasta que se reinicie este terminal)
kiosk-admin-close = Cerrar

## Errores de configuración
kiosk-cli-pin-invalid = El PIN debe tener al menos 4 números
kiosk-service-prefix = Ventanilla { $prefix }
kiosk-offline-banner = Sin conexión con el sistema de atención. Puede sacar su número de turno en este terminal; las solicitudes se guardan y se enviarán en cuanto vuelva la conexión.
kiosk-scan-heading = Lectura del código QR
kiosk-scan-guidance = Acerque el código QR de la pantalla de su celular al lector de abajo. No necesita escribir nada.
kiosk-scan-next-part = Ahora acerque el siguiente código QR (en cualquier orden)
kiosk-scan-back = Volver
kiosk-scan-file = Leer el código QR de ejemplo
kiosk-scan-no-code = No se encontró ningún código QR. Acérquelo de nuevo.
kiosk-review-heading = Revise los datos de su solicitud
kiosk-review-unknown-procedure = El trámite “{ $id }” de este código QR no se atiende en esta oficina. Por favor, consulte con un funcionario.
kiosk-review-fix-marked = Vuelva a elegir los datos marcados
kiosk-review-staff-will-check = Un funcionario revisará con usted los datos marcados en la ventanilla
kiosk-review-back = Volver a la lectura
kiosk-review-confirm = Enviar la solicitud y sacar un número
kiosk-review-empty = (sin completar)
kiosk-review-change = Cambiar
kiosk-review-done = Confirmar
kiosk-review-fee = Tasa: { $yen } yenes
kiosk-review-bring = Lo que debe traer:
