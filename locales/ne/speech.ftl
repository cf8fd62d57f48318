# ठूलो स्वरमा पढ्ने (बोर्डको आवाजमा बोलाइ, किओस्कको पढाइ)।
speech-number = { $letters } { $digits }
speech-call = नम्बर { $number }, कृपया काउन्टर नम्बर { $counter } मा आउनुहोस्।
speech-recall = फेरि बोलाउँदै: नम्बर { $number }, कृपया काउन्टर नम्बर { $counter } मा आउनुहोस्।
speech-ticket = तपाईंको पालो नम्बर { $number } हो।
speech-error-engine-missing = आवाज बनाउने प्रोग्राम { $engine } भेटिएन। scripts/setup.sh चलाउनुहोस्।
speech-error-voice-missing = आवाजको डाटा { $voice } भेटिएन। scripts/setup.sh चलाउनुहोस्।
speech-error-failed = आवाज बनाउने प्रोग्राम { $engine } असफल भयो: { $reason }
speech-error-language = थाहा नभएको भाषा कोड: { $code }
speech-read-aloud = पढेर सुनाउनुहोस्
