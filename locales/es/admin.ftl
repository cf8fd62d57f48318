# Panel de instalaciones (ajustes del terminal, registro, comprobación de dispositivos) y la cámara de la pantalla de lectura.

## Guardar ajustes
kiosk-admin-saved = Guardado en { $path }
kiosk-admin-save-failed = No se guardó (el archivo anterior no cambió): { $path }: { $reason }
kiosk-admin-refused = Corrija «{ $key }»: { $reason }

## Terminal y hub
kiosk-admin-hub = Dirección del hub
kiosk-admin-enrollment = Registro en el hub
kiosk-admin-enrolled = Este terminal está registrado
kiosk-admin-not-enrolled = Este terminal aún no está registrado
kiosk-admin-enroll-hint = Acerque al lector o a la cámara el QR de registro que muestra el hub, o escriba el código de registro
kiosk-admin-enroll = Registrar
kiosk-admin-enrolling = Registrando…
kiosk-admin-enrolled-as = Registrado en { $hub } como «{ $name }» (se usa tras reiniciar)
kiosk-admin-enroll-no-data-dir = No se puede registrar: no se conoce la carpeta de datos (inicie el terminal con --data-dir)

## Qué se ofrece
kiosk-admin-default-language = Idioma de la pantalla inicial
kiosk-admin-bundles = Paquetes de trámites (acontecimientos de la vida)
kiosk-admin-procedures = Trámites individuales

## Dispositivos
kiosk-admin-camera = Cámara
kiosk-admin-camera-auto = Automática
kiosk-admin-camera-none = Ninguna
kiosk-admin-camera-none-found = No se encontró ninguna cámara
kiosk-admin-camera-found = Cámaras encontradas: { $count }
kiosk-admin-camera-showing = Imágenes de { $device } (recibidas: { $frames })
kiosk-admin-camera-test = Probar esta cámara
kiosk-admin-scanner-test = Prueba del lector (último texto leído)
kiosk-admin-scanner-nothing = Aún no se ha leído nada. Acerque un código QR al lector.

## Sincronización
kiosk-admin-sync = Bandeja de salida y sincronización con el hub
kiosk-admin-sync-none = Este terminal no se sincroniza con un hub
kiosk-admin-sync-never = todavía no
kiosk-admin-sync-online = Conectado al hub
kiosk-admin-sync-offline = No se puede acceder al hub
kiosk-admin-sync-pending = Pendiente de envío: solicitudes { $records }, números { $tickets }
kiosk-admin-sync-last = Última sincronización: { $time }
kiosk-admin-sync-refused = Solicitudes rechazadas por el hub: { $count }
kiosk-admin-quit = Cerrar el programa del terminal

## Cámara de la pantalla de lectura
kiosk-scan-camera-guidance = Acerque el código QR de su teléfono a la cámara o al lector de abajo. No necesita escribir nada.
kiosk-scan-no-camera = No hay cámara. Acerque su código QR al lector.
kiosk-scan-camera-lost = La cámara se desconectó. El lector sigue funcionando.
kiosk-scan-camera-starting = Iniciando la cámara…
