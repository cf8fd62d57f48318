# काउन्टर टर्मिनल (कर्मचारीका लागि)। मूल पाठ जापानी हो।
clerk-title = काउन्टर टर्मिनल
clerk-bar-who = काउन्टर { $counter } ・ कर्मचारी { $clerk }
clerk-online = पालो प्रणालीसँग जोडिएको छ
clerk-offline = पालो प्रणालीसँग फेरि जोडिँदै…
clerk-logout = लगआउट

## लगइन
clerk-login-heading = लगइन
clerk-login-id = कर्मचारी ID
clerk-login-pin = PIN
clerk-login-counter = काउन्टर नम्बर
clerk-login-services = यो काउन्टरबाट बोलाइने सेवाहरू
clerk-login-submit = लगइन
clerk-login-pending = जाँच गर्दै…
clerk-login-missing = कर्मचारी ID र PIN हाल्नुहोस्
clerk-login-no-counter = काउन्टर नम्बर हाल्नुहोस्
clerk-login-no-service = कम्तीमा एउटा सेवा छान्नुहोस्
clerk-login-no-hub = पालो प्रणालीबाट सेवाहरूको सूची आएको छैन। जडान जाँच गर्नुहोस्

## बोलाउने
clerk-no-current = अहिले सेवा दिइरहेको नम्बर छैन
clerk-call-next = अर्को व्यक्तिलाई बोलाउनुहोस्
clerk-recall = फेरि बोलाउनुहोस्
clerk-no-show = अनुपस्थित
clerk-finish = सेवा सकियो
clerk-transfer = स्थानान्तरण
clerk-walk-in = सीधै आएका व्यक्ति
clerk-pick-transfer = कुन सेवामा स्थानान्तरण गर्ने? छान्नुहोस् (अङ्क कुञ्जी)
clerk-pick-walk-in = कुन सेवाको नम्बर निकाल्ने? छान्नुहोस् (अङ्क कुञ्जी)
clerk-cancel = रद्द गर्नुहोस्
clerk-recalls = { $count } पटक फेरि बोलाइयो
clerk-state-waiting = पर्खिरहेको
clerk-state-called = बोलाइँदै
clerk-state-serving = सेवा दिँदै
clerk-state-done = सकियो
clerk-state-no_show = अनुपस्थित
clerk-state-transferred = स्थानान्तरण भयो
clerk-queue-heading = पर्खाइ सूची
clerk-queue-count = { $count } जना
clerk-queue-more = अरू { $count } जना
clerk-waited = { $minutes } मिनेट पर्खाइ
clerk-origin-walk-in = सीधै आएका
clerk-search-placeholder = नम्बर (A-012) वा काना (kana) बाट खोज्नुहोस्

## आवेदनको विवरण
clerk-no-record = यो नम्बरसँग आवेदनको विवरण छैन। काउन्टरमा सोधेर लिनुहोस्।
clerk-preapp-encrypted = QR (इन्क्रिप्टेड)
clerk-preapp-plain = QR
clerk-preapp-none = किओस्कमा भरिएको
clerk-status-received = जाँच बाँकी
clerk-status-confirmed = स्वीकृत
clerk-status-rejected = फिर्ता पठाइएको
clerk-record-lang = आवेदकको भाषा: { $lang }
clerk-record-clean = समस्या छैन (ध्यान दिनुपर्ने { $warnings } वटा)
clerk-record-problems = जाँच्नुपर्ने { $count } वटा
clerk-record-other-fields = अन्य विवरण
clerk-source-qr = QR
clerk-source-kiosk = किओस्कमा भरिएको
clerk-source-postal = हुलाक कोड डेटा
clerk-source-card = माइ नम्बर कार्ड
clerk-source-clerk = कर्मचारीले सच्याएको
clerk-value-empty = (खाली)
clerk-edit = सच्याउनुहोस्
clerk-save = सुरक्षित गर्नुहोस्
clerk-confirm = स्वीकृत गर्नुहोस्
clerk-confirm-anyway = समस्या भए पनि स्वीकृत गर्नुहोस्
clerk-reject = फिर्ता पठाउनुहोस्
clerk-reject-placeholder = फिर्ता पठाउनुको कारण
clerk-reject-send = फिर्ता पठाउनुहोस्
clerk-rejected-because = फिर्ता पठाउनुको कारण: { $reason }
clerk-keys-hint = F1 बोलाउने ・ E सच्याउने ・ Esc रद्द

## सूचना
clerk-notice-called = { $number } लाई बोलाइयो
clerk-notice-nobody = कोही पर्खिरहनुभएको छैन
clerk-notice-numbers-low = आज { $service } का नम्बरहरू सकिन लागेका छन् ({ $left } बाँकी)
clerk-notice-finish-first = पहिले { $number } को सेवा सक्नुहोस्
clerk-notice-recalled = { $number } लाई फेरि बोलाइयो
clerk-notice-started = { $number } लाई सेवा दिन सुरु गरियो
clerk-notice-done = { $number } को सेवा सकियो
clerk-notice-no-show = { $number } लाई अनुपस्थित बनाइयो
clerk-notice-transferred = { $number } लाई सेवा { $service } मा स्थानान्तरण गरियो
clerk-notice-walk-in = नम्बर { $number } निकालियो
clerk-notice-confirmed = { $number } को आवेदन स्वीकृत गरियो
clerk-notice-rejected = { $number } को आवेदन फिर्ता पठाइयो
clerk-notice-edited = सच्याइएको कुरा सुरक्षित भयो (रेकर्डमा रहन्छ)
clerk-notice-has-problems = { $count ->
    [one] जाँच्नुपर्ने { $count } वटा विवरण छ। सच्याउनुहोस्, वा Ctrl+Enter थिचेर स्वीकृत गर्नुहोस्
   *[other] जाँच्नुपर्ने { $count } वटा विवरण छन्। सच्याउनुहोस्, वा Ctrl+Enter थिचेर स्वीकृत गर्नुहोस्
}
clerk-notice-reason-needed = फिर्ता पठाउनुको कारण लेख्नुहोस्
clerk-notice-not-found = भेटिएन
clerk-error-closed = यो आवेदन जाँच भइसकेकाले परिवर्तन गर्न सकिँदैन
clerk-error-no-token = यो टर्मिनल दर्ता गरिएको छैन। --enroll मा दर्ता कोड दिनुहोस् (सुरक्षित हुने ठाउँ: { $file })
clerk-error-token-file = टर्मिनलको साँचो सुरक्षित गर्न सकिएन: { $reason }
clerk-session-expired = लगइनको समय सकियो। फेरि लगइन गर्नुहोस्
