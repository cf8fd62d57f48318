# 受付端末（キオスク）の画面。やさしい日本語。

## ようこそ画面
kiosk-welcome-heading = ようこそ
kiosk-welcome-attract = ここは かかない 窓口（まどぐち）です。がめんを さわって ください。ばんごうの かみを もらえます。もうしこみの じゅんびも できます。
kiosk-welcome-start = はじめる
kiosk-welcome-choose-language = ことばを えらべます

## 画面上部のボタン
kiosk-bar-home = さいしょに もどる
kiosk-bar-language = ことば / Language
kiosk-bar-large-text = もじを おおきく する
kiosk-bar-normal-text = もじを もとの おおきさに する
kiosk-bar-high-contrast = しろと くろで みやすく する
kiosk-bar-normal-contrast = もとの いろに もどす
kiosk-language-heading = ことばを えらんで ください

## ご用件
kiosk-choose-heading = なにを しますか。えらんで ください。
kiosk-choose-qr = QRコードを もって います
kiosk-choose-qr-hint = いえで スマートフォンを つかって つくった もうしこみの QRコードを よみます
kiosk-choose-make = ここで もうしこみを つくる
kiosk-choose-make-hint = しつもんに こたえるだけで、もうしこみの かみが できます。じは かきません。
kiosk-choose-number = ばんごうの かみだけ もらう
kiosk-choose-number-hint = 窓口（まどぐち）で、やくしょの ひとと いっしょに てつづきを します
kiosk-choose-staff = やくしょの ひとを よぶ
kiosk-choose-staff-hint = やくしょの ひとが ここに きます
kiosk-services-heading = どの 窓口（まどぐち）の ばんごうが ほしいですか
kiosk-issuing = ばんごうの かみを だして います…

## 窓口（見本の事務所）

## 番号札
kiosk-ticket-heading = あなたの ばんごう
kiosk-ticket-ahead = { $count ->
    [0] まって いる ひとは いません
   *[other] あなたの まえに { $count }人 まって います
}
kiosk-ticket-wait = まつ じかん: だいたい { $minutes }分
kiosk-ticket-qr-hint = スマートフォンで この QRコードを よむと、いま なんばんの ひとを よんで いるか わかります
kiosk-ticket-returning = { $seconds }びょう あとで、さいしょの がめんに もどります
kiosk-ticket-done = おわる

## 操作がないとき
kiosk-idle-warning = がめんを さわって いません。{ $seconds }びょう あとで、さいしょの がめんに もどります。いれた ことは きえます。
kiosk-idle-continue = つづける

## お知らせ
kiosk-notice-ok = さいしょの がめんに もどる
kiosk-staff-called-heading = やくしょの ひとを よびました
kiosk-staff-called-body = ここで まって ください。やくしょの ひとが きます。
kiosk-error-heading = うまく できませんでした
kiosk-error-unreachable = うけつけの システムに つながりません。ちかくに いる やくしょの ひとに はなして ください。
kiosk-error-unknown-service = えらんだ 窓口（まどぐち）は、いま うけつけて いません。

## 施設管理（職員用）
kiosk-admin-pin-heading = かんりの あんしょうばんごう（PIN）を いれて ください
kiosk-admin-pin-wrong = あんしょうばんごうが ちがいます
kiosk-admin-pin-locked = なんかいも まちがえました。あと { $seconds }びょう、いれる ことが できません。
kiosk-admin-pin-not-configured = あんしょうばんごうが きまって いません（kiosk.toml の [admin] pin_hash）
kiosk-admin-pin-checking = たしかめて います…
kiosk-admin-ok = きめる
kiosk-admin-cancel = とじる
kiosk-keypad-clear = ぜんぶ けす
kiosk-keypad-backspace = 1もじ けす
kiosk-admin-panel-heading = きかいの かんり（施設管理）
kiosk-admin-name = この きかいの なまえ
kiosk-admin-idle-timeout = さわらない とき、さいしょの がめんに もどるまでの びょうすう
kiosk-admin-languages = がめんに だす ことば
kiosk-admin-apply = この せっていに する
kiosk-admin-applied = せっていを かえました。この きかいを さいきどう（再起動）すると、もとに もどります。
kiosk-admin-close = とじる

## 設定の誤り
kiosk-cli-pin-invalid = あんしょうばんごうは 4けた いじょうの すうじに して ください
kiosk-service-prefix = 窓口（まどぐち） { $prefix }
kiosk-offline-banner = うけつけの システムに つながって いません。でも、ばんごうの かみは ここで もらえます。もうしこみは この きかいに のこします。つながったら おくります。
kiosk-scan-heading = QRコードを よみます
kiosk-scan-guidance = スマートフォンの がめんの QRコードを、したの よみとりきに かざして ください。もじは いれません。
kiosk-scan-next-part = つぎの QRコードも かざして ください。どの じゅんばんでも いいです。
kiosk-scan-back = もどる
kiosk-scan-file = みほんの QRコードを よむ
kiosk-scan-no-code = QRコードが みつかりませんでした。もう いちど かざして ください。
kiosk-review-heading = もうしこみの ないようを たしかめて ください
kiosk-review-unknown-procedure = この QRコードの てつづき「{ $id }」は、この 窓口（まどぐち）では うけつけて いません。やくしょの ひとに はなして ください。
kiosk-review-fix-marked = しるしの ある ところを、もう いちど えらんで ください
kiosk-review-staff-will-check = しるしの ある ところは、窓口（まどぐち）で やくしょの ひとと いっしょに たしかめます
kiosk-review-back = QRコードを よむ がめんに もどる
kiosk-review-confirm = この ないようで もうしこんで、ばんごうの かみを もらう
kiosk-review-empty = （かいて いません）
kiosk-review-change = かえる
kiosk-review-done = きめる
kiosk-review-fee = はらう おかね（手数料）: { $yen }円
kiosk-review-bring = 窓口（まどぐち）で ひつような もの:
