# Impresora de turnos (recibo): quiosco, panel de instalaciones, `madoguchi print slip`.

## Estados y errores de la impresora
print-error-uri = Dirección de impresora no válida: "{ $uri }" (tcp://HOST:9100 o usb:/dev/usb/lp0)
print-error-connect = No se puede conectar con la impresora { $printer }: { $reason }
print-error-write = No se pudieron enviar datos a la impresora { $printer }: { $reason }
print-error-reply = La respuesta de la impresora no es un estado ESC/POS
print-error-interrupted = La impresión se detuvo antes de enviar el turno
print-state-online = Lista para imprimir
print-state-paper-near-end = Lista para imprimir (queda poco papel)
print-state-paper-out = Sin papel
print-state-cover-open = La tapa está abierta
print-state-offline = La impresora está fuera de línea
print-state-error = La impresora indica un error
print-state-unknown = Enviado (la impresora no informa de su estado)

## El turno
print-slip-number = Su número
print-slip-issued = Emitido { $time }
print-slip-resident-line = Espere hasta que llamen a su número. Escanee el código QR para ver la fila.
print-slip-sample-office = Oficina del distrito Madoguchi (muestra)
print-staff-call-note = Impresora de turnos: { $problem }

## madoguchi print slip
print-cli-lang = No existe el idioma "{ $lang }" (ja, en, zh-Hans, …)
print-cli-written = Imagen del turno guardada: { $file }
print-cli-printed = Turno de muestra impreso en { $printer } ({ $state })

## [printer] en kiosk.toml
config-kiosk-printer-uri = El uri de la impresora "{ $uri }" debe ser tcp://HOST:9100 o usb:/dev/usb/lp0
config-kiosk-printer-paper = El ancho del papel paper_mm debe ser 58 u 80 ({ $paper })

## Panel de instalaciones
kiosk-admin-printer = Impresora de turnos
kiosk-admin-printer-none = Sin configurar ([printer] en kiosk.toml)
kiosk-admin-printer-busy = Consultando la impresora…
kiosk-admin-printer-unchecked = Aún no comprobada
kiosk-admin-printer-test = Impresión de prueba

## Cuando no sale el turno (para el residente)
kiosk-ticket-slip-paper-out = La impresora no tiene papel: tome una foto de su número en la pantalla. Se ha avisado al personal.
kiosk-ticket-slip-cover-open = La tapa de la impresora está abierta: tome una foto de su número en la pantalla. Se ha avisado al personal.
kiosk-ticket-slip-failed = No se pudo imprimir su turno: tome una foto de su número en la pantalla. Se ha avisado al personal.
