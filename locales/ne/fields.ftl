## फारमका फिल्डको नाम, विकल्प र व्याख्या

fields-applicant-name = पूरा नाम
fields-applicant-reading = नाम (काताकानामा)
fields-applicant-birth = जन्म मिति
fields-applicant-postal = हुलाक कोड
fields-applicant-address = ठेगाना
fields-applicant-phone = फोन नम्बर (दिउँसो सम्पर्क हुने नम्बर)
fields-applicant-phone-help = विवरण पुष्टि गर्न हामी तपाईंलाई फोन गर्न सक्छौँ
fields-applicant-has-mynumber-card = मसँग माइ नम्बर कार्ड छ
fields-applicant-has-mynumber-card-help = नम्बर लेख्नु पर्दैन। कार्ड छ कि छैन मात्र बताउनुहोस्
fields-notifier-name = सूचना दिने व्यक्तिको नाम
fields-subject-name = प्रमाणपत्र चाहिने व्यक्तिको नाम
fields-subject-birth = प्रमाणपत्र चाहिने व्यक्तिको जन्म मिति

fields-requester = काउन्टरमा आउने व्यक्ति र प्रमाणपत्र चाहिने व्यक्तिबीचको नाता
fields-requester-self = आफैँ
fields-requester-household = एउटै घरपरिवारको सदस्य
fields-requester-proxy = प्रतिनिधि

fields-copies = प्रति सङ्ख्या
fields-purpose = प्रयोजन (कहाँ बुझाउने)
fields-purpose-detail = प्रयोजनको विवरण
fields-purpose-pension = पेन्सन सम्बन्धी प्रक्रिया
fields-purpose-employment = काम गर्ने ठाउँमा बुझाउन
fields-purpose-drivers-license = ड्राइभिङ लाइसेन्स
fields-purpose-vehicle = सवारी साधन दर्ता
fields-purpose-real-estate = घरजग्गा दर्ता
fields-purpose-inheritance = उत्तराधिकार (अपुताली)
fields-purpose-school = विद्यालयमा बुझाउन
fields-purpose-loan = ऋण वा कर्जा
fields-purpose-passport = राहदानी (पासपोर्ट)
fields-purpose-marriage = विवाह दर्ता
fields-purpose-nursery = शिशु स्याहार केन्द्र (होइकुएन) वा किन्डरगार्टेन
fields-purpose-child-allowance = बाल भत्ता
fields-purpose-dependents = आश्रित सम्बन्धी प्रक्रिया
fields-purpose-public-housing = सार्वजनिक आवास
fields-purpose-address-history = पुराना ठेगानाहरूको प्रमाण
fields-purpose-other = अन्य

fields-juminhyo-scope = प्रमाणपत्रमा कसको विवरण चाहिन्छ
fields-juminhyo-scope-self = आफ्नो मात्र
fields-juminhyo-scope-household-all = घरपरिवारका सबै सदस्य
fields-juminhyo-scope-household-some = घरपरिवारका केही सदस्य
fields-juminhyo-members = उल्लेख गर्नुपर्ने व्यक्तिहरू
fields-juminhyo-show-relationship = घरमुलीसँगको नाता उल्लेख गर्ने
fields-juminhyo-show-honseki = स्थायी दर्ता ठेगाना (本籍) र पारिवारिक दर्ताको प्रमुख व्यक्ति (筆頭者) उल्लेख गर्ने
fields-juminhyo-show-honseki-help = राहदानी वा उत्तराधिकार जस्ता कामका लागि चाहिएमा मात्र "हो" छान्नुहोस्

fields-kisai-has-form = प्रमाणित गराउनुपर्ने फारम लिएर आएको छु
fields-kisai-submit-to = बुझाउने ठाउँ

fields-inkan-registrant-name = छाप दर्ता गरेको व्यक्तिको नाम
fields-inkan-has-card = छाप दर्ता कार्ड (印鑑登録証) लिएर आएको छु
fields-inkan-card-number = छाप दर्ता नम्बर
fields-inkan-has-seal = दर्ता गर्ने छाप (इन्कान) लिएर आएको छु
fields-inkan-verification = पहिचान पुष्टि गर्ने तरिका
fields-inkan-verification-photo-id = फोटो सहितको सरकारी परिचयपत्र
fields-inkan-verification-guarantor = यही नगरपालिका (区) मा छाप दर्ता गरेका जमानी व्यक्ति
fields-inkan-verification-inquiry = सोधपुछ पत्र (पछि हुलाकबाट पठाइन्छ)

fields-koseki-honseki = स्थायी दर्ता ठेगाना (本籍)
fields-koseki-hittosha = पारिवारिक दर्ताको प्रमुख व्यक्ति (筆頭者) को नाम
fields-koseki-certificate = प्रमाणपत्रको प्रकार
fields-koseki-certificate-zenbu = पारिवारिक दर्ताको पूरा प्रमाणपत्र (戸籍謄本) 450 येन
fields-koseki-certificate-kojin = पारिवारिक दर्ताको व्यक्तिगत प्रमाणपत्र (戸籍抄本) 450 येन
fields-koseki-certificate-joseki-zenbu = बन्द भएको पारिवारिक दर्ताको पूरा प्रमाणपत्र (除籍) 750 येन
fields-koseki-relation = पारिवारिक दर्तामा उल्लेखित व्यक्तिसँग तपाईंको नाता
fields-koseki-relation-self = आफैँ
fields-koseki-relation-spouse = पति वा पत्नी
fields-koseki-relation-lineal = आमाबुबा, हजुरबुबा-हजुरआमा, छोराछोरी, नातिनातिना आदि
fields-koseki-relation-other = अन्य

