## भरेको विवरणको जाँच (त्रुटि र सावधानी)

validation-required = कृपया भर्नुहोस्
validation-too-long = { $max } अक्षरभित्र लेख्नुहोस् (अहिले { $length } अक्षर छ)
validation-control-characters = प्रयोग गर्न नमिल्ने अक्षर समावेश छ
validation-script-kanji = कान्जी वा काना (जापानी अक्षर) मा लेख्नुहोस्
validation-script-kana = हिरागाना वा काताकानामा लेख्नुहोस्
validation-script-latin = रोमन अक्षर (अङ्ग्रेजी वर्णमाला) मा लेख्नुहोस्
validation-script-name = नाम कान्जी र कानामा, वा रोमन अक्षरमा लेख्नुहोस् (अङ्क वा चिन्ह प्रयोग गर्न मिल्दैन)
validation-script-digits = अङ्कमा लेख्नुहोस्
validation-script-any = प्रयोग गर्न नमिल्ने अक्षर समावेश छ
validation-reading-katakana = काताकानामा लेख्नुहोस्
validation-reading-hiragana = हिरागानामा लेख्नुहोस्
validation-reading-kana = हिरागाना वा काताकानामध्ये एउटामा लेख्नुहोस्
validation-date-syntax = मितिको ढाँचा मिलेन (उदाहरण: 1985-04-12, 昭和60年4月12日)
validation-date-no-such-day = त्यो मिति पात्रोमा छैन
validation-date-outside-era = { $era } कालमा त्यो मिति पर्दैन ({ $era } कालको अन्तिम दिन { $last } हो)
validation-date-too-early = मेइजी 6 (1873) जनवरी 1 भन्दा अघिको मिति राख्न सकिँदैन
validation-date-future = यो मिति आजभन्दा पछिको हो
validation-date-order = यो मिति बसाइँ सरी जाने मितिभन्दा अघिको छ
validation-postal = हुलाक कोड 7 अङ्कमा लेख्नुहोस् (उदाहरण: 150-0001)
validation-phone = फोन नम्बर मिलेन (उदाहरण: 03-1234-5678, 090-1234-5678)
validation-choice = यो मान छान्न मिल्दैन: { $value }
validation-count-syntax = अङ्कमा लेख्नुहोस्
validation-count-range = { $min } देखि { $max } सम्मको सङ्ख्या लेख्नुहोस्
validation-yes-no = "हो" वा "होइन" छान्नुहोस्
validation-prefecture = प्रिफेक्चर छान्नुहोस्
validation-household-too-few = कम्तीमा { $min } जनाको विवरण भर्नुहोस्
validation-household-too-many = बढीमा { $max } जनासम्म मात्र
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] बालबालिका कम्तीमा { $min } जना भर्नुहोस्
       *[other] { $age } वर्ष पुगेपछिको पहिलो मार्च 31 सम्मका बालबालिका कम्तीमा { $min } जना भर्नुहोस्
    }
   *[other] सम्बन्धित व्यक्ति कम्तीमा { $min } जना भर्नुहोस्
}
validation-relationship = नाता छान्नुहोस्
validation-sex = लिङ्ग छान्नुहोस्
validation-unknown-part = यो फिल्ड घरपरिवारका सदस्यको विवरणमा पर्दैन
validation-notify-late = यो मितिदेखि { $days } दिन भइसक्यो। सूचना दिने म्याद ({ $limit } दिनभित्र) नाघेकाले कारण सोधिन सक्छ
validation-notify-future = यो सूचना यो मिति आएपछि मात्र दिनुहोस्। मिति जाँच गर्नुहोस्
validation-notify-early = यो मिति { $days } दिनपछिको हो। सूचना { $limit } दिन अघिदेखि मात्र स्वीकार गरिन्छ
validation-warn-proxy-letter = प्रतिनिधिलाई अख्तियारनामा (委任状) चाहिन्छ
validation-warn-kisai-form = प्रमाणित गराउनुपर्ने फारम (काम गर्ने ठाउँ आदिले तोकेको) लिएर आउनुहोस्
validation-warn-inkan-card = छाप दर्ता कार्ड (印鑑登録証) बिना प्रमाणपत्र जारी गर्न सकिँदैन
validation-warn-inkan-seal = दर्ता गर्ने छाप चाहिन्छ
validation-warn-inkan-inquiry = सोधपुछ पत्रद्वारा दर्ता गर्दा, पछि हुलाकबाट पठाइने सोधपुछ पत्र लिएर फेरि आउनुपर्छ
validation-warn-koseki-third-party = आफू, पति/पत्नी वा सिधा नातेदार (आमाबुबा, छोराछोरी आदि) बाहेकका व्यक्तिले माग्नुको कारण र त्यसको प्रमाण कागजात देखाउनुपर्छ
validation-warn-kazei-jan1 = सो आर्थिक वर्ष सुरु हुने सालको जनवरी 1 (उदाहरण: 2025 को आर्थिक वर्ष → 2025 जनवरी 1) मा तपाईं बसेको नगरपालिकामा आवेदन दिनुहोस्
validation-warn-jido-public-servant = सरकारी कर्मचारीले आफ्नो कार्यालयमा आवेदन दिनुहोस्
