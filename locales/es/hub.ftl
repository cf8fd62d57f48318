## Hub: nombres de los servicios, errores, CLI

hub-service-certificates = Certificados
hub-service-moving = Cambio de domicilio y mudanzas
hub-service-tax = Impuestos
hub-service-insurance-pension = Seguro y pensiones

hub-config-error-listen = La dirección de escucha “{ $value }” debe tener el formato “127.0.0.1:8750”
hub-config-error-empty = El valor está vacío
hub-config-error-timezone = La zona horaria “{ $value }” no se puede usar (ejemplo: Asia/Tokyo)
hub-config-error-range = El valor debe estar entre { $min } y { $max }
hub-config-error-no-services = No hay ningún servicio de atención
hub-config-error-prefix = El prefijo del número “{ $value }” debe ser una sola letra mayúscula
hub-config-error-office-id = El identificador de la oficina “{ $value }” solo puede usar minúsculas, dígitos y guiones
hub-config-error-duplicate-prefix = El prefijo del número “{ $value }” está repetido
hub-config-error-counter = El nombre de la ventanilla debe tener de 1 a 16 caracteres

hub-error-database = Falló una operación de la base de datos: { $reason }
hub-error-schema-too-new = No se puede abrir la base de datos: su versión ({ $found }) es más nueva que la de este programa ({ $known })
hub-error-data-dir = No se puede crear la carpeta de datos: { $reason }
hub-error-not-found = No se encontró { $what } { $id }
hub-error-unknown-service = No existe el servicio “{ $service }”
hub-error-unknown-counter = No existe la ventanilla “{ $counter }”
hub-error-no-services-for-counter = La ventanilla “{ $counter }” no atiende ningún servicio
hub-error-numbers-exhausted = Ya se usaron todos los números de hoy
hub-error-no-room-for-lease = No queda ningún bloque de números para prestar
hub-error-bad-transition = Esta atención está en “{ $state }”, por eso no se puede “{ $action }”
hub-error-counter-busy = Esta ventanilla está atendiendo el número { $number }. Termine la atención o márquelo como ausente antes de llamar al siguiente
hub-error-same-service = No se puede transferir al mismo servicio
hub-error-device-name = El nombre del equipo debe tener de 1 a 64 caracteres
hub-error-enroll-code = El código de registro es incorrecto, ya venció o ya se usó
hub-error-clerk-id = El ID del funcionario puede tener letras, números, “-” y “_”, hasta 32 caracteres
hub-error-pin = El PIN debe tener de 4 a 12 números
hub-error-login = ID del funcionario o PIN incorrecto
hub-error-login-locked = { $minutes ->
    [one] Demasiados intentos fallidos: no puede iniciar sesión durante { $minutes } minuto
   *[other] Demasiados intentos fallidos: no puede iniciar sesión durante { $minutes } minutos
}
hub-error-bad-number = El formato del número “{ $number }” no es válido
hub-error-not-leased = El número { $number } no se prestó a este equipo
hub-error-lease-day = Solo se pueden prestar números de hoy o de mañana
hub-error-record-procedures = Los trámites indicados no son válidos
hub-error-record-fields = Hay demasiados campos (como máximo { $max })
hub-error-record-field-name = El nombre del campo “{ $field }” no es válido
hub-error-record-field-size = El valor del campo “{ $field }” es demasiado largo
hub-error-record-source = El origen del campo “{ $field }” no es válido
hub-error-record-my-number = El número individual (My Number) nunca se guarda (campo “{ $field }”)
hub-error-record-lang = El idioma “{ $lang }” no se puede usar
hub-error-record-unknown-procedure = El trámite «{ $procedure }» no está en el catálogo de esta oficina
hub-error-record-unknown-field = El campo «{ $field }» no está en el catálogo de esta oficina
hub-error-record-control-characters = El campo «{ $field }» contiene caracteres de control o marcas de dirección del texto
hub-error-lease-limit = Este dispositivo ya tiene { $outstanding } números prestados sin usar de { $service } (como máximo { $max })
hub-error-audit-key = No se puede leer ni escribir el archivo de clave de auditoría { $path }: { $reason }
hub-error-plain-refused = Esta oficina no acepta solicitudes previas sin cifrar
hub-error-record-closed = Esta solicitud ya fue confirmada o devuelta
hub-error-reject-reason = Escriba el motivo de la devolución, de 1 a 500 caracteres
hub-error-batch-too-large = Se pueden enviar como máximo { $max } elementos a la vez
hub-error-unauthorized = Se requiere autenticación (token del equipo o inicio de sesión del funcionario)
hub-error-forbidden = Este equipo o funcionario no tiene permiso para esta operación
hub-error-body-too-large = El contenido enviado es demasiado grande (como máximo { $max } bytes)
hub-error-not-found-route = Esa API no existe
hub-error-internal = Ocurrió un error interno en el hub
hub-error-query = Para buscar, indique number o kana

hub-cli-enroll-code = Código de registro del equipo “{ $name }” ({ $role }): { $code }
hub-cli-enroll-hint = { $hours ->
    [one] Lea este código QR en el quiosco o escriba el código. Es válido por { $hours } hora y solo se puede usar una vez.
   *[other] Lea este código QR en el quiosco o escriba el código. Es válido por { $hours } horas y solo se puede usar una vez.
}
hub-cli-clerk-added = Se registró al funcionario “{ $id }”
hub-cli-audit-intact = { $entries ->
    [one] El registro de auditoría no ha sido alterado ({ $entries } entrada, último hash { $head })
   *[other] El registro de auditoría no ha sido alterado ({ $entries } entradas, último hash { $head })
}
hub-cli-audit-broken = La entrada { $seq } del registro de auditoría fue alterada
hub-cli-config-problems = El archivo de configuración tiene problemas:

hub-sync-offline = No hay conexión con el hub. Las solicitudes se guardan en este equipo y se enviarán cuando vuelva la conexión
hub-sync-no-lease = No hay conexión con el hub y no quedan números prestados a este equipo
hub-config-error-name-key = La clave del nombre del servicio “{ $value }” no está en el archivo de traducción (locales/ja/hub.ftl)
hub-cli-revoked = Se canceló el registro del equipo { $id }
hub-error-postal-unavailable = Este hub no tiene datos de códigos postales; escriba la dirección a mano
hub-error-login-station-locked = { $minutes ->
    [one] Demasiados intentos fallidos en este puesto: no puede iniciar sesión durante { $minutes } minuto
   *[other] Demasiados intentos fallidos en este puesto: no puede iniciar sesión durante { $minutes } minutos
}
hub-error-enroll-throttled = { $minutes ->
    [one] Demasiados códigos de registro incorrectos: no se puede registrar durante { $minutes } minuto
   *[other] Demasiados códigos de registro incorrectos: no se puede registrar durante { $minutes } minutos
}
hub-error-repeated-service = El servicio “{ $service }” se indicó más de una vez
hub-error-record-other-ticket = El número { $number } lo emitió otro dispositivo; este dispositivo no puede enviar una solicitud para él
hub-cli-pin-prompt = PIN (de 4 a 12 dígitos):
hub-cli-clerk-disabled = Se desactivó al funcionario “{ $id }” (se cerraron sus sesiones abiertas)
