# बासिन्दाले प्रयोग गर्ने किओस्कको स्क्रिन। मूल भाषा जापानी हो।

## स्वागत स्क्रिन
kiosk-welcome-heading = स्वागत छ
kiosk-welcome-attract = यो "लेख्नु नपर्ने काउन्टर" हो। स्क्रिन छोएर मात्र पालो नम्बर लिन वा आवेदन तयार गर्न सकिन्छ।
kiosk-welcome-start = सुरु गर्नुहोस्
kiosk-welcome-choose-language = भाषा छान्न सकिन्छ

## माथिका बटन
kiosk-bar-home = सुरुमा फर्कनुहोस्
kiosk-bar-language = भाषा / Language
kiosk-bar-large-text = ठूलो अक्षर
kiosk-bar-normal-text = सामान्य अक्षर
kiosk-bar-high-contrast = कालो-सेतो (स्पष्ट)
kiosk-bar-normal-contrast = सामान्य रङ
kiosk-language-heading = भाषा छान्नुहोस्

## काम
kiosk-choose-heading = तपाईंको काम छान्नुहोस्
kiosk-choose-qr = मसँग QR कोड छ
kiosk-choose-qr-hint = घरमा आफ्नो स्मार्टफोनबाट बनाएको आवेदनको QR कोड पढाउनुहोस्
kiosk-choose-make = यहीँ आवेदन बनाउने
kiosk-choose-make-hint = प्रश्नको उत्तर दिए मात्र पुग्छ, केही नलेखी आवेदन तयार हुन्छ
kiosk-choose-number = पालो नम्बर मात्र लिने
kiosk-choose-number-hint = काउन्टरमा कर्मचारीसँगै प्रक्रिया गर्नुहोस्
kiosk-choose-staff = कर्मचारीलाई बोलाउने
kiosk-choose-staff-hint = कर्मचारी यहाँ आउनुहुनेछ
kiosk-services-heading = कुन काउन्टरको पालो नम्बर चाहिन्छ?
kiosk-issuing = पालो नम्बर निकाल्दै…

## काउन्टर (नमुना कार्यालय)

## पालो नम्बर
kiosk-ticket-heading = तपाईंको नम्बर
kiosk-ticket-ahead = { $count ->
    [0] तपाईंभन्दा अगाडि कोही पर्खिरहनुभएको छैन
   *[other] तपाईंभन्दा अगाडि { $count } जना पर्खिरहनुभएको छ
}
kiosk-ticket-wait = अनुमानित पर्खाइ: करिब { $minutes } मिनेट
kiosk-ticket-qr-hint = स्मार्टफोनले स्क्यान गरेमा बोलाइँदै गरेको नम्बर हेर्न सकिन्छ
kiosk-ticket-returning = { $seconds } सेकेन्डपछि सुरुको स्क्रिनमा फर्किन्छ
kiosk-ticket-done = सकियो

## केही नचलाउँदा
kiosk-idle-warning = केही नचलाएकाले { $seconds } सेकेन्डपछि सुरुको स्क्रिनमा फर्किन्छ। भरेको विवरण मेटिनेछ।
kiosk-idle-continue = जारी राख्नुहोस्

## सूचना
kiosk-notice-ok = सुरुको स्क्रिनमा फर्कनुहोस्
kiosk-staff-called-heading = कर्मचारीलाई बोलाइयो
kiosk-staff-called-body = कृपया यहीँ पर्खनुहोस्। कर्मचारी आउनुहुनेछ।
kiosk-error-heading = काम सफल भएन
kiosk-error-unreachable = पालो प्रणालीसँग जोडिन सकिएन। कृपया नजिकैको कर्मचारीलाई सोध्नुहोस्।
kiosk-error-unknown-service = तपाईंले छानेको काउन्टरले अहिले नम्बर दिइरहेको छैन।

## सुविधा व्यवस्थापन (कर्मचारीका लागि)
kiosk-admin-pin-heading = व्यवस्थापनको PIN हाल्नुहोस्
kiosk-admin-pin-wrong = PIN गलत छ
kiosk-admin-pin-locked = धेरै पटक गलत भएकाले { $seconds } सेकेन्डसम्म हाल्न सकिँदैन
kiosk-admin-pin-not-configured = PIN सेट गरिएको छैन (kiosk.toml को [admin] pin_hash)
kiosk-admin-pin-checking = जाँच गर्दै…
kiosk-admin-ok = ठीक छ
kiosk-admin-cancel = बन्द गर्नुहोस्
kiosk-keypad-clear = सबै मेटाउनुहोस्
kiosk-keypad-backspace = एउटा मेटाउनुहोस्
kiosk-admin-panel-heading = सुविधा व्यवस्थापन
kiosk-admin-name = किओस्कको नाम
kiosk-admin-idle-timeout = केही नचलाउँदा सुरुमा फर्किन लाग्ने समय (सेकेन्ड)
kiosk-admin-languages = देखाइने भाषाहरू
kiosk-admin-apply = लागू गर्नुहोस्
kiosk-admin-applied = लागू भयो (यो किओस्क पुनः सुरु नभएसम्म)
kiosk-admin-close = बन्द गर्नुहोस्

## सेटिङका त्रुटि
kiosk-cli-pin-invalid = PIN कम्तीमा 4 अङ्कको हुनुपर्छ
kiosk-service-prefix = काउन्टर { $prefix }
kiosk-offline-banner = पालो प्रणालीसँग जोडिएको छैन। पालो नम्बर यही किओस्कबाट लिन सकिन्छ, र आवेदन सुरक्षित गरिन्छ र जडान भएपछि पठाइन्छ।
kiosk-scan-heading = QR कोड पढाउनुहोस्
kiosk-scan-guidance = स्मार्टफोनको स्क्रिनमा भएको QR कोड तलको रिडरमा देखाउनुहोस्। केही लेख्नु पर्दैन।
kiosk-scan-next-part = अब अर्को QR कोड देखाउनुहोस् (जुनसुकै क्रममा भए पनि हुन्छ)
kiosk-scan-back = पछाडि जानुहोस्
kiosk-scan-file = नमुना QR कोड पढ्नुहोस्
kiosk-scan-no-code = QR कोड भेटिएन। कृपया फेरि देखाउनुहोस्।
kiosk-review-heading = कृपया आवेदनको विवरण जाँच गर्नुहोस्
kiosk-review-unknown-procedure = यो QR कोडको प्रक्रिया "{ $id }" यो काउन्टरमा लिइँदैन। कृपया कर्मचारीलाई सोध्नुहोस्।
kiosk-review-fix-marked = चिन्ह लगाइएका विवरण फेरि छान्नुहोस्
kiosk-review-staff-will-check = चिन्ह लगाइएका विवरण काउन्टरमा कर्मचारीले तपाईंसँगै जाँच गर्नुहुनेछ
kiosk-review-back = QR पढ्ने स्क्रिनमा फर्कनुहोस्
kiosk-review-confirm = यही विवरणले आवेदन दिई पालो नम्बर लिनुहोस्
kiosk-review-empty = (नभरिएको)
kiosk-review-change = परिवर्तन गर्नुहोस्
kiosk-review-done = ठीक छ
kiosk-review-fee = शुल्क: { $yen } येन
kiosk-review-bring = ल्याउनुपर्ने कागजात:
