# 候位區的叫號顯示螢幕。原文為日文。
board-title = 叫號顯示
board-calling = 目前叫號
board-counter = { $counter }號櫃檯
board-no-calls = 尚未開始叫號
board-waiting-heading = 等候狀況
board-waiting = { $count }人等候
board-wait-estimate = 約{ $minutes }分鐘
board-date = { $year }年{ $month }月{ $day }日
board-please-go = 叫到您的號碼時，請前往所顯示的櫃檯
board-connecting = 正在連線到受理系統…
board-reconnecting = 正在重新連線到受理系統…（目前顯示的是最後收到的狀態）
board-error-language = 不明的語言代碼：{ $code }
board-no-wait = 可立即為您辦理
