# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = 職員の呼び出し（{ $count }件）
clerk-staff-call-answer = 対応する
clerk-staff-call-taken = { $kiosk } へ向かってください
hub-error-staff-call-note = 理由は{ $max }文字までです
hub-error-staff-call-answered = この呼び出しは対応済みです（{ $clerk }）
clerk-error-unreachable = ハブにつながりません。ネットワークとハブの電源を確認してください
clerk-export-open = 出力・統計
clerk-export-close = 受付に戻る
clerk-export-heading = { $day } の出力と統計
clerk-export-prev-day = 前日
clerk-export-next-day = 翌日
clerk-export-records = 受付記録CSV
clerk-export-stats = 統計CSV
clerk-export-saved = 保存しました: { $path }
clerk-export-failed = 保存できませんでした: { $reason }
clerk-stats-visits = 窓口別の来庁数
clerk-stats-languages = 使用言語
clerk-stats-wait = 呼び出しまでの待ち時間: 平均{ $avg }分、90%が{ $p90 }分以内
clerk-stats-wait-none = まだ呼び出しがありません
clerk-stats-qr = QR事前申請の利用: 来庁の{ $percent }%
clerk-stats-empty = この日の来庁はありません
hub-error-bad-date = 日付 { $date } が正しくありません（YYYY-MM-DD）
hub-error-body-syntax = 送信内容がJSONとして読めません
hub-error-body-data = 送信内容の項目が正しくありません（{ $path }）
hub-error-body-type = 送信内容はJSON（application/json）で送ってください
# A chart with nothing to show yet.
clerk-stats-none = まだありません
# The record panel before anyone is called.
clerk-record-hint = 次の方を呼ぶ（F1）と、その方の申請内容がここに表示されます。
# Typing a postal code in an address part while editing fills prefecture, city and town.
clerk-postal-choose = 郵便番号 { $code } に当たる町域が複数あります。選んでください
clerk-postal-unknown = 郵便番号 { $code } は見つかりませんでした
clerk-postal-filled = 郵便番号から（未保存）
