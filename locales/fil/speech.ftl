# Pagbasa nang malakas (pagtawag sa numero sa board, pagbasa ng kiosk).
speech-number = { $letters } { $digits }
speech-call = Numero { $number }, pumunta po sa counter { $counter }.
speech-recall = Muling tinatawag: numero { $number }, pumunta po sa counter { $counter }.
speech-ticket = Ang numero mo ay { $number }.
speech-error-engine-missing = Hindi makita ang programa sa pagsasalita na { $engine }. Patakbuhin ang scripts/setup.sh.
speech-error-voice-missing = Hindi makita ang datos ng boses na { $voice }. Patakbuhin ang scripts/setup.sh.
speech-error-failed = Pumalya ang programa sa pagsasalita na { $engine }: { $reason }
speech-error-language = Hindi kilalang code ng wika: { $code }
speech-read-aloud = Basahin nang malakas
