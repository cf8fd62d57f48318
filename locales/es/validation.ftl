## Revisión de las respuestas (errores y avisos)

validation-required = Complete este dato
validation-too-long = Use como máximo { $max } caracteres (ahora tiene { $length })
validation-control-characters = Contiene caracteres que no se pueden usar
validation-script-kanji = Escriba en kanji o kana
validation-script-kana = Escriba en hiragana o katakana
validation-script-latin = Escriba con letras del alfabeto latino
validation-script-name = Escriba el nombre en kanji y kana, o con letras del alfabeto latino (sin números ni símbolos)
validation-script-digits = Use solo números
validation-script-any = Contiene caracteres que no se pueden usar
validation-reading-katakana = Escriba en katakana
validation-reading-hiragana = Escriba en hiragana
validation-reading-kana = Escriba solo en hiragana o solo en katakana
validation-date-syntax = La fecha no tiene un formato válido (ejemplo: 1985-04-12 o 昭和60年4月12日)
validation-date-no-such-day = Esa fecha no existe en el calendario
validation-date-outside-era = Esa fecha no existe en la era { $era } (el último día de la era { $era } es { $last })
validation-date-too-early = No se pueden usar fechas anteriores al 1 de enero de 1873 (明治6年)
validation-date-future = Esta fecha es posterior a hoy
validation-date-order = Esta fecha es anterior a la fecha de salida
validation-postal = Ingrese el código postal de 7 números (ejemplo: 150-0001)
validation-phone = El número de teléfono no es válido (ejemplo: 03-1234-5678 o 090-1234-5678)
validation-choice = Este valor no se puede elegir: { $value }
validation-count-syntax = Ingrese un número
validation-count-range = Ingrese un número del { $min } al { $max }
validation-yes-no = Elija “Sí” o “No”
validation-prefecture = Elija la prefectura
validation-household-too-few = { $min ->
    [one] Ingrese al menos { $min } persona
   *[other] Ingrese al menos { $min } personas
}
validation-household-too-many = { $max ->
    [one] Como máximo { $max } persona
   *[other] Como máximo { $max } personas
}
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] Ingrese al menos { $min ->
            [one] { $min } niño o niña
           *[other] { $min } niños
        }
       *[other] Ingrese al menos { $min ->
            [one] { $min } niño o niña
           *[other] { $min } niños
        } (hasta el primer 31 de marzo después de cumplir { $age } años)
    }
   *[other] Ingrese al menos { $min ->
        [one] { $min } persona que cumpla los requisitos
       *[other] { $min } personas que cumplan los requisitos
    }
}
validation-relationship = Elija el parentesco
validation-sex = Elija el sexo
validation-unknown-part = Este dato no forma parte de la información de un miembro del hogar
validation-notify-late = { $days ->
    [one] Ha pasado { $days } día desde esta fecha. Ya venció el plazo para la notificación ({ $limit } días), por lo que podríamos preguntarle el motivo
   *[other] Han pasado { $days } días desde esta fecha. Ya venció el plazo para la notificación ({ $limit } días), por lo que podríamos preguntarle el motivo
}
validation-notify-future = Haga esta notificación a partir de esta fecha. Revise la fecha
validation-notify-early = { $days ->
    [one] Esta fecha es dentro de { $days } día. La notificación se acepta desde { $limit } días antes
   *[other] Esta fecha es dentro de { $days } días. La notificación se acepta desde { $limit } días antes
}
validation-warn-proxy-letter = El representante necesita una carta poder (委任状)
validation-warn-kisai-form = Traiga el formulario que se debe certificar (indicado por su empleador, etc.)
validation-warn-inkan-card = Sin la tarjeta de registro del sello (印鑑登録証) no se puede emitir el certificado
validation-warn-inkan-seal = Debe traer el sello que va a registrar
validation-warn-inkan-inquiry = El registro por carta de consulta requiere volver otro día con la carta que le enviaremos por correo
validation-warn-koseki-third-party = Quien no sea la propia persona, su cónyuge o un pariente en línea directa debe indicar el motivo de la solicitud y presentar documentos que lo demuestren
validation-warn-kazei-jan1 = Solicítelo en el municipio donde vivía el 1 de enero del año en que empieza ese año fiscal (p. ej.: año fiscal 2025 → 1 de enero de 2025)
validation-warn-jido-public-servant = Los funcionarios públicos deben solicitarlo en su lugar de trabajo
