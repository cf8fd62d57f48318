## ハブの HTTPS、接続の制限、端末が信頼する証明書 (hub, sync)

hub-config-error-tls-pair = くの しょうめいしょを つかう ときは、[tls] の cert_chain と key を りょうほう かいて ください
hub-config-error-tls-name = なまえ「{ $value }」は しょうめいしょに いれられません。ホストめいか IP アドレスを かいて ください
hub-tls-error-files = しょうめいしょの ファイル { $path } を つかえません: { $reason }
hub-tls-error-certificate = しょうめいしょを よういできません: { $reason }
hub-tls-error-empty-chain = { $path } に しょうめいしょが ありません
hub-error-plain-on-lan = { $addr } は LAN から とどく アドレスです。あんごうかしない HTTP では うごかしません。[tls] mode を "auto" か "on" に して ください。どうしても ひつような ときだけ insecure = true（または --insecure）に します
hub-error-timeout = じかんないに うけとれませんでした。または、しょりが おわりませんでした
hub-cli-insecure-warning = ちゅうい: { $addr } で あんごうかしない HTTP を つかって います（insecure）。なまえ、じゅうしょ、トークンが そのまま ネットワークを ながれます
hub-cli-enroll-fingerprint = ハブの CA しょうめいしょの しもん（SHA-256）: { $fingerprint }。きかいは この しょうめいしょだけを しんようします。てで いれる ときは、QRコードの したの ぎょうを ぜんぶ いれて ください。
hub-sync-untrusted = ハブの しょうめいしょが とうろくした ときと ちがいます。つなぎませんでした。せっていの たんとうしゃに きいて ください
hub-sync-ca-mismatch = ハブの CA しょうめいしょの しもんが とうろく コードと ちがいます。とうろくを やめました
hub-sync-no-fingerprint = HTTPS の ハブに とうろくするには、CA しょうめいしょの しもんが ひつようです。QRコードを よむか、その したの ぎょうを ぜんぶ いれて ください
hub-sync-ca-file = ほぞんして ある ハブの しょうめいしょ { $file } を よめません。きかいを もう いちど とうろくして ください
