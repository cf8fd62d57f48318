# 受付端末(キオスク)の画面。日本語が原文です。

## ようこそ画面
kiosk-welcome-heading = ようこそ
kiosk-welcome-attract = 書かない窓口です。画面にふれるだけで、番号札の受け取りや申請の準備ができます。
kiosk-welcome-start = はじめる
kiosk-welcome-choose-language = 言語を選べます

## 画面上部のボタン
kiosk-bar-home = 最初にもどる
kiosk-bar-language = 言語 / Language
kiosk-bar-large-text = 文字を大きく
kiosk-bar-normal-text = 文字を標準に
kiosk-bar-high-contrast = 白黒で見やすく
kiosk-bar-normal-contrast = 通常の色にもどす
kiosk-language-heading = 言語を選んでください

## ご用件
kiosk-choose-heading = ご用件をお選びください
kiosk-choose-qr = QRコードを持っている
kiosk-choose-qr-hint = ご自宅のスマートフォンで作った申請のQRコードを読み取ります
kiosk-choose-make = ここで申請をつくる
kiosk-choose-make-hint = 質問に答えるだけで、書かずに申請書ができます
kiosk-choose-number = 番号札だけ受け取る
kiosk-choose-number-hint = 窓口で職員と一緒に手続きします
kiosk-choose-staff = 職員を呼ぶ
kiosk-choose-staff-hint = 職員がこちらにまいります
kiosk-services-heading = どの窓口の番号札ですか
kiosk-issuing = 番号札を発行しています…


## 番号札
kiosk-ticket-heading = あなたの番号
kiosk-ticket-ahead = { $count ->
    [0] お待ちの方はいません
   *[other] 前に { $count } 人お待ちです
}
kiosk-ticket-wait = 待ち時間の目安:約 { $minutes } 分
kiosk-ticket-qr-hint = スマートフォンで読み取ると、呼び出し状況が見られます
kiosk-ticket-returning = { $seconds } 秒後に最初の画面にもどります
kiosk-ticket-done = 終わる

## 操作がないとき
kiosk-idle-warning = 操作がないため、{ $seconds } 秒後に最初の画面にもどります。入力した内容は消えます。
kiosk-idle-continue = 続ける

## お知らせ
kiosk-notice-ok = 最初の画面にもどる
kiosk-staff-called-heading = 職員を呼びました
kiosk-staff-called-body = このままお待ちください。職員がまいります。
kiosk-error-heading = うまくいきませんでした
kiosk-error-unreachable = 受付システムにつながりません。お近くの職員にお声がけください。
kiosk-error-unknown-service = 選んだ窓口は、いま受け付けていません。

## 施設管理(職員用)
kiosk-admin-pin-heading = 管理用の暗証番号を入力してください
kiosk-admin-pin-wrong = 暗証番号が違います
kiosk-admin-pin-locked = 間違いが続いたため、あと { $seconds } 秒は入力できません
kiosk-admin-pin-not-configured = 暗証番号が設定されていません(kiosk.toml の [admin] pin_hash)
kiosk-admin-pin-checking = 確認しています…
kiosk-admin-ok = 決定
kiosk-admin-cancel = 閉じる
kiosk-keypad-clear = 全部消す
kiosk-keypad-backspace = 1字消す
kiosk-admin-panel-heading = 施設管理
kiosk-admin-name = 端末の名前
kiosk-admin-idle-timeout = 操作がないときに最初にもどるまでの秒数
kiosk-admin-languages = 表示する言語
kiosk-admin-apply = 適用する
kiosk-admin-applied = 適用しました(この端末を再起動するまで有効です)
kiosk-admin-close = 閉じる

kiosk-cli-pin-invalid = 暗証番号は4桁以上の数字にしてください

## 窓口(ハブから名前が届かないとき)
kiosk-service-prefix = 窓口 { $prefix }

## 受付システムにつながらないとき
kiosk-offline-banner = 受付システムにつながっていません。番号札はこの端末から発行でき、申請は保存されて、つながりしだい送られます。

## QRコードの読み取り
kiosk-scan-heading = QRコードを読み取ります
kiosk-scan-guidance = スマートフォンの画面のQRコードを、下の読み取り機にかざしてください。文字を入力する必要はありません。
kiosk-scan-next-part = 続けて、次のQRコードをかざしてください(順番は問いません)
kiosk-scan-back = もどる
kiosk-scan-file = 見本のQRコードを読む
kiosk-scan-no-code = QRコードが見つかりませんでした。もう一度かざしてください。

## 申請内容の確認
kiosk-review-heading = 申請の内容をご確認ください
kiosk-review-unknown-procedure = このQRコードの手続き「{ $id }」は、この窓口では受け付けていません。職員にお声がけください。
kiosk-review-fix-marked = 印のついた項目を選び直してください
kiosk-review-staff-will-check = 印のついた項目は、窓口で職員が一緒に確認します
kiosk-review-back = 読み取りにもどる
kiosk-review-confirm = この内容で申請して番号札を受け取る
kiosk-review-empty = (未記入)
kiosk-review-change = 変更する
kiosk-review-done = 決定
kiosk-review-fee = 手数料:{ $yen } 円
kiosk-review-bring = お持ちいただくもの:
