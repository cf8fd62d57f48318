# きかいの かんり（施設管理）と、QRコードを よむ がめんの カメラ。やさしい日本語。

## せっていを のこす
kiosk-admin-saved = せっていを のこしました: { $path }
kiosk-admin-save-failed = せっていを のこせませんでした（まえの ファイルは そのままです）: { $path }: { $reason }
kiosk-admin-refused = 「{ $key }」を なおして ください: { $reason }

## きかいと ハブ
kiosk-admin-hub = ハブの アドレス
kiosk-admin-enrollment = ハブに とうろく する
kiosk-admin-enrolled = この きかいは とうろく して あります
kiosk-admin-not-enrolled = この きかいは まだ とうろく して いません
kiosk-admin-enroll-hint = ハブに でている とうろくの QRコードを よみとりきか カメラに みせて ください。または とうろくの コードを いれて ください。
kiosk-admin-enroll = とうろく する
kiosk-admin-enrolling = とうろく して います…
kiosk-admin-enrolled-as = 「{ $name }」として { $hub } に とうろく しました（さいきどう すると つかえます）
kiosk-admin-enroll-no-data-dir = データの フォルダーが わからないので、とうろく できません（--data-dir を つけて うごかして ください）

## うけつける もの
kiosk-admin-default-language = さいしょに だす ことば
kiosk-admin-bundles = てつづきの まとめ（ひっこし など）
kiosk-admin-procedures = ひとつずつの てつづき

## きかい
kiosk-admin-camera = カメラ
kiosk-admin-camera-auto = じどう
kiosk-admin-camera-none = つかわない
kiosk-admin-camera-none-found = カメラが ありません
kiosk-admin-camera-found = カメラが { $count }だい あります
kiosk-admin-camera-showing = { $device } の えいぞう（{ $frames }まい）
kiosk-admin-camera-test = この カメラを ためす
kiosk-admin-scanner-test = よみとりきの テスト（さいごに よんだ もじ）
kiosk-admin-scanner-nothing = まだ なにも よんで いません。QRコードを みせて ください。

## おくる じょうたい
kiosk-admin-sync = おくる まえの データと ハブ
kiosk-admin-sync-none = この きかいは ハブと つながって いません
kiosk-admin-sync-never = まだ ありません
kiosk-admin-sync-online = ハブに つながって います
kiosk-admin-sync-offline = ハブに つながって いません
kiosk-admin-sync-pending = まだ おくって いない もの: もうしこみ { $records }けん、ばんごう { $tickets }けん
kiosk-admin-sync-last = さいごに おくった とき: { $time }
kiosk-admin-sync-refused = ハブが うけとらなかった もうしこみ: { $count }けん
kiosk-admin-quit = この きかいの プログラムを おわる

## QRコードを よむ がめんの カメラ
kiosk-scan-camera-guidance = スマートフォンの QRコードを カメラか、したの よみとりきに みせて ください。もじを かく ことは ありません。
kiosk-scan-no-camera = カメラは ありません。QRコードは よみとりきに みせて ください。
kiosk-scan-camera-lost = カメラが はずれました。よみとりきは つかえます。
kiosk-scan-camera-starting = カメラを じゅんび して います…
