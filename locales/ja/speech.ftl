# 読み上げ（呼び出し表示の音声呼び出し、キオスクの読み上げ）。日本語が原文です。
# 発券番号の読み方: 英字と、先頭のゼロを除いた数字（A-004 →「Aの4」）。
speech-number = { $letters }の{ $digits }
speech-call = { $number }番の方、{ $counter }番窓口へお越しください。
speech-recall = もう一度お呼びします。{ $number }番の方、{ $counter }番窓口へお越しください。
speech-ticket = あなたの番号は、{ $number }番です。
speech-error-engine-missing = 音声合成のプログラム { $engine } が見つかりません。scripts/setup.sh を実行してください。
speech-error-voice-missing = 音声データ { $voice } が見つかりません。scripts/setup.sh を実行してください。
speech-error-failed = 音声合成 { $engine } に失敗しました: { $reason }
speech-error-language = 知らない言語コードです: { $code }
speech-read-aloud = 読み上げ
