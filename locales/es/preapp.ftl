# QR de solicitud previa (preapp)

preapp-error-not-ours = Este código QR no es un código QR de solicitud previa.
preapp-error-newer-version = Este código QR se hizo con un formato más nuevo (versión { $found }). Este equipo lee hasta la versión { $supported }. Por favor, consulte con un funcionario.
preapp-error-expired = Este código QR venció el { $date }. Por favor, haga uno nuevo.
preapp-error-wrong-key = Este código QR se hizo para otra municipalidad y no se puede leer aquí.
preapp-error-no-key = Este equipo no tiene la clave para leer códigos QR cifrados. Por favor, consulte con un funcionario.
preapp-error-corrupted = No se pudo leer bien el código QR (los datos están dañados). Suba el brillo de la pantalla e inténtelo de nuevo.
preapp-error-missing-parts = Códigos QR leídos: { $read } de { $total }. Muestre también los códigos que faltan.
preapp-error-too-large = El código QR contiene demasiados datos.
preapp-error-plain-not-accepted = Esta oficina no acepta códigos QR sin cifrar.
preapp-error-invalid-form = Los datos de la solicitud tienen un error ({ $path }).

preapp-progress = Códigos QR leídos: { $read } de { $total }.
preapp-keygen-done = Se creó el par de claves de la oficina. Clave privada: { $secret } Clave pública: { $public }
preapp-keygen-exists = El archivo de clave ya existe: { $path } (no se sobrescribió)
preapp-cli-key-unreadable = No se puede leer el archivo de clave: { $path }
preapp-cli-input-unreadable = No se puede leer el archivo de entrada: { $path } ({ $reason })
preapp-cli-image-unreadable = No se puede leer la imagen: { $path }
preapp-cli-no-code = No se encontró ningún código QR en la imagen: { $path }
preapp-cli-write-failed = No se puede escribir el archivo: { $path } ({ $reason })
preapp-cli-bad-days = La validez debe ser de 1 a { $max } días.
preapp-config-nothing-accepted = Sin archivo de clave (key_file) y sin aceptar códigos QR sin cifrar, no se puede leer ningún QR de solicitud previa.
preapp-config-empty-key-file = La ruta del archivo de clave (key_file) está vacía.
