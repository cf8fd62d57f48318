# पूर्व-आवेदन QR (preapp)

preapp-error-not-ours = यो QR कोड पूर्व-आवेदनको QR कोड होइन।
preapp-error-newer-version = यो QR कोड नयाँ ढाँचा (संस्करण { $found }) मा बनाइएको छ। यो उपकरणले संस्करण { $supported } सम्म मात्र पढ्न सक्छ। कृपया कर्मचारीलाई सोध्नुहोस्।
preapp-error-expired = यो QR कोडको म्याद ({ $date }) सकिएको छ। कृपया फेरि बनाउनुहोस्।
preapp-error-wrong-key = यो QR कोड अर्को कार्यालयका लागि बनाइएको हो। यो काउन्टरमा पढ्न सकिँदैन।
preapp-error-no-key = यो उपकरणमा इन्क्रिप्ट गरिएको QR कोड पढ्ने चाबी सेट गरिएको छैन। कृपया कर्मचारीलाई सोध्नुहोस्।
preapp-error-corrupted = QR कोड ठीकसँग पढ्न सकिएन (डाटा बिग्रिएको छ)। स्क्रिनको उज्यालो बढाएर फेरि देखाउनुहोस्।
preapp-error-missing-parts = { $total } वटामध्ये { $read } वटा पढियो। बाँकी QR कोड पनि देखाउनुहोस्।
preapp-error-too-large = QR कोडमा धेरै डाटा छ।
preapp-error-plain-not-accepted = यो काउन्टरले इन्क्रिप्ट नगरिएको QR कोड स्वीकार गर्दैन।
preapp-error-invalid-form = आवेदनको डाटामा त्रुटि छ ({ $path })।

preapp-progress = { $total } वटामध्ये { $read } वटा पढियो।
preapp-keygen-done = कार्यालयको चाबी बनाइयो। गोप्य चाबी: { $secret } सार्वजनिक चाबी: { $public }
preapp-keygen-exists = चाबी फाइल पहिले नै छ: { $path } (माथिबाट लेखिएन)
preapp-cli-key-unreadable = चाबी फाइल पढ्न सकिएन: { $path }
preapp-cli-input-unreadable = इनपुट फाइल पढ्न सकिएन: { $path } ({ $reason })
preapp-cli-image-unreadable = तस्बिर पढ्न सकिएन: { $path }
preapp-cli-no-code = तस्बिरमा QR कोड भेटिएन: { $path }
preapp-cli-write-failed = फाइल लेख्न सकिएन: { $path } ({ $reason })
preapp-cli-bad-days = मान्य अवधि 1 देखि { $max } दिनसम्म हुनुपर्छ।
preapp-config-nothing-accepted = चाबी फाइल (key_file) छैन र इन्क्रिप्ट नगरिएका QR कोड पनि अस्वीकार गर्ने सेटिङ भएकाले कुनै पनि पूर्व-आवेदन QR पढ्न सकिँदैन।
preapp-config-empty-key-file = चाबी फाइल (key_file) को पथ खाली छ।
