# Read aloud (the board's voice call, the kiosk's read-aloud).
speech-number = { $letters } { $digits }
speech-call = Number { $number }, please come to counter { $counter }.
speech-recall = Calling again: number { $number }, please come to counter { $counter }.
speech-ticket = Your number is { $number }.
speech-error-engine-missing = The speech program { $engine } was not found. Run scripts/setup.sh.
speech-error-voice-missing = The voice data { $voice } was not found. Run scripts/setup.sh.
speech-error-failed = The speech program { $engine } failed: { $reason }
speech-error-language = Unknown language code: { $code }
speech-read-aloud = Read aloud