fields-fuhyo-scope = प्रमाणपत्रमा कसको विवरण चाहिन्छ
fields-fuhyo-scope-self = आफ्नो मात्र
fields-fuhyo-scope-all = पारिवारिक दर्तामा उल्लेखित सबै

fields-kazei-certificate = प्रमाणपत्रको प्रकार
fields-kazei-certificate-kazei = कर निर्धारण (कर छुट) प्रमाणपत्र
fields-kazei-certificate-nozei = कर भुक्तानी प्रमाणपत्र
fields-kazei-fiscal-year = आर्थिक वर्ष
fields-kazei-fiscal-year-latest = पछिल्लो आर्थिक वर्ष
fields-kazei-fiscal-year-previous = अघिल्लो आर्थिक वर्ष
fields-kazei-fiscal-year-before-previous = दुई वर्ष अघिको आर्थिक वर्ष
fields-kazei-lived-here-jan1 = सो आर्थिक वर्ष सुरु हुने सालको जनवरी 1 (उदाहरण: 2025 को आर्थिक वर्ष → 2025 जनवरी 1) मा म यही नगरपालिका (区) मा बस्थेँ

fields-move-date = सरेको मिति
fields-move-out-date = बसाइँ सरी जाने तय मिति (転出証明書 मा लेखिएको मिति)
fields-move-previous-address = अघिल्लो ठेगाना
fields-move-destination-address = सर्ने ठाउँको ठेगाना
fields-move-head-name = घरमुलीको नाम
fields-move-previous-head-name = अघिल्लो घरमुलीको नाम
fields-move-new-postal = नयाँ ठेगानाको हुलाक कोड
fields-move-new-address = नयाँ ठेगाना
fields-move-members = सर्ने व्यक्तिहरू
fields-tennyu-date = यहाँ बस्न सुरु गरेको मिति
fields-tenkyo-date = सरेको मिति
fields-tenshutsu-date = सर्ने मिति (तय मिति)
fields-tenshutsu-current-address = हालको ठेगाना
fields-tenshutsu-head-name = नयाँ ठेगानामा घरमुलीको नाम
fields-household-members = घरपरिवारका सदस्यहरू

fields-kokuho-reason = सदस्य बन्नुको कारण
fields-kokuho-reason-moved-in = अर्को नगरपालिकाबाट सरेर आएँ
fields-kokuho-reason-left-employer-insurance = काम गर्ने ठाउँको स्वास्थ्य बीमा छोडेँ
fields-kokuho-reason-left-welfare = जीवन निर्वाह सहायता (生活保護) पाउन छाडेँ
fields-kokuho-reason-birth = बच्चा जन्मियो
fields-kokuho-reason-other = अन्य
fields-kokuho-start-date = सदस्य बन्ने मिति (योग्यता पाएको मिति)
fields-kokuho-previous-insurer = अघिल्लो स्वास्थ्य बीमाको नाम
fields-kokuho-members = सदस्य बन्ने व्यक्तिहरू

fields-jido-requester-name = आवेदकको नाम (घरको मुख्य आम्दानी गर्ने व्यक्ति)
fields-jido-reason = आवेदनको कारण
fields-jido-reason-birth = बच्चा जन्मियो
fields-jido-reason-moved-in = अर्को नगरपालिकाबाट सरेर आएँ
fields-jido-reason-other = अन्य
fields-jido-pension = तपाईं सदस्य रहेको पेन्सन
fields-jido-pension-national = राष्ट्रिय पेन्सन (国民年金)
fields-jido-pension-employee = कर्मचारी पेन्सन (厚生年金)
fields-jido-pension-mutual-aid = पारस्परिक सहायता सङ्घ (सरकारी कर्मचारी)
fields-jido-has-spouse = मेरो पति वा पत्नी हुनुहुन्छ
fields-jido-children = भत्ता पाउने बालबालिका

fields-bank-name = बैंकको नाम
fields-bank-branch = शाखाको नाम
fields-bank-account-type = खाताको प्रकार
fields-bank-account-type-ordinary = साधारण (बचत)
fields-bank-account-type-current = चल्ती
fields-bank-account-number = खाता नम्बर (7 अङ्क)
fields-bank-account-holder = खातावालाको नाम (काताकानामा)

fields-address-prefecture = प्रिफेक्चर
fields-address-city = नगरपालिका (市区町村)
fields-address-town = टोल र घर नम्बर (番地)
fields-address-building = भवनको नाम र कोठा नम्बर

fields-member-name = पूरा नाम
fields-member-reading = नाम (काताकानामा)
fields-member-birth = जन्म मिति
fields-member-relationship = घरमुलीसँगको नाता
fields-member-sex = लिङ्ग

fields-relationship-head = घरमुली
fields-relationship-spouse = पत्नी वा पति
fields-relationship-child = छोराछोरी
fields-relationship-parent = बुबा वा आमा
fields-relationship-grandparent = हजुरबुबा वा हजुरआमा
fields-relationship-grandchild = नाति वा नातिनी
fields-relationship-sibling = दाजुभाइ वा दिदीबहिनी
fields-relationship-other = अन्य

fields-sex-male = पुरुष
fields-sex-female = महिला

fields-answer-yes = हो
fields-answer-no = होइन

fields-era-meiji = मेइजी
fields-era-taisho = ताइशो
fields-era-showa = शोवा
fields-era-heisei = हेइसेइ
fields-era-reiwa = रेइवा
