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
kiosk-error-heading = 操作未能完成
kiosk-error-unreachable = 無法連線到受理系統。請洽詢附近的工作人員。
kiosk-error-unknown-service = 您選擇的櫃檯目前不受理。

## 設施管理（職員用）
kiosk-admin-pin-heading = 請輸入管理用密碼
kiosk-admin-pin-wrong = 密碼錯誤
kiosk-admin-pin-locked = 由於連續輸入錯誤，{ $seconds } 秒內無法輸入
kiosk-admin-pin-not-configured = 尚未設定密碼（kiosk.toml 的 [admin] pin_hash）
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
kiosk-service-prefix = 櫃檯 { $prefix }
kiosk-offline-banner = 目前未連線到受理系統。本機台仍可發放號碼牌；申請內容會先儲存，恢復連線後自動送出。
kiosk-scan-heading = 掃描 QR Code
kiosk-scan-guidance = 請將手機螢幕上的 QR Code 對準下方的掃描器。不需要輸入任何文字。
kiosk-scan-next-part = 請接著出示下一個 QR Code（順序不拘）
kiosk-scan-back = 返回
kiosk-scan-file = 讀取範例 QR Code
kiosk-scan-no-code = 找不到 QR Code。請再對準一次。
kiosk-review-heading = 請確認申請內容
kiosk-review-unknown-procedure = 本櫃檯不受理此 QR Code 中的手續「{ $id }」。請洽詢工作人員。
kiosk-review-fix-marked = 請重新選擇有標記的項目
kiosk-review-staff-will-check = 有標記的項目，將由工作人員在櫃檯與您一起確認
kiosk-review-back = 返回掃描
kiosk-review-confirm = 以此內容申請並領取號碼牌
kiosk-review-empty = （未填寫）
kiosk-review-change = 變更
kiosk-review-done = 確定
kiosk-review-fee = 手續費：{ $yen } 日圓
kiosk-review-bring = 請攜帶：
