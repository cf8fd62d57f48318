# 受理機台（自助服務機）的畫面。原文為日文。

## 歡迎畫面
kiosk-welcome-heading = 歡迎
kiosk-welcome-attract = 這裡是「免填寫櫃檯」。只要觸碰螢幕，就能領取號碼牌或準備申請。
kiosk-welcome-start = 開始
kiosk-welcome-choose-language = 可以選擇語言

## 畫面上方的按鈕
kiosk-bar-home = 回到首頁
kiosk-bar-language = 語言 / Language
kiosk-bar-large-text = 放大字體
kiosk-bar-normal-text = 字體恢復標準大小
kiosk-bar-high-contrast = 黑白顯示，更容易看清楚
kiosk-bar-normal-contrast = 恢復一般顏色
kiosk-language-heading = 請選擇語言

## 洽辦事項
kiosk-choose-heading = 請選擇您要辦理的事項
kiosk-choose-qr = 我有 QR Code
kiosk-choose-qr-hint = 讀取您在家用智慧型手機製作的申請 QR Code
kiosk-choose-make = 在這裡製作申請
kiosk-choose-make-hint = 只要回答問題，不用手寫就能完成申請書
kiosk-choose-number = 只領取號碼牌
kiosk-choose-number-hint = 在櫃檯與工作人員一起辦理手續
kiosk-choose-staff = 呼叫工作人員
kiosk-choose-staff-hint = 工作人員會到您這裡來
kiosk-services-heading = 請選擇要領取哪個櫃檯的號碼牌
kiosk-issuing = 正在發放號碼牌…

## 櫃檯（範例機關）

## 號碼牌
kiosk-ticket-heading = 您的號碼
kiosk-ticket-ahead = { $count ->
    [0] 您前面沒有人在等候
   *[other] 您前面還有 { $count } 人在等候
}
kiosk-ticket-wait = 預估等候時間：約 { $minutes } 分鐘
kiosk-ticket-qr-hint = 用智慧型手機掃描，即可查看叫號狀況
kiosk-ticket-returning = { $seconds } 秒後回到首頁
kiosk-ticket-done = 完成

## 沒有操作時
kiosk-idle-warning = 由於沒有操作，將在 { $seconds } 秒後回到首頁。已輸入的內容將會清除。
kiosk-idle-continue = 繼續

## 通知
kiosk-notice-ok = 回到首頁
kiosk-staff-called-heading = 已呼叫工作人員
kiosk-staff-called-body = 請在此稍候，工作人員馬上就來。
kiosk-unavailable-heading = 本機台目前尚無法使用此功能
kiosk-unavailable-body = 不好意思，請選擇「只領取號碼牌」，再到櫃檯告知工作人員。
kiosk-error-heading = 操作未能完成
kiosk-error-unreachable = 無法連線到受理系統。請洽詢附近的工作人員。
kiosk-error-unknown-service = 您選擇的櫃檯目前不受理。

## 設施管理（職員用）
kiosk-admin-pin-heading = 請輸入管理用密碼
kiosk-admin-pin-wrong = 密碼錯誤
kiosk-admin-pin-locked = 由於連續輸入錯誤，{ $seconds } 秒內無法輸入
kiosk-admin-pin-not-configured = 尚未設定密碼（kiosk.toml 的 admin_pin_hash）
kiosk-admin-pin-checking = 確認中…
kiosk-admin-ok = 確定
kiosk-admin-cancel = 關閉
kiosk-keypad-clear = 全部清除
kiosk-keypad-backspace = 刪除1個字
kiosk-admin-panel-heading = 設施管理
kiosk-admin-name = 機台名稱
kiosk-admin-idle-timeout = 沒有操作時回到首頁前的秒數
kiosk-admin-languages = 顯示的語言
kiosk-admin-apply = 套用
kiosk-admin-applied = 已套用（在本機台重新啟動前有效）
kiosk-admin-close = 關閉

## 設定錯誤
kiosk-cli-pin-invalid = 密碼必須是4位數以上的數字
kiosk-service-prefix = Counter { $prefix }
kiosk-offline-banner = Not connected to the office system. Numbers are still issued here, and applications are saved and sent once the connection is back.
kiosk-scan-heading = Scan your QR code
kiosk-scan-guidance = Hold the QR code on your phone's screen under the reader below. You do not need to type anything.
kiosk-scan-next-part = Now hold up the next QR code (any order)
kiosk-scan-back = Back
kiosk-scan-file = Read the sample QR code
kiosk-scan-no-code = No QR code was found. Please hold it up again.
kiosk-review-heading = Please check your application
kiosk-review-unknown-procedure = This office does not handle the procedure "{ $id }" in this QR code. Please ask a member of staff.
kiosk-review-fix-marked = Please choose again for the marked items
kiosk-review-staff-will-check = A member of staff will check the marked items with you at the counter
kiosk-review-back = Back to scanning
kiosk-review-confirm = Apply and get a number
kiosk-review-empty = (not filled in)
kiosk-review-change = Change
kiosk-review-done = Done
kiosk-review-fee = Fee: { $yen } yen
kiosk-review-bring = Please bring:
