## 中央伺服器（hub）：服務名稱、錯誤、命令列

hub-service-certificates = 證明書
hub-service-moving = 住址異動、搬家
hub-service-tax = 稅務
hub-service-insurance-pension = 保險、年金

hub-config-error-listen = 監聽位址「{ $value }」請依「127.0.0.1:8750」的格式填寫
hub-config-error-empty = 值是空的
hub-config-error-timezone = 無法使用時區「{ $value }」（例：Asia/Tokyo）
hub-config-error-range = 值必須介於 { $min } 到 { $max } 之間
hub-config-error-no-services = 沒有任何櫃檯服務
hub-config-error-prefix = 號碼字首「{ $value }」必須是1個英文大寫字母
hub-config-error-duplicate-prefix = 號碼字首「{ $value }」重複
hub-config-error-counter = 櫃檯編號必須為1～16個字元

hub-error-database = 資料庫處理失敗：{ $reason }
hub-error-schema-too-new = 資料庫版本（{ $found }）比本程式（{ $known }）新，無法開啟
hub-error-data-dir = 無法建立資料夾：{ $reason }
hub-error-not-found = 找不到 { $what } { $id }
hub-error-unknown-service = 沒有服務「{ $service }」
hub-error-unknown-counter = 沒有櫃檯「{ $counter }」
hub-error-no-services-for-counter = 櫃檯「{ $counter }」沒有負責的服務
hub-error-numbers-exhausted = 今天的號碼已全部用完
hub-error-no-room-for-lease = 已沒有可借出的號碼區段
hub-error-bad-transition = 此受理目前為「{ $state }」狀態，無法執行「{ $action }」
hub-error-counter-busy = 此櫃檯正在處理 { $number }。請先標記為完成或不在場，再叫下一號
hub-error-same-service = 無法轉到同一個服務
hub-error-device-name = 裝置名稱必須為1～64個字元
hub-error-enroll-code = 註冊碼不正確、已過期或已使用過
hub-error-clerk-id = 職員ID只能使用英文字母、數字、連字號和底線，最多32個字元
hub-error-pin = 密碼必須是4～12位數字
hub-error-login = 職員ID或密碼錯誤
hub-error-login-locked = 由於連續失敗，{ $minutes } 分鐘內無法登入
hub-error-bad-number = 號碼「{ $number }」的格式不正確
hub-error-not-leased = 號碼 { $number } 並未借給本裝置
hub-error-lease-day = 只能借出今天或明天的號碼
hub-error-record-procedures = 手續的指定不正確
hub-error-record-fields = 欄位過多（最多 { $max } 個）
hub-error-record-field-name = 欄位名稱「{ $field }」不正確
hub-error-record-field-size = 欄位「{ $field }」的值過長
hub-error-record-source = 欄位「{ $field }」的輸入來源不正確
hub-error-record-my-number = 欄位「{ $field }」：不能儲存個人編號（マイナンバー）
hub-error-record-lang = 無法使用語言「{ $lang }」
hub-error-plain-refused = 本機關不受理未加密的事前申請
hub-error-record-closed = 此申請已確定或已退回
hub-error-reject-reason = 請填寫退回原因（1～500個字元）
hub-error-batch-too-large = 一次最多只能傳送 { $max } 筆
hub-error-unauthorized = 需要驗證（裝置權杖或職員登入）
hub-error-forbidden = 此裝置或職員沒有執行此操作的權限
hub-error-body-too-large = 傳送的內容過大（最多 { $max } 位元組）
hub-error-not-found-route = 沒有這個API
hub-error-internal = 中央伺服器內部發生錯誤
hub-error-query = 搜尋條件請指定 number 或 kana 其中之一

hub-cli-enroll-code = 裝置「{ $name }」（{ $role }）的註冊碼：{ $code }
hub-cli-enroll-hint = 請在自助服務機上掃描這個 QR Code，或輸入註冊碼。有效期限為 { $hours } 小時，只能使用1次。
hub-cli-clerk-added = 已登錄職員「{ $id }」
hub-cli-audit-intact = 稽核紀錄未遭竄改（{ $entries } 筆，最新雜湊值 { $head }）
hub-cli-audit-broken = 稽核紀錄的第 { $seq } 筆紀錄已遭竄改
hub-cli-config-problems = 設定檔有問題：

hub-sync-offline = 無法連線到中央伺服器。受理內容已儲存在本機，恢復連線後會自動傳送
hub-sync-no-lease = 無法連線到中央伺服器，本機也沒有剩餘可用的號碼
hub-config-error-name-key = 翻譯檔（locales/ja/hub.ftl）中沒有服務名稱的鍵「{ $value }」
hub-cli-revoked = 已撤銷裝置 { $id } 的註冊
hub-error-postal-unavailable = 此中央伺服器沒有郵遞區號資料，請手動輸入地址
