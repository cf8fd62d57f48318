# 事前申請QR（preapp）

preapp-error-not-ours = このQRコードは事前申請のQRコードではありません。
preapp-error-newer-version = このQRコードは新しい形式（第{ $found }版）で作られています。この端末は第{ $supported }版まで読めます。職員にお声がけください。
preapp-error-expired = このQRコードは有効期限（{ $date }）を過ぎています。もう一度作成してください。
preapp-error-wrong-key = このQRコードは別の役所あてに作られています。この窓口では読めません。
preapp-error-no-key = この端末には暗号化されたQRコードを読むための鍵が設定されていません。職員にお声がけください。
preapp-error-corrupted = QRコードを正しく読めませんでした（データが壊れています）。画面を明るくして、もう一度かざしてください。
preapp-error-missing-parts = { $total }枚のうち{ $read }枚を読みました。残りのQRコードもかざしてください。
preapp-error-too-large = QRコードのデータが大きすぎます。
preapp-error-plain-not-accepted = この窓口では暗号化されていないQRコードは受け付けていません。
preapp-error-invalid-form = 申請データに誤りがあります（{ $path }）。

preapp-progress = { $total }枚のうち{ $read }枚を読みました。
preapp-keygen-done = 窓口の鍵を作成しました。秘密鍵: { $secret } 公開鍵: { $public }
preapp-keygen-exists = 鍵ファイルがすでにあります: { $path }（上書きしません）
preapp-cli-key-unreadable = 鍵ファイルを読めません: { $path }
preapp-cli-input-unreadable = 入力ファイルを読めません: { $path }（{ $reason }）
preapp-cli-image-unreadable = 画像を読めません: { $path }
preapp-cli-no-code = 画像にQRコードが見つかりません: { $path }
preapp-cli-write-failed = ファイルを書き込めません: { $path }（{ $reason }）
preapp-cli-bad-days = 有効日数は1日から{ $max }日までです。
preapp-config-nothing-accepted = 鍵ファイル（key_file）がなく、暗号化されていないQRコードも受け付けない設定のため、事前申請QRを一つも読めません。
preapp-config-empty-key-file = 鍵ファイル（key_file）のパスが空です。
