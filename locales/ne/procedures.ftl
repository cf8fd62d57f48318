## प्रक्रिया (फारम) को नाम, ल्याउनुपर्ने कागजात, प्रक्रिया सूचीका त्रुटि

procedures-juminhyo-utsushi = बसोबास प्रमाणपत्रको प्रतिलिपि (住民票の写し)
procedures-juminhyo-kisai-jiko = बसोबास विवरणको प्रमाणपत्र (住民票記載事項証明書)
procedures-inkan-shomei = छाप दर्ता प्रमाणपत्र (印鑑登録証明書)
procedures-koseki-shomei = पारिवारिक दर्ता प्रमाणपत्र (戸籍謄本・抄本)
procedures-fuhyo-utsushi = पारिवारिक दर्ताको ठेगाना अभिलेखको प्रतिलिपि (戸籍の附票の写し)
procedures-kazei-shomei = कर निर्धारण (कर छुट) प्रमाणपत्र / कर भुक्तानी प्रमाणपत्र
procedures-tennyu = अर्को नगरपालिकाबाट बसाइँ सरी आएको सूचना (転入届)
procedures-tenkyo = एउटै नगरपालिका (区) भित्र ठेगाना परिवर्तनको सूचना (転居届)
procedures-tenshutsu = अर्को नगरपालिकामा बसाइँ सरी जाने सूचना (転出届)
procedures-inkan-toroku = छाप दर्ता (印鑑登録)
procedures-kokuho-kanyu = राष्ट्रिय स्वास्थ्य बीमामा सदस्यता (国民健康保険)
procedures-jido-teate = बाल भत्ताको आवेदन (児童手当)

procedures-bundle-hikkoshi-tennyu = बसाइँसराइ (अर्को नगरपालिकाबाट आउने)
procedures-bundle-hikkoshi-tenkyo = बसाइँसराइ (एउटै नगरपालिकाभित्र)
procedures-bundle-hikkoshi-tenshutsu = बसाइँसराइ (अर्को नगरपालिकामा जाने)
procedures-bundle-shomeisho = प्रमाणपत्र लिने

procedures-doc-identity = परिचय पुष्टि गर्ने कागजात (माइ नम्बर कार्ड, ड्राइभिङ लाइसेन्स, राहदानी आदि)
procedures-doc-proxy-letter = प्रतिनिधि भए अख्तियारनामा (委任状)
procedures-doc-certify-form = प्रमाणित गराउनुपर्ने फारम (काम गर्ने ठाउँ, विद्यालय आदिले तोकेको)
procedures-doc-inkan-card = छाप दर्ता कार्ड (印鑑登録証)
procedures-doc-tenshutsu-certificate = बसाइँ सरी जाने प्रमाणपत्र (転出証明書) (माइ नम्बर कार्डबाट बसाइँ सरी जाने सूचना दिनुभएको भए चाहिँदैन)
procedures-doc-mynumber-cards = सर्ने सबै व्यक्तिहरूको माइ नम्बर कार्ड (भएमा)
procedures-doc-insurance-cards = राष्ट्रिय स्वास्थ्य बीमाको योग्यता पुष्टि पत्र (資格確認書) आदि (सदस्य हुनुहुन्छ भने)
procedures-doc-insurance-loss = अघिल्लो स्वास्थ्य बीमा छोडेको मिति देखाउने कागजात (資格喪失証明書 आदि)
procedures-doc-seal = दर्ता गर्ने छाप
procedures-doc-photo-id = फोटो सहितको सरकारी परिचयपत्र (माइ नम्बर कार्ड, ड्राइभिङ लाइसेन्स आदि)
procedures-doc-bank-account = आवेदकको नाममा रहेको बैंकको पासबुक वा क्यास कार्ड

procedures-error-unknown = "{ $id }" नामको प्रक्रिया छैन
procedures-error-unknown-bundle = "{ $id }" नामको प्रक्रिया समूह छैन
