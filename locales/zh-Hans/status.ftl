## 等候情况页面（手机用）

status-title = { $office } 窗口等候情况
status-heading = 窗口等候情况
status-updated = 截至 { $time }（自动更新）
status-now-calling = 正在叫号
status-none-calling = 无
status-waiting = 等候人数：{ $count } 人
status-estimated-wait = 预计等候时间：约 { $minutes } 分钟
status-counter = { $counter } 号窗口
status-language = 语言
status-no-personal-data = 本页面不显示任何个人信息。
