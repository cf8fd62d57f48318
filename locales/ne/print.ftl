# टोकन पर्ची (रसिद) प्रिन्टर: किओस्क, सुविधा व्यवस्थापन प्यानल, `madoguchi print slip`।

## प्रिन्टरको अवस्था र त्रुटि
print-error-uri = प्रिन्टरको ठेगाना "{ $uri }" पढ्न सकिएन (tcp://HOST:9100 वा usb:/dev/usb/lp0)
print-error-connect = प्रिन्टर { $printer } सँग जोडिन सकिएन: { $reason }
print-error-write = प्रिन्टर { $printer } मा डेटा पठाउन सकिएन: { $reason }
print-error-reply = प्रिन्टरको जवाफ ESC/POS अवस्था होइन
print-error-interrupted = पर्ची पठाउनुअघि नै छपाइ रोकियो
print-state-online = छाप्न सकिन्छ
print-state-paper-near-end = छाप्न सकिन्छ (कागज सकिन लागेको छ)
print-state-paper-out = कागज छैन
print-state-cover-open = ढक्कन खुला छ
print-state-offline = प्रिन्टर अफलाइन छ
print-state-error = प्रिन्टरले त्रुटि देखाएको छ
print-state-unknown = पठाइयो (प्रिन्टरले आफ्नो अवस्था बताउँदैन)

## टोकन पर्ची
print-slip-number = तपाईंको नम्बर
print-slip-issued = जारी { $time }
print-slip-resident-line = तपाईंको नम्बर नबोलाएसम्म कृपया पर्खनुहोस्। QR कोडबाट पालो हेर्न सकिन्छ।
print-slip-sample-office = माडोगुची वडा कार्यालय (नमुना)
print-staff-call-note = टोकन प्रिन्टर: { $problem }

## madoguchi print slip
print-cli-lang = "{ $lang }" भाषा छैन (ja, en, zh-Hans, …)
print-cli-written = पर्चीको तस्बिर लेखियो: { $file }
print-cli-printed = { $printer } मा नमुना पर्ची छापियो ({ $state })

## kiosk.toml को [printer]
config-kiosk-printer-uri = प्रिन्टरको uri "{ $uri }" tcp://HOST:9100 वा usb:/dev/usb/lp0 को रूपमा लेख्नुहोस्
config-kiosk-printer-paper = कागजको चौडाइ paper_mm 58 वा 80 हुनुपर्छ ({ $paper })

## सुविधा व्यवस्थापन प्यानल
kiosk-admin-printer = टोकन प्रिन्टर
kiosk-admin-printer-none = सेट गरिएको छैन (kiosk.toml को [printer])
kiosk-admin-printer-busy = प्रिन्टरलाई सोधिँदैछ…
kiosk-admin-printer-unchecked = अवस्था अझै जाँचिएको छैन
kiosk-admin-printer-test = परीक्षण छपाइ

## पर्ची ननिस्किँदा (बासिन्दाका लागि)
kiosk-ticket-slip-paper-out = प्रिन्टरमा कागज सकियो: कृपया स्क्रिनमा भएको आफ्नो नम्बरको फोटो खिच्नुहोस्। कर्मचारीलाई जानकारी दिइयो।
kiosk-ticket-slip-cover-open = प्रिन्टरको ढक्कन खुला छ: कृपया स्क्रिनमा भएको आफ्नो नम्बरको फोटो खिच्नुहोस्। कर्मचारीलाई जानकारी दिइयो।
kiosk-ticket-slip-failed = पर्ची छाप्न सकिएन: कृपया स्क्रिनमा भएको आफ्नो नम्बरको फोटो खिच्नुहोस्। कर्मचारीलाई जानकारी दिइयो।
