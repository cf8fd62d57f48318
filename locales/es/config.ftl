## Revisión de los archivos de configuración (kiosk.toml, archivos de trámites)

config-kiosk-empty = “{ $key }” está vacío
config-kiosk-hub-url = La URL del hub no es válida (debe empezar con http:// o https://): { $url }
config-kiosk-out-of-range = “{ $key }” debe estar entre { $min } y { $max }
config-kiosk-default-language = El idioma inicial “{ $lang }” no está entre los idiomas disponibles
config-kiosk-duplicate = “{ $id }” aparece dos veces
config-kiosk-nothing-offered = No se ofrece ningún trámite
config-kiosk-catalog = No se puede leer la carpeta de trámites: { $dir }
config-kiosk-pin-hash = El hash del PIN de administración no tiene el formato Argon2 ($argon2id$…)

config-procedure-bad-id = “{ $id }” no se puede usar como nombre (letras minúsculas, números y guiones)
config-procedure-bad-shared-id = El nombre del campo común “{ $id }” debe ir separado por puntos, como “applicant.name”
config-procedure-bad-message-key = “{ $key }” no tiene el formato de una clave de traducción
config-procedure-bad-service = El tipo de atención “{ $service }” debe ser una sola letra mayúscula (ejemplo: A, B)
config-procedure-bundle-empty = El grupo no tiene ningún trámite
config-procedure-choice-no-options = No hay opciones para elegir
config-procedure-duplicate = “{ $id }” está definido dos veces
config-procedure-field-no-id = El campo no tiene id ni shared
config-procedure-field-no-kind = El campo no tiene kind
config-procedure-field-no-label = El campo no tiene label
config-procedure-id-not-file-name = El id del trámite “{ $id }” no coincide con el nombre del archivo “{ $file }”
config-procedure-min-over-max = min ({ $min }) es mayor que max ({ $max })
config-procedure-option-not-for-kind = “{ $option }” no se puede usar en este tipo de campo
config-procedure-optional-not-in-bundle = “{ $id }” no forma parte de los trámites de este grupo
config-procedure-bundle-two-windows = “{ $procedure }” da a “{ $id }” un plazo de notificación distinto al de otro trámite de este grupo; una fecha tiene un solo plazo
config-procedure-shared-in-shared = No se puede usar shared en la definición de un campo común
config-procedure-shared-with-kind = Un campo que usa el campo común “{ $shared }” no puede tener id ni kind
config-procedure-two-households = Un trámite solo puede tener un campo de miembros del hogar
config-procedure-unknown-field = No existe el campo “{ $id }”
config-procedure-unknown-option = No existe la opción “{ $value }”
config-procedure-unknown-relationship = No existe el parentesco “{ $value }” (head, spouse, child, parent, grandparent, grandchild, sibling, other)
config-procedure-unknown-shared = No existe el campo común “{ $id }”
config-procedure-wrong-kind = El tipo ({ $kind }) del campo “{ $id }” no se puede usar aquí
config-procedure-zero-length = El número máximo de caracteres no puede ser 0
config-procedure-missing-text = La clave de traducción “{ $key }” no está en el archivo de traducción en japonés

config-check-ok = { $file }: sin problemas ({ $kind })
config-check-unknown-kind = No se sabe para qué es este archivo de configuración; indíquelo con --kind
config-town-prefecture = No existe la prefectura «{ $value }» (escríbala como 東京都 o 北海道)
config-town-chome = El número de chōme debe estar entre 1 y 99 ({ $value })
