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
