config-error-unreadable = No se puede leer el archivo de configuración: { $reason }
config-error-syntax = El archivo de configuración tiene un error de sintaxis: { $reason }
i18n-check-no-source = No se encontró el idioma de origen (japonés): { $dir }
i18n-check-unknown-language = Carpeta de un idioma desconocido: { $lang }
i18n-check-missing-key = Falta la clave “{ $key }” en { $lang } (origen: { $file })
i18n-check-extra-key = La clave “{ $key }” de { $lang } no existe en el origen ({ $file })
i18n-check-variables = La clave “{ $key }” de { $lang } usa variables distintas del origen: origen { $expected }, traducción { $found }
i18n-check-unused-key = La clave “{ $key }” no se usa ni en el código ni en el catálogo
i18n-check-syntax = Error de sintaxis en { $file }, línea { $line }
i18n-check-duplicate-key = La clave “{ $key }” está definida dos veces en { $lang } ({ $file })
i18n-check-glyph = { $lang } “{ $key }”: ninguna fuente cargada muestra el carácter “{ $char }” ({ $codepoint }). Instale: { $packages }
i18n-check-ok = { $count ->
    [one] Todos los idiomas pasaron la verificación ({ $count } idioma)
   *[other] Todos los idiomas pasaron la verificación ({ $count } idiomas)
}
i18n-check-failed = { $count ->
    [one] Se encontró { $count } problema
   *[other] Se encontraron { $count } problemas
}
date-gregorian = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
        *[12] diciembre
    } de { $year }
i18n-check-stale = { $lang }: "{ $key }" no se ha vuelto a traducir desde que cambió el original en japonés. Una vez traducida: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-unstamped = { $lang }: "{ $key }" no tiene registro del original en japonés del que se tradujo. Una vez revisada la traducción: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-render-empty = { $lang }: "{ $key }" queda vacío con el número { $count }
i18n-check-render-brace = { $lang }: "{ $key }" con el número { $count } deja una variable sin sustituir: { $text }
i18n-check-render-negative = { $lang }: "{ $key }" con el número { $count } muestra un número negativo: { $text }
i18n-check-stamped = { $count ->
    [one] { $lang }: se registró el original en japonés actual de { $count } traducción
   *[other] { $lang }: se registró el original en japonés actual de { $count } traducciones
}
i18n-check-write-failed = No se puede escribir { $file }: { $reason }
