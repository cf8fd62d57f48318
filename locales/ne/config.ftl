## सेटिङ फाइल (kiosk.toml, प्रक्रिया फाइल) को जाँच

config-kiosk-empty = "{ $key }" खाली छ
config-kiosk-hub-url = हबको URL मिलेन (http:// वा https:// बाट सुरु हुनुपर्छ): { $url }
config-kiosk-out-of-range = "{ $key }" { $min } देखि { $max } सम्म हुनुपर्छ
config-kiosk-default-language = सुरुमा देखाइने भाषा "{ $lang }" छान्न मिल्ने भाषाहरूमा छैन
config-kiosk-duplicate = "{ $id }" दुई पटक लेखिएको छ
config-kiosk-nothing-offered = स्वीकार गरिने कुनै पनि प्रक्रिया छैन
config-kiosk-catalog = प्रक्रियाहरूको फोल्डर पढ्न सकिएन: { $dir }
config-kiosk-pin-hash = प्रशासक PIN को ह्यास Argon2 ढाँचा ($argon2id$…) मा छैन

config-procedure-bad-id = "{ $id }" नामका रूपमा प्रयोग गर्न मिल्दैन (अङ्ग्रेजी साना अक्षर, अङ्क र हाइफन मात्र)
config-procedure-bad-shared-id = साझा फिल्डको नाम "{ $id }" लाई "applicant.name" जस्तै थोप्लो (.) ले छुट्याउनुहोस्
config-procedure-bad-message-key = "{ $key }" अनुवाद कुञ्जीको ढाँचामा छैन
config-procedure-bad-service = सेवाको प्रकार "{ $service }" एउटा मात्र अङ्ग्रेजी ठूलो अक्षर हुनुपर्छ (उदाहरण: A, B)
config-procedure-bundle-empty = प्रक्रिया समूहमा कुनै प्रक्रिया छैन
config-procedure-choice-no-options = छनोटका विकल्पहरू छैनन्
config-procedure-duplicate = "{ $id }" दुई पटक परिभाषित गरिएको छ
config-procedure-field-no-id = फिल्डमा id वा shared कुनै पनि छैन
config-procedure-field-no-kind = फिल्डमा kind छैन
config-procedure-field-no-label = फिल्डमा label छैन
config-procedure-id-not-file-name = प्रक्रियाको id "{ $id }" फाइलको नाम "{ $file }" सँग मिल्दैन
config-procedure-min-over-max = min ({ $min }) max ({ $max }) भन्दा ठूलो छ
config-procedure-option-not-for-kind = "{ $option }" यस प्रकारको फिल्डमा प्रयोग गर्न मिल्दैन
config-procedure-optional-not-in-bundle = "{ $id }" यस समूहका प्रक्रियाहरूमा पर्दैन
config-procedure-bundle-two-windows = "{ $procedure }" ले "{ $id }" का लागि यस समूहको अर्को प्रक्रियाभन्दा फरक सूचना दिने म्याद राखेको छ; एउटा मितिको म्याद एउटै हुन्छ
config-procedure-shared-in-shared = साझा फिल्डको परिभाषामा shared प्रयोग गर्न मिल्दैन
config-procedure-shared-with-kind = साझा फिल्ड "{ $shared }" प्रयोग गर्ने फिल्डमा id वा kind लेख्न मिल्दैन
config-procedure-two-households = एउटा प्रक्रियामा घरपरिवारका सदस्यहरूको फिल्ड एउटा मात्र हुन सक्छ
config-procedure-unknown-field = "{ $id }" नामको फिल्ड छैन
config-procedure-unknown-option = "{ $value }" नामको विकल्प छैन
config-procedure-unknown-relationship = "{ $value }" नामको नाता छैन (head, spouse, child, parent, grandparent, grandchild, sibling, other)
config-procedure-unknown-shared = "{ $id }" नामको साझा फिल्ड छैन
config-procedure-wrong-kind = फिल्ड "{ $id }" को प्रकार ({ $kind }) यहाँ प्रयोग गर्न मिल्दैन
config-procedure-zero-length = अधिकतम अक्षर सङ्ख्या 0 राख्न मिल्दैन
config-procedure-missing-text = अनुवाद कुञ्जी "{ $key }" जापानी अनुवाद फाइलमा छैन

config-check-ok = { $file }: कुनै समस्या छैन ({ $kind })
config-check-unknown-kind = यो कुन सेटिङ फाइल हो थाहा भएन। --kind प्रयोग गरेर तोक्नुहोस्
config-town-prefecture = 「{ $value }」 नामको प्रिफेक्चर छैन (東京都 वा 北海道 जस्तै लेख्नुहोस्)
config-town-chome = चोमेको संख्या १ देखि ९९ सम्म हुनुपर्छ ({ $value })
