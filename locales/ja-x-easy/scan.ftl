# QR読み取り（src/scan）
scan-error-read = { $path } を よめません: { $reason }
scan-error-image = { $path } は がぞうとして よめません: { $reason }
scan-camera-opened = カメラ { $device } を つかって います
scan-camera-lost = カメラ { $device } が みつかりません。ケーブルを たしかめて ください。（つながったら、じどうで また つかいます）
scan-camera-none = カメラが ありません。QRコードは スキャナーでも よめます。
