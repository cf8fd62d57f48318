# 待合室の呼び出し表示（第2版の追加分）。
board2-error-unreachable = 受付システム（{ $hub }）につながりません。ハブの電源とネットワークを確認して、もう一度起動してください。
board2-last-update = { $time } 時点の表示です
