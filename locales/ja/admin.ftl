# 施設管理パネル(端末の設定・登録・機器の確認)と、読み取り画面のカメラ。

## 設定の保存
kiosk-admin-saved = 保存しました: { $path }
kiosk-admin-save-failed = 保存できませんでした(元のファイルはそのままです): { $path }: { $reason }
kiosk-admin-refused = 「{ $key }」を直してください: { $reason }

## 端末とハブ
kiosk-admin-hub = ハブのアドレス
kiosk-admin-enrollment = ハブへの登録
kiosk-admin-enrolled = この端末は登録済みです
kiosk-admin-not-enrolled = この端末はまだ登録されていません
kiosk-admin-enroll-hint = ハブに表示された登録用QRコードを読み取り機かカメラにかざすか、登録コードを入力してください
kiosk-admin-enroll = 登録する
kiosk-admin-enrolling = 登録しています…
kiosk-admin-enrolled-as = 「{ $name }」として { $hub } に登録しました(再起動後に使われます)
kiosk-admin-enroll-no-data-dir = データフォルダーが分からないため、登録できません(--data-dir を指定して起動してください)

## 受け付けるもの
kiosk-admin-default-language = 最初に表示する言語
kiosk-admin-bundles = 手続きのまとめ(ライフイベント)
kiosk-admin-procedures = 個別の手続き

## 機器
kiosk-admin-camera = カメラ
kiosk-admin-camera-auto = 自動
kiosk-admin-camera-none = 使わない
kiosk-admin-camera-none-found = カメラが見つかりません
kiosk-admin-camera-found = カメラが { $count } 台見つかりました
kiosk-admin-camera-showing = { $device } の映像(受信 { $frames } 枚)
kiosk-admin-camera-test = このカメラを試す
kiosk-admin-scanner-test = 読み取り機のテスト(最後に読み取った文字)
kiosk-admin-scanner-nothing = まだ何も読み取っていません。QRコードをかざしてください。

## 送信の状態
kiosk-admin-sync = 送信待ちとハブとの同期
kiosk-admin-sync-none = この端末はハブと同期していません
kiosk-admin-sync-never = まだありません
kiosk-admin-sync-online = ハブにつながっています
kiosk-admin-sync-offline = ハブにつながっていません
kiosk-admin-sync-pending = 送信待ち: 申請 { $records } 件、番号 { $tickets } 件
kiosk-admin-sync-last = 最後の同期: { $time }
kiosk-admin-sync-refused = ハブに受け付けられなかった申請: { $count } 件
kiosk-admin-quit = 端末のプログラムを終了

## 読み取り画面のカメラ
kiosk-scan-camera-guidance = スマートフォンの画面のQRコードを、カメラか下の読み取り機にかざしてください。文字を入力する必要はありません。
kiosk-scan-no-camera = カメラはありません。QRコードは読み取り機にかざしてください。
kiosk-scan-camera-lost = カメラが外れました。読み取り機はそのまま使えます。
kiosk-scan-camera-starting = カメラを準備しています…
