# QR scanning (src/scan)
scan-error-read = Cannot read { $path }: { $reason }
scan-error-image = { $path } is not a readable image: { $reason }
