## Mga pangalan ng field, pagpipilian at paliwanag sa mga form

fields-applicant-name = Buong pangalan
fields-applicant-reading = Pangalan sa katakana
fields-applicant-birth = Petsa ng kapanganakan
fields-applicant-postal = Postal code (zip code)
fields-applicant-address = Tirahan
fields-applicant-phone = Numero ng telepono (matatawagan sa araw)
fields-applicant-phone-help = Maaari namin kayong tawagan para kumpirmahin ang inyong aplikasyon
fields-applicant-has-mynumber-card = Mayroon akong My Number Card
fields-applicant-has-mynumber-card-help = Huwag isulat ang numero. Sabihin lang kung mayroon kayong card
fields-notifier-name = Pangalan ng nagpapasa ng abiso
fields-subject-name = Pangalan ng taong kailangan ng sertipiko
fields-subject-birth = Petsa ng kapanganakan ng taong kailangan ng sertipiko

fields-requester = Relasyon ninyo sa taong kailangan ng sertipiko
fields-requester-self = Ako mismo
fields-requester-household = Kasama sa iisang sambahayan
fields-requester-proxy = Kinatawan

fields-copies = Bilang ng kopya
fields-purpose = Layunin (saan ipapasa)
fields-purpose-detail = Detalye ng layunin
fields-purpose-pension = Proseso ng pensiyon
fields-purpose-employment = Ipapasa sa pinagtatrabahuhan
fields-purpose-drivers-license = Lisensya sa pagmamaneho
fields-purpose-vehicle = Pagpaparehistro ng sasakyan
fields-purpose-real-estate = Pagpaparehistro ng lupa o bahay
fields-purpose-inheritance = Mana
fields-purpose-school = Ipapasa sa paaralan
fields-purpose-loan = Pautang (loan)
fields-purpose-passport = Pasaporte
fields-purpose-marriage = Pagpaparehistro ng kasal
fields-purpose-nursery = Day care (hoikuen) o kindergarten
fields-purpose-child-allowance = Allowance para sa bata (児童手当)
fields-purpose-dependents = Proseso para sa mga pinagtutustusan (dependents)
fields-purpose-public-housing = Pampublikong pabahay
fields-purpose-address-history = Patunay ng mga dating tirahan
fields-purpose-other = Iba pa

fields-juminhyo-scope = Sino ang dapat nakasulat sa sertipiko
fields-juminhyo-scope-self = Ako lang
fields-juminhyo-scope-household-all = Lahat ng kasama sa sambahayan
fields-juminhyo-scope-household-some = Ilan sa mga kasama sa sambahayan
fields-juminhyo-members = Mga taong isusulat
fields-juminhyo-show-relationship = Isulat ang relasyon sa puno ng sambahayan
fields-juminhyo-show-honseki = Isulat ang rehistradong domisilyo (本籍) at ang pangunahing tao sa rehistro ng pamilya (筆頭者)
fields-juminhyo-show-honseki-help = Piliin lang ang "Oo" kung kailangan, halimbawa para sa pasaporte o mana

fields-kisai-has-form = Dala ko ang form na ipapasertipika
fields-kisai-submit-to = Saan ipapasa

fields-inkan-registrant-name = Pangalan ng taong nakarehistro ang selyo
fields-inkan-has-card = Dala ko ang card ng rehistro ng selyo (印鑑登録証)
fields-inkan-card-number = Numero ng rehistro ng selyo
fields-inkan-has-seal = Dala ko ang selyong (inkan) irerehistro
fields-inkan-verification = Paraan ng pagkumpirma ng pagkakakilanlan
fields-inkan-verification-photo-id = Opisyal na ID na may larawan
fields-inkan-verification-guarantor = Garantor na may rehistradong selyo sa ward na ito
fields-inkan-verification-inquiry = Sulat ng pagtatanong (ipapadala sa koreo pagkatapos)

fields-koseki-honseki = Rehistradong domisilyo (本籍)
fields-koseki-hittosha = Pangalan ng pangunahing tao sa rehistro ng pamilya (筆頭者)
fields-koseki-certificate = Uri ng sertipiko
fields-koseki-certificate-zenbu = Buong sertipiko ng rehistro ng pamilya (戸籍謄本) 450 yen
fields-koseki-certificate-kojin = Pang-isahang sertipiko ng rehistro ng pamilya (戸籍抄本) 450 yen
fields-koseki-certificate-joseki-zenbu = Buong sertipiko ng saradong rehistro ng pamilya (除籍) 750 yen
fields-koseki-relation = Relasyon ninyo sa taong nakasulat sa rehistro ng pamilya
fields-koseki-relation-self = Ako mismo
fields-koseki-relation-spouse = Asawa
fields-koseki-relation-lineal = Magulang, lolo o lola, anak, apo, atbp.
fields-koseki-relation-other = Iba pa

