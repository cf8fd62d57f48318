# Lectura en voz alta (llamada por voz en el panel, lectura del quiosco).
speech-number = { $letters } { $digits }
speech-call = Número { $number }, por favor pase a la ventanilla { $counter }.
speech-recall = Llamamos de nuevo: número { $number }, por favor pase a la ventanilla { $counter }.
speech-ticket = Su número de turno es el { $number }.
speech-error-engine-missing = No se encontró el programa de síntesis de voz { $engine }. Ejecute scripts/setup.sh.
speech-error-voice-missing = No se encontraron los datos de voz { $voice }. Ejecute scripts/setup.sh.
speech-error-failed = Falló el programa de síntesis de voz { $engine }: { $reason }
speech-error-language = Código de idioma desconocido: { $code }
speech-read-aloud = Leer en voz alta
