## HTTPS del hub, límites de conexión, el certificado en que confían los equipos (hub, sync)

hub-config-error-tls-pair = Para usar el certificado propio del distrito, indique cert_chain y key en [tls]
hub-config-error-tls-name = El nombre “{ $value }” no puede ir en un certificado: escriba un nombre de host o una dirección IP
hub-tls-error-files = No se puede usar el archivo de certificado { $path }: { $reason }
hub-tls-error-certificate = No se puede preparar el certificado: { $reason }
hub-tls-error-empty-chain = { $path } no contiene ningún certificado
hub-error-plain-on-lan = { $addr } es accesible desde la LAN, por lo que el hub no se inicia con HTTP sin cifrar. Ponga [tls] mode en “auto” u “on”; solo si no hay otra opción, indique insecure = true (o --insecure)
hub-error-timeout = La solicitud no se recibió o no se procesó a tiempo
hub-cli-insecure-warning = Aviso: HTTP sin cifrar en { $addr } (insecure). Nombres, direcciones y tokens viajan por la red sin protección
hub-cli-enroll-fingerprint = Huella (SHA-256) del certificado de la CA del hub: { $fingerprint }. Los equipos solo confían en este certificado. Si lo escribe a mano, escriba toda la línea que hay bajo el código QR.
hub-sync-untrusted = El certificado del hub no es el que tenía al registrar el equipo, así que se rechazó la conexión. Consulte al personal encargado de la configuración
hub-sync-ca-mismatch = La huella del certificado de la CA del hub no coincide con la del código de registro, así que se detuvo el registro
hub-sync-no-fingerprint = Para registrarse en un hub HTTPS se necesita la huella de su certificado de CA: escanee el código QR o escriba toda la línea que hay debajo
hub-sync-ca-file = No se puede leer el certificado del hub guardado en { $file }. Registre de nuevo este equipo
