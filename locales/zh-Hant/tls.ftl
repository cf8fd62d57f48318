## 中央伺服器的 HTTPS、連線限制、裝置信任的憑證 (hub, sync)

hub-config-error-tls-pair = 使用區公所自己的憑證時，請在 [tls] 中同時填寫 cert_chain 和 key
hub-config-error-tls-name = 名稱「{ $value }」無法寫入憑證：請填寫主機名稱或 IP 位址
hub-tls-error-files = 無法使用憑證檔案 { $path }：{ $reason }
hub-tls-error-certificate = 無法準備憑證：{ $reason }
hub-tls-error-empty-chain = { $path } 中沒有憑證
hub-error-plain-on-lan = { $addr } 可從區域網路連線，因此中央伺服器不會以未加密的 HTTP 啟動。請將 [tls] mode 設為「auto」或「on」；只有在別無他法時，才設定 insecure = true（或 --insecure）
hub-error-timeout = 請求未能在時限內接收或處理完畢
hub-cli-insecure-warning = 警告：{ $addr } 正在使用未加密的 HTTP（insecure）。姓名、地址和權杖將以明文經過網路
hub-cli-enroll-fingerprint = 中央伺服器 CA 憑證的指紋（SHA-256）：{ $fingerprint }。裝置只信任此憑證。手動輸入時，請輸入 QR 碼下方的整行文字。
hub-sync-untrusted = 中央伺服器的憑證與註冊時不同，已拒絕連線。請洽詢負責設定的人員
hub-sync-ca-mismatch = 中央伺服器 CA 憑證的指紋與註冊碼不符，已停止註冊
hub-sync-no-fingerprint = 註冊到 HTTPS 中央伺服器需要其 CA 憑證的指紋：請掃描 QR 碼，或輸入其下方的整行文字
hub-sync-ca-file = 無法讀取已儲存的中央伺服器憑證 { $file }。請重新註冊本裝置
