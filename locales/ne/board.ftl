# प्रतीक्षा कक्षको बोलाउने डिस्प्ले। मूल पाठ जापानी हो।
board-title = बोलाउने डिस्प्ले
board-calling = अहिले बोलाइँदै गरेका नम्बर
board-counter = काउन्टर { $counter }
board-no-calls = अहिलेसम्म कसैलाई बोलाइएको छैन
board-waiting-heading = पर्खाइको अवस्था
board-waiting = { $count } जना पर्खिरहनुभएको छ
board-wait-estimate = करिब { $minutes } मिनेट
board-date = { $year }-{ $month }-{ $day }
board-please-go = आफ्नो नम्बर बोलाइएमा, देखाइएको काउन्टरमा जानुहोस्
board-connecting = पालो प्रणालीसँग जोडिँदै…
board-reconnecting = पालो प्रणालीसँग फेरि जोडिँदै… (अन्तिम पटक पाएको अवस्था देखाइएको छ)
board-error-language = थाहा नभएको भाषा कोड: { $code }
board-no-wait = तुरुन्तै सेवा पाउनुहुन्छ
