## हब: सेवाको नाम, त्रुटि, CLI

hub-service-certificates = प्रमाणपत्र
hub-service-moving = बसाइँसराइ र ठेगाना परिवर्तन
hub-service-tax = कर
hub-service-insurance-pension = बीमा र पेन्सन

hub-config-error-listen = सुन्ने ठेगाना "{ $value }" लाई "127.0.0.1:8750" जस्तो ढाँचामा लेख्नुहोस्
hub-config-error-empty = मान खाली छ
hub-config-error-timezone = समय क्षेत्र "{ $value }" प्रयोग गर्न मिल्दैन (उदाहरण: Asia/Tokyo)
hub-config-error-range = मान { $min } देखि { $max } सम्मको हुनुपर्छ
hub-config-error-no-services = काउन्टरको कुनै पनि सेवा छैन
hub-config-error-prefix = नम्बरको सुरुको अक्षर "{ $value }" एउटा मात्र अङ्ग्रेजी ठूलो अक्षर हुनुपर्छ
hub-config-error-duplicate-prefix = नम्बरको सुरुको अक्षर "{ $value }" दोहोरिएको छ
hub-config-error-counter = काउन्टरको नाम 1 देखि 16 अक्षरसम्मको हुनुपर्छ

hub-error-database = डाटाबेसको काम असफल भयो: { $reason }
hub-error-schema-too-new = डाटाबेसको संस्करण ({ $found }) यो प्रोग्राम ({ $known }) भन्दा नयाँ भएकाले खोल्न सकिँदैन
hub-error-data-dir = डाटा फोल्डर बनाउन सकिएन: { $reason }
hub-error-not-found = { $what } { $id } भेटिएन
hub-error-unknown-service = "{ $service }" नामको सेवा छैन
hub-error-unknown-counter = "{ $counter }" नामको काउन्टर छैन
hub-error-no-services-for-counter = काउन्टर "{ $counter }" ले हेर्ने कुनै सेवा छैन
hub-error-numbers-exhausted = आजका सबै नम्बर सकिए
hub-error-no-room-for-lease = अग्रिम दिन मिल्ने नम्बरको खण्ड बाँकी छैन
hub-error-bad-transition = यो पालो "{ $state }" अवस्थामा भएकाले "{ $action }" गर्न सकिँदैन
hub-error-counter-busy = यो काउन्टरमा { $number } को काम भइरहेको छ। त्यसलाई सम्पन्न वा अनुपस्थित गरेपछि मात्र अर्को नम्बर बोलाउनुहोस्
hub-error-same-service = एउटै सेवामा स्थानान्तरण गर्न मिल्दैन
hub-error-device-name = उपकरणको नाम 1 देखि 64 अक्षरसम्मको हुनुपर्छ
hub-error-enroll-code = दर्ता कोड गलत छ, म्याद सकिएको छ वा पहिले नै प्रयोग भइसकेको छ
hub-error-clerk-id = कर्मचारी ID मा अङ्ग्रेजी अक्षर, अङ्क, "-" र "_" मात्र, 32 अक्षरभित्र हुनुपर्छ
hub-error-pin = PIN 4 देखि 12 अङ्कको हुनुपर्छ
hub-error-login = कर्मचारी ID वा PIN गलत छ
hub-error-login-locked = धेरै पटक असफल भएकाले { $minutes } मिनेटसम्म लगइन गर्न सकिँदैन
hub-error-bad-number = नम्बर "{ $number }" को ढाँचा मिलेन
hub-error-not-leased = नम्बर { $number } यो उपकरणलाई दिइएको थिएन
hub-error-lease-day = नम्बर आज वा भोलिका लागि मात्र अग्रिम दिन सकिन्छ
hub-error-record-procedures = प्रक्रियाको छनोट मिलेन
hub-error-record-fields = फिल्डहरू धेरै भए (बढीमा { $max })
hub-error-record-field-name = फिल्डको नाम "{ $field }" मिलेन
hub-error-record-field-size = फिल्ड "{ $field }" को मान धेरै लामो छ
hub-error-record-source = फिल्ड "{ $field }" को इनपुट स्रोत मिलेन
hub-error-record-my-number = व्यक्तिगत नम्बर (माइ नम्बर) सुरक्षित गर्न मिल्दैन (फिल्ड "{ $field }")
hub-error-record-lang = भाषा "{ $lang }" प्रयोग गर्न मिल्दैन
hub-error-plain-refused = यो कार्यालयले इन्क्रिप्ट नगरिएको पूर्व-आवेदन स्वीकार गर्दैन
hub-error-record-closed = यो आवेदन पहिले नै पुष्टि वा फिर्ता गरिसकिएको छ
hub-error-reject-reason = फिर्ता गर्नुको कारण 1 देखि 500 अक्षरमा लेख्नुहोस्
hub-error-batch-too-large = एक पटकमा बढीमा { $max } वटा मात्र पठाउन सकिन्छ
hub-error-unauthorized = प्रमाणीकरण आवश्यक छ (उपकरण टोकन वा कर्मचारी लगइन)
hub-error-forbidden = यो उपकरण वा कर्मचारीलाई यो काम गर्ने अनुमति छैन
hub-error-body-too-large = पठाइएको विवरण धेरै ठूलो छ (बढीमा { $max } बाइट)
hub-error-not-found-route = त्यस्तो API छैन
hub-error-internal = हबभित्र त्रुटि भयो
hub-error-query = खोज्न number वा kana मध्ये एउटा दिनुहोस्

hub-cli-enroll-code = उपकरण "{ $name }" ({ $role }) को दर्ता कोड: { $code }
hub-cli-enroll-hint = किओस्कमा यो QR कोड स्क्यान गर्नुहोस् वा कोड टाइप गर्नुहोस्। यो { $hours } घण्टासम्म मान्य छ र एक पटक मात्र प्रयोग गर्न सकिन्छ।
hub-cli-clerk-added = कर्मचारी "{ $id }" दर्ता गरियो
hub-cli-audit-intact = अडिट लगमा कुनै छेडछाड भएको छैन ({ $entries } प्रविष्टि, पछिल्लो ह्यास { $head })
hub-cli-audit-broken = अडिट लगको { $seq } औँ प्रविष्टिमा छेडछाड गरिएको छ
hub-cli-config-problems = सेटिङ फाइलमा समस्या छन्:

hub-sync-offline = हबसँग जोडिन सकिएन। आवेदनहरू यही उपकरणमा सुरक्षित राखिन्छन् र जोडिनेबित्तिकै पठाइन्छन्
hub-sync-no-lease = हबसँग जोडिन सकिएन, र यो उपकरणलाई दिइएका नम्बर पनि बाँकी छैनन्
hub-config-error-name-key = सेवाको नामको कुञ्जी "{ $value }" अनुवाद फाइल (locales/ja/hub.ftl) मा छैन
hub-cli-revoked = उपकरण { $id } को दर्ता रद्द गरियो
hub-error-postal-unavailable = यो हबमा हुलाक कोडको डाटा छैन; ठेगाना हातैले टाइप गर्नुहोस्
