# Pagbasa ng QR (src/scan)
scan-error-read = Hindi mabasa ang { $path }: { $reason }
scan-error-image = Hindi mabasa bilang larawan ang { $path }: { $reason }
scan-camera-opened = Ginagamit ang camera { $device }
scan-camera-lost = Hindi makita ang camera { $device }. Suriin ang koneksiyon (kusa itong muling kokonekta)
scan-camera-none = Walang camera. Mababasa rin ang QR code gamit ang scanner
