## 等候页面（手机，在政府网络外公开）

wait-ticket-title = 您的号码牌
wait-ward-title = 窗口拥挤情况
wait-language = 语言
wait-loading = 正在加载…
wait-your-number = 您的号码
wait-ahead = { $count ->
    [0] 您前面没有人在等候
   *[other] 您前面还有 { $count } 人
}
wait-estimated = 预计等候时间：约 { $minutes } 分钟
wait-soon = 马上就要叫到您了。请回到窗口附近。
wait-called = 正在叫您的号码
wait-counter = { $counter } 号窗口
wait-done = 此号码的办理已结束。感谢您的光临。
wait-unknown = 找不到此号码牌。它已过期，或网址有误。
wait-unreachable = 无法获取信息。将自动重试。
wait-stale = 这是 { $time } 的信息。更新已停止，实际情况可能已经变化。
wait-old = 旧信息
wait-live = 自动更新中
wait-alerts-ask = 快到时通知我
wait-alerts-on = 快到时会通知您（在此页面打开期间）。
wait-alerts-off = 通知未被允许。将在此画面上提示您。
wait-notify-soon = { $number }：马上就要叫到您了（前面还有 { $count } 人）
wait-notify-called = { $number }：请到 { $counter } 号窗口
wait-no-personal-data = 本页面不显示任何个人信息。
wait-waiting = 等候人数：{ $count } 人
wait-called-recent = 最近叫到的号码
wait-called-none = 暂无
wait-open-data = 相同的数字也作为开放数据（JSON）公开，任何人都可以自由使用。其中不含个人信息：
wait-ward-empty = 没有可显示的办公处。
