# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = कर्मचारी बोलाइएको ({ $count })
clerk-staff-call-answer = जानुहोस्
clerk-staff-call-taken = कृपया { $kiosk } मा जानुहोस्
hub-error-staff-call-note = कारण बढीमा { $max } अक्षरको हुनुपर्छ
hub-error-staff-call-answered = यो बोलावट पहिले नै सम्हालिएको छ ({ $clerk })
clerk-error-unreachable = हबसँग जोडिन सकिएन। नेटवर्क र हब चलिरहेको छ कि जाँच्नुहोस्
clerk-export-open = निर्यात र तथ्याङ्क
clerk-export-close = लाइनमा फर्कनुहोस्
clerk-export-heading = { $day } को निर्यात र तथ्याङ्क
clerk-export-prev-day = अघिल्लो दिन
clerk-export-next-day = अर्को दिन
clerk-export-records = अभिलेख CSV
clerk-export-stats = तथ्याङ्क CSV
clerk-export-saved = सुरक्षित गरियो: { $path }
clerk-export-failed = सुरक्षित गर्न सकिएन: { $reason }
clerk-stats-visits = सेवा अनुसार भ्रमण
clerk-stats-languages = प्रयोग भएका भाषा
clerk-stats-wait = बोलाइनुअघिको पर्खाइ: औसत { $avg } मिनेट, 90% { $p90 } मिनेटभित्र
clerk-stats-wait-none = अहिलेसम्म कसैलाई बोलाइएको छैन
clerk-stats-qr = QR पूर्व-आवेदन: भ्रमणको { $percent }%
clerk-stats-empty = यो दिन कुनै भ्रमण छैन
hub-error-bad-date = मिति { $date } मान्य छैन (YYYY-MM-DD)
hub-error-body-syntax = अनुरोधको सामग्री मान्य JSON होइन
hub-error-body-data = अनुरोधको एउटा क्षेत्र छुटेको छ वा प्रकार गलत छ ({ $path })
hub-error-body-type = अनुरोधको सामग्री JSON (application/json) मा पठाउनुहोस्
# A chart with nothing to show yet.
clerk-stats-none = अहिलेसम्म छैन
# The record panel before anyone is called.
clerk-record-hint = अर्को व्यक्तिलाई बोलाउनुहोस् (F1), उहाँको आवेदन यहाँ देखिन्छ।
clerk-postal-choose = हुलाक कोड { $code } ले धेरै ठाउँ समेट्छ; एउटा छान्नुहोस्
clerk-postal-unknown = हुलाक कोड { $code } भेटिएन
clerk-postal-filled = हुलाक कोडबाट (अझै सेभ भएको छैन)
