# माइ नम्बर कार्ड पढ्ने (src/card)
card-error-no-reader = कार्ड रिडर भेटिएन। जडान र pcscd चलिरहेको छ कि छैन जाँच गर्नुहोस्
card-error-reader-unplugged = कार्ड रिडर निकालियो
card-error-no-card = रिडरमा कार्ड छैन
card-error-card-removed = पढ्दै गर्दा कार्ड हट्यो। कृपया फेरि राख्नुहोस्
card-error-not-my-number-card = यो माइ नम्बर कार्ड होइन
card-error-wrong-pin = PIN मिलेन। अझै { $tries } पटक गलत भएमा लक हुन्छ
card-error-pin-blocked = PIN लक भएको छ। कृपया काउन्टरमा खोल्न लगाउनुहोस्
card-error-timeout = कार्ड रिडरले जवाफ दिएन
card-error-malformed = कार्डको जानकारी पढ्न सकिएन
card-error-pin-format = PIN ४ अङ्कको हुन्छ
card-error-unexpected = कार्डले अप्रत्याशित जवाफ दियो ({ $status })
card-error-reader = कार्ड रिडरको त्रुटि: { $detail }

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = माइ नम्बर कार्डबाट भर्नुहोस्
card-cancel = रद्द गर्नुहोस्
card-place-heading = कृपया माइ नम्बर कार्ड राख्नुहोस्
card-place-body = कार्डलाई रिडरमाथि नै राखिराख्नुहोस्। नाम, ठेगाना, जन्म मिति र लिङ्ग मात्र पढिन्छ। व्यक्तिगत नम्बर (माइ नम्बर) कहिल्यै पढिँदैन
card-pin-heading = PIN (४ अङ्क) हाल्नुहोस्
card-pin-tries = अझै { $tries } पटक हाल्न सकिन्छ
card-pin-read = पढ्नुहोस्
card-reading = पढ्दैछ। कृपया कार्ड नचलाउनुहोस्
card-counter-heading = कृपया काउन्टरमा आउनुहोस्
card-counter-last-try = अझै १ पटक गलत भएमा PIN लक हुन्छ। यहाँ नहाल्नुहोस्, काउन्टरका कर्मचारीलाई सोध्नुहोस्
card-counter-blocked = PIN लक भएको छ। काउन्टरमा खोल्न सकिन्छ
card-failed-heading = कार्ड पढ्न सकिएन
card-retry = फेरि प्रयास गर्नुहोस्
