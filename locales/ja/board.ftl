# 待合室の呼び出し表示。日本語が原文です。
board-title = 呼び出し表示
board-calling = お呼び出し中の番号
board-counter = { $counter }番窓口
board-no-calls = まだお呼び出しはありません
board-waiting-heading = 待ち状況
board-waiting = { $count }人待ち
board-wait-estimate = 約{ $minutes }分
board-date = { $year }年{ $month }月{ $day }日
board-please-go = 番号を呼ばれた方は、表示の窓口へお越しください
board-connecting = 受付システムに接続しています…
board-reconnecting = 受付システムに再接続しています…（表示は最後に受け取った状態です）
board-error-language = 知らない言語コードです: { $code }
board-no-wait = すぐにご案内できます
