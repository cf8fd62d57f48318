# 番号札（レシート）プリンター。キオスク、施設管理パネル、`madoguchi print slip`。

## プリンターの状態とエラー
print-error-uri = プリンターの指定「{ $uri }」が読めません（tcp://ホスト:9100 または usb:/dev/usb/lp0）
print-error-connect = プリンター { $printer } に接続できません: { $reason }
print-error-write = プリンター { $printer } にデータを送れませんでした: { $reason }
print-error-reply = プリンターの応答が ESC/POS の状態として読めません
print-error-interrupted = 印刷の処理が途中で止まりました
print-state-online = 印刷できます
print-state-paper-near-end = 印刷できます（用紙が残りわずかです）
print-state-paper-out = 用紙がありません
print-state-cover-open = カバーが開いています
print-state-offline = プリンターがオフラインです
print-state-error = プリンターがエラーを示しています
print-state-unknown = 送りました（プリンターは状態を返しません）

## 番号札
print-slip-number = 受付番号
print-slip-issued = 発行 { $time }
print-slip-resident-line = 番号が呼ばれるまでお待ちください。QRコードで呼び出し状況が見られます。
print-slip-sample-office = まどぐち区役所（見本）
print-staff-call-note = 番号札プリンター: { $problem }

## madoguchi print slip
print-cli-lang = 言語「{ $lang }」はありません（ja, en, zh-Hans, …）
print-cli-written = 番号札の画像を書き出しました: { $file }
print-cli-printed = { $printer } に見本の番号札を印刷しました（{ $state }）

## kiosk.toml の [printer]
config-kiosk-printer-uri = プリンターの uri「{ $uri }」は tcp://ホスト:9100 または usb:/dev/usb/lp0 の形で書いてください
config-kiosk-printer-paper = 用紙の幅 paper_mm は 58 か 80 です（{ $paper }）

## 施設管理パネル
kiosk-admin-printer = 番号札プリンター
kiosk-admin-printer-none = 設定されていません（kiosk.toml の [printer]）
kiosk-admin-printer-busy = プリンターに問い合わせ中…
kiosk-admin-printer-unchecked = 状態はまだ確認していません
kiosk-admin-printer-test = テスト印刷

## 番号札が出なかったとき（住民向け）
kiosk-ticket-slip-paper-out = 番号札の用紙が切れています。画面の番号を写真に撮ってください。職員に知らせました。
kiosk-ticket-slip-cover-open = 番号札プリンターのカバーが開いています。画面の番号を写真に撮ってください。職員に知らせました。
kiosk-ticket-slip-failed = 番号札を印刷できませんでした。画面の番号を写真に撮ってください。職員に知らせました。
