# 朗讀（叫號螢幕的語音叫號、自助機的朗讀）。
speech-number = { $letters } { $digits }
speech-call = 請 { $number } 號到 { $counter } 號櫃檯辦理。
speech-recall = 再次叫號：請 { $number } 號到 { $counter } 號櫃檯辦理。
speech-ticket = 您的號碼是 { $number } 號。
speech-error-engine-missing = 找不到語音合成程式 { $engine }。請執行 scripts/setup.sh。
speech-error-voice-missing = 找不到語音資料 { $voice }。請執行 scripts/setup.sh。
speech-error-failed = 語音合成程式 { $engine } 失敗：{ $reason }
speech-error-language = 未知的語言代碼：{ $code }
speech-read-aloud = 朗讀