fields-fuhyo-scope = Sino ang dapat nakasulat sa sertipiko
fields-fuhyo-scope-self = Ako lang
fields-fuhyo-scope-all = Lahat ng nakasulat sa rehistro ng pamilya

fields-kazei-certificate = Uri ng sertipiko
fields-kazei-certificate-kazei = Sertipiko ng pagbubuwis (o ng hindi pagbubuwis)
fields-kazei-certificate-nozei = Sertipiko ng pagbabayad ng buwis
fields-kazei-fiscal-year = Taon ng pananalapi
fields-kazei-fiscal-year-latest = Pinakabagong taon ng pananalapi
fields-kazei-fiscal-year-previous = Nakaraang taon ng pananalapi
fields-kazei-fiscal-year-before-previous = Taon ng pananalapi noong nakaraang dalawang taon
fields-kazei-lived-here-jan1 = Nakatira ako sa ward na ito noong Enero 1 ng taon kung kailan nagsisimula ang taon ng pananalapi (hal.: taon ng pananalapi 2025 → Enero 1, 2025)

fields-move-date = Petsa ng paglipat
fields-move-out-date = Nakatakdang petsa ng paglipat palabas (nakasulat sa 転出証明書)
fields-move-previous-address = Dating tirahan
fields-move-destination-address = Tirahang lilipatan
fields-move-head-name = Pangalan ng puno ng sambahayan
fields-move-previous-head-name = Pangalan ng dating puno ng sambahayan
fields-move-new-postal = Postal code ng bagong tirahan
fields-move-new-address = Bagong tirahan
fields-move-members = Mga taong lilipat
fields-tennyu-date = Petsa ng pagsimulang tumira rito
fields-tenkyo-date = Petsa ng paglipat
fields-tenshutsu-date = Petsa ng paglipat (nakatakda)
fields-tenshutsu-current-address = Kasalukuyang tirahan
fields-tenshutsu-head-name = Puno ng sambahayan sa bagong tirahan
fields-household-members = Mga miyembro ng sambahayan

fields-kokuho-reason = Dahilan ng pagsali
fields-kokuho-reason-moved-in = Lumipat ako rito mula sa labas ng ward
fields-kokuho-reason-left-employer-insurance = Umalis ako sa health insurance ng pinagtatrabahuhan
fields-kokuho-reason-left-welfare = Hindi na ako tumatanggap ng tulong-pampubliko (生活保護)
fields-kokuho-reason-birth = May ipinanganak na anak
fields-kokuho-reason-other = Iba pa
fields-kokuho-start-date = Petsa ng pagsali (petsa ng pagiging kwalipikado)
fields-kokuho-previous-insurer = Pangalan ng dating health insurance
fields-kokuho-members = Mga taong sasali

fields-jido-requester-name = Pangalan ng aplikante (pangunahing kumikita sa pamilya)
fields-jido-reason = Dahilan ng aplikasyon
fields-jido-reason-birth = May ipinanganak na anak
fields-jido-reason-moved-in = Lumipat ako rito mula sa labas ng ward
fields-jido-reason-other = Iba pa
fields-jido-pension = Pensiyong kinabibilangan ninyo
fields-jido-pension-national = Pambansang Pensiyon (国民年金)
fields-jido-pension-employee = Pensiyon ng mga empleyado (厚生年金)
fields-jido-pension-mutual-aid = Samahan ng tulungan (共済組合, para sa mga kawani ng gobyerno)
fields-jido-has-spouse = May asawa ako
fields-jido-children = Mga batang saklaw

fields-bank-name = Pangalan ng bangko
fields-bank-branch = Pangalan ng sangay
fields-bank-account-type = Uri ng account
fields-bank-account-type-ordinary = Ordinaryo (savings, 普通)
fields-bank-account-type-current = Checking (当座)
fields-bank-account-number = Numero ng account (7 digit)
fields-bank-account-holder = Pangalan ng may-ari ng account (sa katakana)

fields-address-prefecture = Prepektura
fields-address-city = Lungsod, ward, bayan o nayon
fields-address-town = Pangalan ng lugar at numero ng bloke
fields-address-building = Pangalan ng gusali at numero ng kuwarto

fields-member-name = Buong pangalan
fields-member-reading = Pangalan sa katakana
fields-member-birth = Petsa ng kapanganakan
fields-member-relationship = Relasyon sa puno ng sambahayan
fields-member-sex = Kasarian

fields-relationship-head = Puno ng sambahayan
fields-relationship-spouse = Asawang babae o lalaki
fields-relationship-child = Anak
fields-relationship-parent = Ama o ina
fields-relationship-grandparent = Lolo o lola
fields-relationship-grandchild = Apo
fields-relationship-sibling = Kapatid
fields-relationship-other = Iba pa

fields-sex-male = Lalaki
fields-sex-female = Babae

fields-answer-yes = Oo
fields-answer-no = Hindi

fields-era-meiji = Meiji
fields-era-taisho = Taisho
fields-era-showa = Showa
fields-era-heisei = Heisei
fields-era-reiwa = Reiwa
