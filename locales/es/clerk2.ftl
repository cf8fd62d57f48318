# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = Llamadas al personal ({ $count })
clerk-staff-call-answer = Atender
clerk-staff-call-taken = Vaya a { $kiosk }
hub-error-staff-call-note = El motivo puede tener como máximo { $max } caracteres
hub-error-staff-call-answered = Esta llamada ya fue atendida ({ $clerk })
clerk-error-unreachable = No se puede conectar con el hub. Revise la red y que el hub esté encendido
clerk-export-open = Exportación y estadísticas
clerk-export-close = Volver a la fila
clerk-export-heading = Exportación y estadísticas del { $day }
clerk-export-prev-day = Día anterior
clerk-export-next-day = Día siguiente
clerk-export-records = CSV de registros
clerk-export-stats = CSV de estadísticas
clerk-export-saved = Guardado: { $path }
clerk-export-failed = No se pudo guardar: { $reason }
clerk-stats-visits = Visitas por servicio
clerk-stats-languages = Idiomas usados
clerk-stats-wait = Espera hasta la llamada: media de { $avg } min, el 90% en { $p90 } min o menos
clerk-stats-wait-none = Todavía no se ha llamado a nadie
clerk-stats-qr = Presolicitud con QR: { $percent }% de las visitas
clerk-stats-empty = No hubo visitas este día
hub-error-bad-date = La fecha { $date } no es válida (AAAA-MM-DD)
hub-error-body-syntax = El cuerpo de la solicitud no es JSON válido
hub-error-body-data = Falta un campo del cuerpo de la solicitud o su tipo es incorrecto ({ $path })
hub-error-body-type = Envíe el cuerpo de la solicitud como JSON (application/json)
# A chart with nothing to show yet.
clerk-stats-none = Todavía no hay
# The record panel before anyone is called.
clerk-record-hint = Llame al siguiente (F1) y su solicitud aparecerá aquí.
clerk-postal-choose = El código postal { $code } corresponde a varias localidades; elija una
clerk-postal-unknown = No se encontró el código postal { $code }
clerk-postal-filled = del código postal (sin guardar)
