# QR読み取り (src/scan)
scan-error-read = { $path } を読み込めません: { $reason }
scan-error-image = { $path } は画像として読み込めません: { $reason }
scan-camera-opened = カメラ { $device } を使用しています
scan-camera-lost = カメラ { $device } が見つかりません。接続を確認してください（自動で再接続します）
scan-camera-none = カメラがありません。QRコードはスキャナーでも読み取れます
