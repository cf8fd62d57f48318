# 事前申請QR（preapp）

preapp-error-not-ours = この QRコードは、もうしこみの QRコードでは ありません。
preapp-error-newer-version = この QRコードは あたらしい かたち（バージョン { $found }）です。この きかいは バージョン { $supported }まで よめます。やくしょの ひとに はなして ください。
preapp-error-expired = この QRコードは つかえる ひが おわりました（{ $date }まで）。もう いちど つくって ください。
preapp-error-wrong-key = この QRコードは、ほかの やくしょの ための ものです。この 窓口（まどぐち）では よめません。
preapp-error-no-key = この きかいには、あんごうの QRコードを よむ かぎが ありません。やくしょの ひとに はなして ください。
preapp-error-corrupted = QRコードを ただしく よめませんでした（データが こわれて います）。スマートフォンの がめんを あかるく して ください。そして、もう いちど かざして ください。
preapp-error-missing-parts = QRコードは ぜんぶで { $total }まい です。いま { $read }まい よみました。のこりの QRコードも かざして ください。
preapp-error-too-large = QRコードの データが おおきすぎます。
preapp-error-plain-not-accepted = この 窓口（まどぐち）では、あんごうに した QRコードだけ うけつけます。
preapp-error-invalid-form = もうしこみの データに まちがいが あります（{ $path }）。

preapp-progress = { $total }まいの うち { $read }まい よみました。
preapp-keygen-done = 窓口（まどぐち）の かぎを つくりました。ひみつの かぎ（秘密鍵）: { $secret }  みんなに みせる かぎ（公開鍵）: { $public }
preapp-keygen-exists = かぎの ファイルが もう あります: { $path }（うえに かきません）
preapp-cli-key-unreadable = かぎの ファイルを よめません: { $path }
preapp-cli-input-unreadable = いれた ファイルを よめません: { $path }（{ $reason }）
preapp-cli-image-unreadable = がぞうを よめません: { $path }
preapp-cli-no-code = がぞうに QRコードが ありません: { $path }
preapp-cli-write-failed = ファイルに かけません: { $path }（{ $reason }）
preapp-cli-bad-days = つかえる にっすうは 1日から { $max }日までです。
preapp-config-nothing-accepted = かぎの ファイル（key_file）が ありません。また、あんごうの QRコードだけ うけつける せっていです。この ままでは、もうしこみの QRコードを 1つも よめません。
preapp-config-empty-key-file = かぎの ファイル（key_file）の ばしょ（パス）が かいて ありません。
