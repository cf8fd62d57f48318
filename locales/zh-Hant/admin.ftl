# 設施管理面板（終端設定、註冊、設備檢查）以及掃碼畫面的攝影機。

## 儲存設定
kiosk-admin-saved = 已儲存至 { $path }
kiosk-admin-save-failed = 未能儲存（原檔案未變更）：{ $path }：{ $reason }
kiosk-admin-refused = 請修正「{ $key }」：{ $reason }

## 終端與中樞伺服器
kiosk-admin-hub = 中樞伺服器位址
kiosk-admin-enrollment = 向中樞伺服器註冊
kiosk-admin-enrolled = 本終端已註冊
kiosk-admin-not-enrolled = 本終端尚未註冊
kiosk-admin-enroll-hint = 請將中樞伺服器顯示的註冊 QR 碼對準掃碼器或攝影機，或輸入註冊碼
kiosk-admin-enroll = 註冊
kiosk-admin-enrolling = 正在註冊…
kiosk-admin-enrolled-as = 已以「{ $name }」註冊至 { $hub }（重新啟動後生效）
kiosk-admin-enroll-no-data-dir = 無法註冊：資料夾不明（請使用 --data-dir 啟動）

## 受理內容
kiosk-admin-default-language = 初始畫面語言
kiosk-admin-bundles = 手續組合（生活事件）
kiosk-admin-procedures = 單項手續

## 設備
kiosk-admin-camera = 攝影機
kiosk-admin-camera-auto = 自動
kiosk-admin-camera-none = 不使用
kiosk-admin-camera-none-found = 找不到攝影機
kiosk-admin-camera-found = 找到攝影機：{ $count } 台
kiosk-admin-camera-showing = 來自 { $device } 的畫面（已接收 { $frames } 張）
kiosk-admin-camera-test = 測試此攝影機
kiosk-admin-scanner-test = 掃碼器測試（最後讀取的文字）
kiosk-admin-scanner-nothing = 尚未讀取任何內容。請將 QR 碼對準掃碼器。

## 同步
kiosk-admin-sync = 待傳送資料與中樞伺服器同步
kiosk-admin-sync-none = 本終端不與中樞伺服器同步
kiosk-admin-sync-never = 尚無
kiosk-admin-sync-online = 已連線至中樞伺服器
kiosk-admin-sync-offline = 無法連線至中樞伺服器
kiosk-admin-sync-pending = 待傳送：申請 { $records } 件，號碼 { $tickets } 件
kiosk-admin-sync-last = 最後同步：{ $time }
kiosk-admin-sync-refused = 被中樞伺服器拒絕的申請：{ $count } 件
kiosk-admin-quit = 結束終端程式

## 掃碼畫面的攝影機
kiosk-scan-camera-guidance = 請將手機上的 QR 碼對準攝影機或下方的掃碼器。不需要輸入任何文字。
kiosk-scan-no-camera = 沒有攝影機。請將 QR 碼對準掃碼器。
kiosk-scan-camera-lost = 攝影機已中斷連線。掃碼器仍可使用。
kiosk-scan-camera-starting = 正在啟動攝影機…
