# 窓口端末(職員用)。日本語が原文です。
clerk-title = 窓口端末
clerk-bar-who = { $counter }番窓口 ・ 職員 { $clerk }
clerk-online = 受付システム接続中
clerk-offline = 受付システムに再接続しています…
clerk-logout = ログアウト

## ログイン
clerk-login-heading = ログイン
clerk-login-id = 職員ID
clerk-login-pin = 暗証番号
clerk-login-counter = 窓口番号
clerk-login-services = この窓口で呼び出す業務
clerk-login-submit = ログイン
clerk-login-pending = 確認しています…
clerk-login-missing = 職員IDと暗証番号を入力してください
clerk-login-no-counter = 窓口番号を入力してください
clerk-login-no-service = 業務を一つ以上選んでください
clerk-login-no-hub = 受付システムから業務の一覧を受け取れていません。接続を確認してください

## 呼び出し
clerk-no-current = 対応中の番号はありません
clerk-call-next = 次の方を呼ぶ
clerk-recall = 再呼出
clerk-no-show = 不在
clerk-finish = 対応完了
clerk-transfer = 転送
clerk-walk-in = 飛び込み受付
clerk-pick-transfer = 転送先の業務を選んでください（数字キー）
clerk-pick-walk-in = 番号を発行する業務を選んでください（数字キー）
clerk-cancel = やめる
clerk-recalls = 再呼出 { $count }回
clerk-state-waiting = 待ち
clerk-state-called = 呼び出し中
clerk-state-serving = 対応中
clerk-state-done = 完了
clerk-state-no_show = 不在
clerk-state-transferred = 転送済み
clerk-queue-heading = 待ち一覧
clerk-queue-count = { $count }人
clerk-queue-more = ほか{ $count }人
clerk-waited = { $minutes }分待ち
clerk-origin-walk-in = 飛び込み
clerk-search-placeholder = 番号（A-012）またはカナで検索

## 申請内容
clerk-no-record = この番号には申請データがありません。窓口で聞き取ってください。
clerk-preapp-encrypted = QR（暗号化）
clerk-preapp-plain = QR
clerk-preapp-none = 受付端末で入力
clerk-status-received = 未確認
clerk-status-confirmed = 受付完了
clerk-status-rejected = 差し戻し
clerk-record-lang = 申請者の言語: { $lang }
clerk-record-clean = 問題なし（注意 { $warnings }件）
clerk-record-problems = 要確認 { $count }件
clerk-record-other-fields = その他の項目
clerk-source-qr = QR
clerk-source-kiosk = 端末入力
clerk-source-postal = 郵便番号データ
clerk-source-card = マイナンバーカード
clerk-source-clerk = 職員修正
clerk-value-empty = （未記入）
clerk-edit = 修正
clerk-save = 保存
clerk-confirm = 受付完了
clerk-confirm-anyway = 問題があるまま受付完了
clerk-reject = 差し戻し
clerk-reject-placeholder = 差し戻しの理由
clerk-reject-send = 差し戻す
clerk-rejected-because = 差し戻し理由: { $reason }
clerk-keys-hint = F1 呼出 ・ E 修正 ・ Esc 取消

## お知らせ
clerk-notice-called = { $number } を呼び出しました
clerk-notice-nobody = お待ちの方はいません
clerk-notice-numbers-low = { $service } の今日の番号が残りわずかです(あと { $left } 件)
clerk-notice-finish-first = { $number } の対応を先に終えてください
clerk-notice-recalled = { $number } を再呼出しました
clerk-notice-started = { $number } の対応を始めました
clerk-notice-done = { $number } の対応を完了しました
clerk-notice-no-show = { $number } を不在にしました
clerk-notice-transferred = { $number } を業務 { $service } へ転送しました
clerk-notice-walk-in = 番号 { $number } を発行しました
clerk-notice-confirmed = { $number } の申請を受付完了にしました
clerk-notice-rejected = { $number } の申請を差し戻しました
clerk-notice-edited = 修正を保存しました（記録に残ります）
clerk-notice-has-problems = 要確認の項目が{ $count }件あります。修正するか、Ctrl+Enterで受付完了にしてください
clerk-notice-reason-needed = 差し戻しの理由を入力してください
clerk-notice-not-found = 見つかりませんでした
clerk-error-closed = この申請は確認済みのため変更できません
clerk-error-no-token = この端末は登録されていません。--enroll で登録コードを指定してください（保存先: { $file }）
clerk-error-token-file = 端末の鍵を保存できません: { $reason }
clerk-session-expired = ログインの有効期限が切れました。もう一度ログインしてください
