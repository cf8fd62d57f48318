# マイナンバーカードの読み取り (src/card)
card-error-no-reader = カードリーダーが見つかりません。接続と pcscd を確認してください
card-error-reader-unplugged = カードリーダーが取り外されました
card-error-no-card = カードが置かれていません
card-error-card-removed = 読み取り中にカードが離れました。もう一度置いてください
card-error-not-my-number-card = マイナンバーカードではありません
card-error-wrong-pin = 暗証番号が違います。あと { $tries } 回間違えるとロックされます
card-error-pin-blocked = 暗証番号がロックされています。窓口で解除してください
card-error-timeout = カードリーダーが応答しません
card-error-malformed = カードの情報を読み取れませんでした
card-error-pin-format = 暗証番号は数字4桁です
card-error-unexpected = カードが予期しない応答をしました（{ $status }）
card-error-reader = カードリーダーのエラー: { $detail }

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = マイナンバーカードで入力
card-cancel = やめる
card-place-heading = マイナンバーカードを置いてください
card-place-body = カードを読み取り機の上に置いたままにしてください。読み取るのは氏名・住所・生年月日・性別だけです。マイナンバー（個人番号）は読み取りません
card-pin-heading = 暗証番号（数字4桁）を入力してください
card-pin-tries = あと { $tries } 回まで入力できます
card-pin-read = 読み取る
card-reading = 読み取っています。カードを動かさないでください
card-counter-heading = 窓口にお越しください
card-counter-last-try = あと1回間違えると暗証番号がロックされます。ここでは入力せず、窓口で職員にお声がけください
card-counter-blocked = 暗証番号がロックされています。窓口で解除の手続きができます
card-failed-heading = カードを読み取れませんでした
card-retry = もう一度
