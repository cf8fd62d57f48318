## ハブの HTTPS、接続の制限、端末が信頼する証明書 (hub, sync)

hub-config-error-tls-pair = 区の証明書を使うときは、[tls] の cert_chain と key を両方とも書いてください
hub-config-error-tls-name = 名前「{ $value }」は証明書に入れられません。ホスト名か IP アドレスを書いてください
hub-tls-error-files = 証明書のファイル { $path } を使えません: { $reason }
hub-tls-error-certificate = 証明書を用意できません: { $reason }
hub-tls-error-empty-chain = { $path } に証明書がありません
hub-error-plain-on-lan = { $addr } は LAN から届くアドレスなので、暗号化しない HTTP では起動しません。[tls] mode を "auto" か "on" にしてください。どうしても必要なときだけ insecure = true(または --insecure)を指定します
hub-error-timeout = 要求の受信または処理が時間内に終わりませんでした
hub-cli-insecure-warning = 警告: { $addr } で暗号化しない HTTP を使っています(insecure)。氏名・住所・トークンがそのままネットワークを流れます
hub-cli-enroll-fingerprint = ハブの CA 証明書の指紋(SHA-256): { $fingerprint }。端末はこの証明書だけを信頼します。手で入力するときは、QRコードの下の行を全部入力してください。
hub-sync-untrusted = ハブの証明書が登録したときのものと違うため、接続を拒否しました。設定担当者に確認してください
hub-sync-ca-mismatch = ハブの CA 証明書の指紋が登録コードのものと一致しないため、登録を中止しました
hub-sync-no-fingerprint = HTTPS のハブに登録するには CA 証明書の指紋が要ります。QRコードを読み取るか、その下の行を全部入力してください
hub-sync-ca-file = 保存してあるハブの証明書 { $file } を読めません。端末を登録し直してください
