## 等候頁面（手機，在政府網路外公開）

wait-ticket-title = 您的號碼牌
wait-ward-title = 櫃檯擁擠情況
wait-language = 語言
wait-loading = 載入中…
wait-your-number = 您的號碼
wait-ahead = { $count ->
    [0] 您前面沒有人在等候
   *[other] 您前面還有 { $count } 人
}
wait-estimated = 預估等候時間：約 { $minutes } 分鐘
wait-soon = 馬上就要叫到您了。請回到櫃檯附近。
wait-called = 正在叫您的號碼
wait-counter = { $counter } 號櫃檯
wait-done = 此號碼的辦理已結束。感謝您的光臨。
wait-unknown = 找不到此號碼牌。它已過期，或網址有誤。
wait-unreachable = 無法取得資訊。將自動重試。
wait-stale = 這是 { $time } 的資訊。更新已停止，實際情況可能已經改變。
wait-old = 舊資訊
wait-live = 自動更新中
wait-alerts-ask = 快到時通知我
wait-alerts-on = 快到時會通知您（在此頁面開啟期間）。
wait-alerts-off = 通知未獲允許。將在此畫面上提示您。
wait-notify-soon = { $number }：馬上就要叫到您了（前面還有 { $count } 人）
wait-notify-called = { $number }：請到 { $counter } 號櫃檯
wait-no-personal-data = 本頁面不會顯示任何個人資料。
wait-waiting = 等候人數：{ $count } 人
wait-called-recent = 最近叫到的號碼
wait-called-none = 尚無
wait-open-data = 相同的數字也以開放資料（JSON）公開，任何人都可以自由使用。其中不含個人資料：
wait-ward-empty = 沒有可顯示的辦公處。
