# 號碼單（收據）印表機：自助終端、設施管理面板、`madoguchi print slip`。

## 印表機狀態與錯誤
print-error-uri = 無法辨識印表機位址「{ $uri }」（tcp://主機:9100 或 usb:/dev/usb/lp0）
print-error-connect = 無法連線到印表機 { $printer }：{ $reason }
print-error-write = 無法傳送資料到印表機 { $printer }：{ $reason }
print-error-reply = 印表機的回應不是 ESC/POS 狀態
print-error-interrupted = 列印在號碼單送出前中斷了
print-state-online = 可以列印
print-state-paper-near-end = 可以列印（紙張快用完了）
print-state-paper-out = 缺紙
print-state-cover-open = 機蓋已打開
print-state-offline = 印表機離線
print-state-error = 印表機回報錯誤
print-state-unknown = 已傳送（印表機不回報狀態）

## 號碼單
print-slip-number = 您的號碼
print-slip-issued = 發放時間 { $time }
print-slip-resident-line = 請等候叫號。掃描 QR 碼可查看叫號進度。
print-slip-sample-office = 窗口區公所（範例）
print-staff-call-note = 號碼單印表機：{ $problem }

## madoguchi print slip
print-cli-lang = 沒有語言「{ $lang }」（ja, en, zh-Hans, …）
print-cli-written = 已輸出號碼單圖片：{ $file }
print-cli-printed = 已在 { $printer } 列印範例號碼單（{ $state }）

## kiosk.toml 的 [printer]
config-kiosk-printer-uri = 印表機 uri「{ $uri }」必須寫成 tcp://主機:9100 或 usb:/dev/usb/lp0
config-kiosk-printer-paper = 紙寬 paper_mm 必須是 58 或 80（{ $paper }）

## 設施管理面板
kiosk-admin-printer = 號碼單印表機
kiosk-admin-printer-none = 尚未設定（kiosk.toml 的 [printer]）
kiosk-admin-printer-busy = 正在詢問印表機…
kiosk-admin-printer-unchecked = 尚未檢查狀態
kiosk-admin-printer-test = 測試列印

## 號碼單未印出時（給居民）
kiosk-ticket-slip-paper-out = 印表機缺紙：請拍下畫面上的號碼。已通知工作人員。
kiosk-ticket-slip-cover-open = 印表機機蓋打開：請拍下畫面上的號碼。已通知工作人員。
kiosk-ticket-slip-failed = 無法列印號碼單：請拍下畫面上的號碼。已通知工作人員。
