## काउन्टरको भीडको अवस्था (मोबाइलका लागि)

status-title = { $office } काउन्टरको भीडको अवस्था
status-heading = काउन्टरको भीडको अवस्था
status-updated = { $time } सम्मको अवस्था (आफैँ अद्यावधिक हुन्छ)
status-now-calling = अहिले बोलाइँदै गरेको नम्बर
status-none-calling = छैन
status-waiting = पर्खिरहेका व्यक्ति: { $count } जना
status-estimated-wait = अनुमानित पर्खाइ: करिब { $minutes } मिनेट
status-counter = काउन्टर नम्बर { $counter }
status-language = भाषा
status-no-personal-data = यो पृष्ठमा कुनै व्यक्तिगत विवरण देखाइँदैन।
