# 朗读（叫号屏的语音叫号、自助终端的朗读）。
speech-number = { $letters } { $digits }
speech-call = 请 { $number } 号到 { $counter } 号窗口办理。
speech-recall = 再次叫号：请 { $number } 号到 { $counter } 号窗口办理。
speech-ticket = 您的号码是 { $number } 号。
speech-error-engine-missing = 找不到语音合成程序 { $engine }。请运行 scripts/setup.sh。
speech-error-voice-missing = 找不到语音数据 { $voice }。请运行 scripts/setup.sh。
speech-error-failed = 语音合成程序 { $engine } 失败：{ $reason }
speech-error-language = 未知的语言代码：{ $code }
speech-read-aloud = 朗读
