# "यहीँ आवेदन बनाउनुहोस्" स्क्रिन (नलेखी भर्ने)।

make-pick-heading = तपाईं कुन काम गर्न चाहनुहुन्छ?
make-pick-events = जीवनका घटनाहरू
make-pick-certificates = प्रमाणपत्रहरू
make-forms-heading = सँगै बुझाउने फारमहरू छान्नुहोस्
make-forms-required = ✓ { $name } (अनिवार्य)
make-forms-none = कम्तीमा एउटा फारम छान्नुहोस्
make-progress = { $current } / { $total }
make-member-number = व्यक्ति { $number }
make-household-empty = अहिलेसम्म कोही थपिएको छैन
make-add-person = ＋ व्यक्ति थप्नुहोस्
make-remove = हटाउनुहोस्
make-back = पछाडि
make-next = अर्को
make-skip = छोड्नुहोस्
make-clear = सबै मेटाउनुहोस्
make-backspace = एक अक्षर मेटाउनुहोस्
make-kana-space = खाली ठाउँ
make-date-western = इस्वी सन्
make-date-year = वर्ष
make-date-month = महिना
make-date-day = तारिख
make-clerk-note = कान्जीमा नाम र विस्तृत ठेगाना काउन्टरका कर्मचारीले सोधेर भर्नुहुनेछ।
make-clerk-completes = काउन्टरमा कर्मचारीले भर्नुहुनेछ
