# QR पढ्ने (src/scan)
scan-error-read = { $path } पढ्न सकिएन: { $reason }
scan-error-image = { $path } लाई तस्बिरका रूपमा पढ्न सकिएन: { $reason }
