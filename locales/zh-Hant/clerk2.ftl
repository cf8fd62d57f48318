# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = 呼叫工作人員（{ $count }）
clerk-staff-call-answer = 回應
clerk-staff-call-taken = 請前往 { $kiosk }
hub-error-staff-call-note = 理由最多{ $max }個字元
hub-error-staff-call-answered = 此呼叫已有人回應（{ $clerk }）
clerk-error-unreachable = 無法連線至伺服器。請確認網路及伺服器是否運作
clerk-export-open = 匯出與統計
clerk-export-close = 返回叫號
clerk-export-heading = { $day } 的匯出與統計
clerk-export-prev-day = 前一天
clerk-export-next-day = 後一天
clerk-export-records = 受理紀錄 CSV
clerk-export-stats = 統計 CSV
clerk-export-saved = 已儲存：{ $path }
clerk-export-failed = 無法儲存：{ $reason }
clerk-stats-visits = 各櫃檯來訪人數
clerk-stats-languages = 使用語言
clerk-stats-wait = 到叫號的等候時間：平均{ $avg }分鐘，90%在{ $p90 }分鐘以內
clerk-stats-wait-none = 尚未叫號
clerk-stats-qr = 使用QR預申請：來訪的{ $percent }%
clerk-stats-empty = 當天沒有來訪
hub-error-bad-date = 日期 { $date } 無效（YYYY-MM-DD）
hub-error-body-syntax = 請求內容不是有效的JSON
hub-error-body-data = 請求內容的項目缺漏或型別錯誤（{ $path }）
hub-error-body-type = 請以JSON（application/json）傳送請求內容
# A chart with nothing to show yet.
clerk-stats-none = 尚無
# The record panel before anyone is called.
clerk-record-hint = 呼叫下一位（F1）後，其申請內容會顯示在這裡。
clerk-postal-choose = 郵遞區號 { $code } 對應多個町域，請選擇一個
clerk-postal-unknown = 找不到郵遞區號 { $code }
clerk-postal-filled = 來自郵遞區號（尚未儲存）
