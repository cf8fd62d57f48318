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
