# 櫃檯終端（職員用）。原文為日文。
clerk-title = 櫃檯終端
clerk-bar-who = { $counter }號櫃檯 · 職員 { $clerk }
clerk-online = 已連線到受理系統
clerk-offline = 正在重新連線到受理系統…
clerk-logout = 登出

## 登入
clerk-login-heading = 登入
clerk-login-id = 職員ID
clerk-login-pin = 密碼
clerk-login-counter = 櫃檯號碼
clerk-login-services = 本櫃檯叫號的業務
clerk-login-submit = 登入
clerk-login-pending = 確認中…
clerk-login-missing = 請輸入職員ID和密碼
clerk-login-no-counter = 請輸入櫃檯號碼
clerk-login-no-service = 請至少選擇一項業務
clerk-login-no-hub = 無法從受理系統取得業務清單。請檢查連線

## 叫號
clerk-no-current = 目前沒有辦理中的號碼
clerk-call-next = 叫下一位
clerk-recall = 重新叫號
clerk-no-show = 未到場
clerk-finish = 辦理完畢
clerk-transfer = 轉辦
clerk-walk-in = 臨櫃受理
clerk-pick-transfer = 請選擇要轉往的業務（數字鍵）
clerk-pick-walk-in = 請選擇要發放號碼的業務（數字鍵）
clerk-cancel = 取消
clerk-recalls = 已重新叫號 { $count } 次
clerk-state-waiting = 等候中
clerk-state-called = 叫號中
clerk-state-serving = 辦理中
clerk-state-done = 已完成
clerk-state-no_show = 未到場
clerk-state-transferred = 已轉辦
clerk-queue-heading = 等候清單
clerk-queue-count = { $count }人
clerk-queue-more = 另有{ $count }人
clerk-waited = 已等候{ $minutes }分鐘
clerk-origin-walk-in = 臨櫃
clerk-search-placeholder = 依號碼（A-012）或片假名搜尋

## 申請內容
clerk-no-record = 此號碼沒有申請資料。請在櫃檯當面詢問。
clerk-preapp-encrypted = QR Code（加密）
clerk-preapp-plain = QR Code
clerk-preapp-none = 在自助服務機輸入
clerk-status-received = 待確認
clerk-status-confirmed = 已受理
clerk-status-rejected = 已退回
clerk-record-lang = 申請人的語言：{ $lang }
clerk-record-clean = 沒有問題（注意事項 { $warnings } 項）
clerk-record-problems = 需確認 { $count } 項
clerk-record-other-fields = 其他項目
clerk-source-qr = QR Code
clerk-source-kiosk = 機台輸入
clerk-source-postal = 郵遞區號資料
clerk-source-card = 個人編號卡
clerk-source-clerk = 職員修改
clerk-value-empty = （未填寫）
clerk-edit = 修改
clerk-save = 儲存
clerk-confirm = 確認受理
clerk-confirm-anyway = 仍有問題，照樣確認受理
clerk-reject = 退回
clerk-reject-placeholder = 退回理由
clerk-reject-send = 退回
clerk-rejected-because = 退回理由：{ $reason }
clerk-keys-hint = F1 叫號 · E 修改 · Esc 取消

## 通知
clerk-notice-called = 已呼叫 { $number }
clerk-notice-nobody = 目前沒有人在等候
clerk-notice-numbers-low = { $service } 今天的號碼所剩不多(還剩 { $left } 個)
clerk-notice-finish-first = 請先辦理完 { $number }
clerk-notice-recalled = 已重新呼叫 { $number }
clerk-notice-started = 已開始辦理 { $number }
clerk-notice-done = { $number } 已辦理完畢
clerk-notice-no-show = 已將 { $number } 標記為未到場
clerk-notice-transferred = 已將 { $number } 轉至業務 { $service }
clerk-notice-walk-in = 已發放號碼 { $number }
clerk-notice-confirmed = 已受理 { $number } 的申請
clerk-notice-rejected = 已退回 { $number } 的申請
clerk-notice-edited = 修改已儲存（會留下紀錄）
clerk-notice-has-problems = 有 { $count } 個項目需要確認。請修改，或按 Ctrl+Enter 確認受理
clerk-notice-reason-needed = 請輸入退回理由
clerk-notice-not-found = 找不到
clerk-error-closed = 此申請已確認，無法變更
clerk-error-no-token = 本機尚未註冊。請用 --enroll 指定註冊碼（儲存位置：{ $file }）
clerk-error-token-file = 無法儲存本機金鑰：{ $reason }
clerk-session-expired = 登入已逾時。請重新登入
