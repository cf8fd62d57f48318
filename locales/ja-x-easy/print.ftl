# ばんごうふだ（レシート）の プリンター。やさしい日本語。

## プリンターの じょうたい
print-error-uri = プリンターの していが よめません: { $uri }（tcp://ホスト:9100 か usb:/dev/usb/lp0）
print-error-connect = プリンター { $printer } に つながりません: { $reason }
print-error-write = プリンター { $printer } に おくれませんでした: { $reason }
print-error-reply = プリンターの へんじが よめません
print-error-interrupted = いんさつが とちゅうで とまりました
print-state-online = いんさつ できます
print-state-paper-near-end = いんさつ できます（かみが もうすぐ なくなります）
print-state-paper-out = かみが ありません
print-state-cover-open = ふたが あいています
print-state-offline = プリンターが つかえません（オフライン）
print-state-error = プリンターが エラーです
print-state-unknown = おくりました（プリンターは じょうたいを かえしません）

## ばんごうふだ
print-slip-number = うけつけ ばんごう
print-slip-issued = { $time } に だしました
print-slip-resident-line = ばんごうが よばれるまで まって ください。QRコードで じゅんばんが わかります。
print-slip-sample-office = まどぐち くやくしょ（みほん）
print-staff-call-note = ばんごうふだの プリンター: { $problem }

## madoguchi print slip
print-cli-lang = ことば「{ $lang }」は ありません（ja, en, zh-Hans, …）
print-cli-written = ばんごうふだの がぞうを つくりました: { $file }
print-cli-printed = { $printer } で みほんの ばんごうふだを いんさつしました（{ $state }）

## kiosk.toml の [printer]
config-kiosk-printer-uri = プリンターの uri「{ $uri }」は tcp://ホスト:9100 か usb:/dev/usb/lp0 の かたちで かいて ください
config-kiosk-printer-paper = かみの はば paper_mm は 58 か 80 です（{ $paper }）

## しせつ かんりの がめん
kiosk-admin-printer = ばんごうふだの プリンター
kiosk-admin-printer-none = せってい されていません（kiosk.toml の [printer]）
kiosk-admin-printer-busy = プリンターに きいています…
kiosk-admin-printer-unchecked = じょうたいは まだ みていません
kiosk-admin-printer-test = ためしに いんさつ

## ばんごうふだが でなかったとき
kiosk-ticket-slip-paper-out = ばんごうふだの かみが ありません。がめんの ばんごうを しゃしんに とって ください。しょくいんに しらせました。
kiosk-ticket-slip-cover-open = ばんごうふだの プリンターの ふたが あいています。がめんの ばんごうを しゃしんに とって ください。しょくいんに しらせました。
kiosk-ticket-slip-failed = ばんごうふだを いんさつ できませんでした。がめんの ばんごうを しゃしんに とって ください。しょくいんに しらせました。
