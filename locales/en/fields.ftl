## Form field labels, options and hints

fields-applicant-name = Full name
fields-applicant-reading = Name in katakana
fields-applicant-birth = Date of birth
fields-applicant-postal = Postal code
fields-applicant-address = Address
fields-applicant-phone = Phone number (reachable during the day)
fields-applicant-phone-help = We may call you to check your application
fields-applicant-has-mynumber-card = I have a My Number Card
fields-applicant-has-mynumber-card-help = Do not write the number; just tell us whether you have the card
fields-notifier-name = Name of the person notifying
fields-subject-name = Name of the person the certificate is for
fields-subject-birth = Date of birth of the person the certificate is for

fields-requester = Your relationship to the person the certificate is for
fields-requester-self = Myself
fields-requester-household = Someone in my household
fields-requester-proxy = I am a proxy

fields-copies = Number of copies
fields-purpose = Purpose (where you will submit it)
fields-purpose-detail = Details of the purpose
fields-purpose-pension = Pension procedure
fields-purpose-employment = For my employer
fields-purpose-drivers-license = Driver's license
fields-purpose-vehicle = Vehicle registration
fields-purpose-real-estate = Real estate registration
fields-purpose-inheritance = Inheritance
fields-purpose-school = For a school
fields-purpose-loan = Loan
fields-purpose-passport = Passport
fields-purpose-marriage = Marriage registration
fields-purpose-nursery = Nursery school or kindergarten
fields-purpose-child-allowance = Child allowance
fields-purpose-dependents = Dependents procedure
fields-purpose-public-housing = Public housing
fields-purpose-address-history = Proof of past addresses
fields-purpose-other = Other

fields-juminhyo-scope = Who should be on the certificate
fields-juminhyo-scope-self = Only me
fields-juminhyo-scope-household-all = Everyone in my household
fields-juminhyo-scope-household-some = Some people in my household
fields-juminhyo-members = People to include
fields-juminhyo-show-relationship = Show the relationship to the head of household
fields-juminhyo-show-honseki = Show the registered domicile and head of the family register
fields-juminhyo-show-honseki-help = Choose "Yes" only if you need it, for example for a passport or an inheritance

fields-kisai-has-form = I brought the form to be certified
fields-kisai-submit-to = Where you will submit it

fields-inkan-registrant-name = Name of the registered person
fields-inkan-has-card = I brought the seal registration card
fields-inkan-card-number = Seal registration number
fields-inkan-has-seal = I brought the seal to register
fields-inkan-verification = How we confirm your identity
fields-inkan-verification-photo-id = Official photo ID
fields-inkan-verification-guarantor = A guarantor with a seal registered in the ward
fields-inkan-verification-inquiry = An inquiry letter sent by post

fields-koseki-honseki = Registered domicile (honseki)
fields-koseki-hittosha = Name of the head of the family register
fields-koseki-certificate = Type of certificate
fields-koseki-certificate-zenbu = Full family register certificate (koseki tohon) 450 yen
fields-koseki-certificate-kojin = Individual family register certificate (koseki shohon) 450 yen
fields-koseki-certificate-joseki-zenbu = Closed family register certificate (joseki) 750 yen
fields-koseki-relation = Your relationship to the people in the register
fields-koseki-relation-self = Myself
fields-koseki-relation-spouse = Spouse
fields-koseki-relation-lineal = Parent, grandparent, child, grandchild, etc.
fields-koseki-relation-other = Other

fields-fuhyo-scope = Who should be on the certificate
fields-fuhyo-scope-self = Only me
fields-fuhyo-scope-all = Everyone in the family register

fields-kazei-certificate = Type of certificate
fields-kazei-certificate-kazei = Tax assessment (exemption) certificate
fields-kazei-certificate-nozei = Tax payment certificate
fields-kazei-fiscal-year = Fiscal year
fields-kazei-fiscal-year-latest = Latest fiscal year
fields-kazei-fiscal-year-previous = Previous fiscal year
fields-kazei-fiscal-year-before-previous = Two fiscal years ago
fields-kazei-lived-here-jan1 = I lived in the ward on 1 January of the year in which that fiscal year begins (e.g. fiscal 2025 → 1 January 2025)

fields-move-date = Date of the move
fields-move-out-date = Planned moving-out date (on the moving-out certificate)
fields-move-previous-address = Previous address
fields-move-destination-address = Address you are moving to
fields-move-head-name = Name of the head of household
fields-move-previous-head-name = Name of the previous head of household
fields-move-new-postal = Postal code of the new address
fields-move-new-address = New address
fields-move-members = People who are moving
fields-tennyu-date = Date you started living here
fields-tenkyo-date = Date of the move
fields-tenshutsu-date = Date you will move (planned)
fields-tenshutsu-current-address = Current address
fields-tenshutsu-head-name = Head of household at the new address
fields-household-members = Household members

fields-kokuho-reason = Reason for joining
fields-kokuho-reason-moved-in = I moved here from outside the ward
fields-kokuho-reason-left-employer-insurance = I left my employer's health insurance
fields-kokuho-reason-left-welfare = I no longer receive public assistance
fields-kokuho-reason-birth = A child was born
fields-kokuho-reason-other = Other
fields-kokuho-start-date = Date of joining (date you became eligible)
fields-kokuho-previous-insurer = Name of your previous health insurance
fields-kokuho-members = People joining

fields-jido-requester-name = Name of the applicant (main earner)
fields-jido-reason = Reason for applying
fields-jido-reason-birth = A child was born
fields-jido-reason-moved-in = I moved here from outside the ward
fields-jido-reason-other = Other
fields-jido-pension = Your pension system
fields-jido-pension-national = National Pension
fields-jido-pension-employee = Employees' Pension
fields-jido-pension-mutual-aid = Mutual aid association (public servants)
fields-jido-has-spouse = I have a spouse
fields-jido-children = Children covered

fields-bank-name = Bank name
fields-bank-branch = Branch name
fields-bank-account-type = Account type
fields-bank-account-type-ordinary = Ordinary
fields-bank-account-type-current = Current
fields-bank-account-number = Account number (7 digits)
fields-bank-account-holder = Account holder (in katakana)

fields-address-prefecture = Prefecture
fields-address-city = City, ward, town or village
fields-address-town = District and block number
fields-address-building = Building and room number

fields-member-name = Full name
fields-member-reading = Name in katakana
fields-member-birth = Date of birth
fields-member-relationship = Relationship to the head of household
fields-member-sex = Sex

fields-relationship-head = Head of household
fields-relationship-spouse = Wife or husband
fields-relationship-child = Child
fields-relationship-parent = Father or mother
fields-relationship-grandparent = Grandparent
fields-relationship-grandchild = Grandchild
fields-relationship-sibling = Brother or sister
fields-relationship-other = Other

fields-sex-male = Male
fields-sex-female = Female

fields-answer-yes = Yes
fields-answer-no = No

fields-era-meiji = Meiji
fields-era-taisho = Taisho
fields-era-showa = Showa
fields-era-heisei = Heisei
fields-era-reiwa = Reiwa
