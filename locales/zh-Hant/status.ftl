## 等候狀況頁面（手機用）

status-title = { $office } 櫃檯等候狀況
status-heading = 櫃檯等候狀況
status-updated = 截至 { $time }（自動更新）
status-now-calling = 目前叫號
status-none-calling = 無
status-waiting = 等候人數：{ $count } 人
status-estimated-wait = 預估等候時間：約 { $minutes } 分鐘
status-counter = { $counter } 號櫃檯
status-language = 語言
status-no-personal-data = 本頁面不會顯示任何個人資料。
