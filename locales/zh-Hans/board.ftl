# 候客区的叫号显示屏。原文为日语。
board-title = 叫号显示
board-calling = 正在叫号
board-counter = { $counter }号窗口
board-no-calls = 尚未开始叫号
board-waiting-heading = 等候情况
board-waiting = { $count }人等候
board-wait-estimate = 约{ $minutes }分钟
board-date = { $year }年{ $month }月{ $day }日
board-please-go = 叫到您的号码时，请前往所显示的窗口
board-connecting = 正在连接受理系统…
board-reconnecting = 正在重新连接受理系统…（当前显示的是最后收到的状态）
board-error-language = 未知的语言代码：{ $code }
board-no-wait = 可立即为您办理
