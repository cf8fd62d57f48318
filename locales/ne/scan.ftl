# QR पढ्ने (src/scan)
scan-error-read = { $path } पढ्न सकिएन: { $reason }
scan-error-image = { $path } लाई तस्बिरका रूपमा पढ्न सकिएन: { $reason }
scan-camera-opened = क्यामेरा { $device } प्रयोग भइरहेको छ
scan-camera-lost = क्यामेरा { $device } भेटिएन। जडान जाँच गर्नुहोस् (आफैँ फेरि जोडिन्छ)
scan-camera-none = क्यामेरा छैन। QR कोड स्क्यानरबाट पनि पढ्न सकिन्छ
