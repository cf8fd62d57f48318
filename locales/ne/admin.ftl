# सुविधा व्यवस्थापन प्यानल (किओस्क सेटिङ, दर्ता, उपकरण जाँच) र स्क्यान स्क्रिनको क्यामेरा।

## सेटिङ सुरक्षित गर्ने
kiosk-admin-saved = { $path } मा सुरक्षित गरियो
kiosk-admin-save-failed = सुरक्षित गर्न सकिएन (पुरानो फाइल जस्ताको तस्तै छ): { $path }: { $reason }
kiosk-admin-refused = कृपया "{ $key }" सच्याउनुहोस्: { $reason }

## किओस्क र हब
kiosk-admin-hub = हबको ठेगाना
kiosk-admin-enrollment = हबमा दर्ता
kiosk-admin-enrolled = यो किओस्क दर्ता भइसकेको छ
kiosk-admin-not-enrolled = यो किओस्क अझै दर्ता भएको छैन
kiosk-admin-enroll-hint = हबले देखाएको दर्ता QR कोड स्क्यानर वा क्यामेरामा देखाउनुहोस्, वा दर्ता कोड टाइप गर्नुहोस्
kiosk-admin-enroll = दर्ता गर्नुहोस्
kiosk-admin-enrolling = दर्ता गर्दै…
kiosk-admin-enrolled-as = { $hub } मा "{ $name }" नामले दर्ता भयो (पुनः सुरु गरेपछि प्रयोग हुन्छ)
kiosk-admin-enroll-no-data-dir = दर्ता गर्न सकिएन: डाटा फोल्डर थाहा छैन (--data-dir सहित सुरु गर्नुहोस्)

## के स्वीकार गर्ने
kiosk-admin-default-language = सुरुको स्क्रिनको भाषा
kiosk-admin-bundles = प्रक्रियाका समूह (जीवनका घटना)
kiosk-admin-procedures = छुट्टाछुट्टै प्रक्रिया

## उपकरण
kiosk-admin-camera = क्यामेरा
kiosk-admin-camera-auto = स्वचालित
kiosk-admin-camera-none = प्रयोग नगर्ने
kiosk-admin-camera-none-found = क्यामेरा भेटिएन
kiosk-admin-camera-found = भेटिएका क्यामेरा: { $count }
kiosk-admin-camera-showing = { $device } बाट दृश्य ({ $frames } फ्रेम प्राप्त)
kiosk-admin-camera-test = यो क्यामेरा परीक्षण गर्नुहोस्
kiosk-admin-scanner-test = स्क्यानर परीक्षण (अन्तिम पटक पढिएको पाठ)
kiosk-admin-scanner-nothing = अहिलेसम्म केही पढिएको छैन। QR कोड स्क्यानरमा देखाउनुहोस्।

## सिंक
kiosk-admin-sync = पठाउन बाँकी र हबसँग सिंक
kiosk-admin-sync-none = यो किओस्क हबसँग सिंक हुँदैन
kiosk-admin-sync-never = अहिलेसम्म छैन
kiosk-admin-sync-online = हबसँग जोडिएको छ
kiosk-admin-sync-offline = हबसँग जोडिन सकिएन
kiosk-admin-sync-pending = पठाउन बाँकी: { $records } आवेदन, { $tickets } नम्बर
kiosk-admin-sync-last = अन्तिम सिंक: { $time }
kiosk-admin-sync-refused = हबले अस्वीकार गरेका आवेदन: { $count }
kiosk-admin-quit = किओस्क प्रोग्राम बन्द गर्नुहोस्

## स्क्यान स्क्रिनको क्यामेरा
kiosk-scan-camera-guidance = आफ्नो फोनको QR कोड क्यामेरा वा तलको स्क्यानरमा देखाउनुहोस्। केही टाइप गर्नु पर्दैन।
kiosk-scan-no-camera = क्यामेरा छैन। कृपया QR कोड स्क्यानरमा देखाउनुहोस्।
kiosk-scan-camera-lost = क्यामेरा छुट्यो। स्क्यानर भने चल्छ।
kiosk-scan-camera-starting = क्यामेरा सुरु हुँदैछ…
