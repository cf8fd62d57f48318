## Names of procedures (forms), what to bring, catalogue errors

procedures-juminhyo-utsushi = Copy of residence certificate (Juminhyo)
procedures-juminhyo-kisai-jiko = Certificate of residence record items
procedures-inkan-shomei = Seal registration certificate
procedures-koseki-shomei = Family register certificate (Koseki)
procedures-fuhyo-utsushi = Copy of the family register supplement (Koseki no fuhyo)
procedures-kazei-shomei = Tax assessment (exemption) certificate / tax payment certificate
procedures-tennyu = Moving-in notification (from another municipality)
procedures-tenkyo = Change of address within the ward
procedures-tenshutsu = Moving-out notification (to another municipality)
procedures-inkan-toroku = Seal registration
procedures-kokuho-kanyu = Joining National Health Insurance
procedures-jido-teate = Child allowance application

procedures-bundle-hikkoshi-tennyu = Moving in (from outside the ward)
procedures-bundle-hikkoshi-tenkyo = Moving within the ward
procedures-bundle-hikkoshi-tenshutsu = Moving out (leaving the ward)
procedures-bundle-shomeisho = Getting certificates

procedures-doc-identity = Proof of identity (My Number Card, driver's license, passport, etc.)
procedures-doc-proxy-letter = If you come for someone else: a letter of attorney
procedures-doc-certify-form = The form to be certified (given by your employer, school, etc.)
procedures-doc-inkan-card = Seal registration card
procedures-doc-tenshutsu-certificate = Moving-out certificate (not needed if you moved out using your My Number Card)
procedures-doc-mynumber-cards = My Number Cards of everyone moving (if you have them)
procedures-doc-insurance-cards = National Health Insurance eligibility certificates (if insured)
procedures-doc-insurance-loss = A document showing when your previous health insurance ended
procedures-doc-seal = The seal to register
procedures-doc-photo-id = Official photo ID (My Number Card, driver's license, etc.)
procedures-doc-bank-account = Bankbook or cash card in the applicant's name

procedures-error-unknown = There is no procedure "{ $id }"
procedures-error-unknown-bundle = There is no procedure set "{ $id }"
