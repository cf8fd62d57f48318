# Pagbasa ng QR (src/scan)
scan-error-read = Hindi mabasa ang { $path }: { $reason }
scan-error-image = Hindi mabasa bilang larawan ang { $path }: { $reason }
