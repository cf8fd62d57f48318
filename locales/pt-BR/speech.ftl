# Leitura em voz alta (chamada por voz no painel, leitura do quiosque).
speech-number = { $letters } { $digits }
speech-call = Senha { $number }, por favor dirija-se ao guichê { $counter }.
speech-recall = Chamando novamente: senha { $number }, por favor dirija-se ao guichê { $counter }.
speech-ticket = A sua senha é { $number }.
speech-error-engine-missing = O programa de síntese de voz { $engine } não foi encontrado. Execute scripts/setup.sh.
speech-error-voice-missing = Os dados de voz { $voice } não foram encontrados. Execute scripts/setup.sh.
speech-error-failed = O programa de síntese de voz { $engine } falhou: { $reason }
speech-error-language = Código de idioma desconhecido: { $code }
speech-read-aloud = Ler em voz alta
