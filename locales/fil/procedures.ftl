## Mga pangalan ng proseso (form), mga dadalhin, mga mali sa listahan ng proseso

procedures-juminhyo-utsushi = Kopya ng sertipiko ng paninirahan (住民票の写し)
procedures-juminhyo-kisai-jiko = Sertipiko ng mga detalye sa sertipiko ng paninirahan (住民票記載事項証明書)
procedures-inkan-shomei = Sertipiko ng rehistro ng selyo (印鑑登録証明書)
procedures-koseki-shomei = Sertipiko ng rehistro ng pamilya (戸籍謄本・抄本)
procedures-fuhyo-utsushi = Kopya ng talaan ng tirahan ng rehistro ng pamilya (戸籍の附票の写し)
procedures-kazei-shomei = Sertipiko ng pagbubuwis (o ng hindi pagbubuwis) / sertipiko ng pagbabayad ng buwis
procedures-tennyu = Abiso ng paglipat papasok mula sa ibang munisipyo (転入届)
procedures-tenkyo = Abiso ng paglipat sa loob ng ward (転居届)
procedures-tenshutsu = Abiso ng paglipat palabas sa ibang munisipyo (転出届)
procedures-inkan-toroku = Pagpaparehistro ng selyo (印鑑登録)
procedures-kokuho-kanyu = Pagsali sa Pambansang Seguro sa Kalusugan (国民健康保険)
procedures-jido-teate = Aplikasyon para sa allowance ng bata (児童手当)

procedures-bundle-hikkoshi-tennyu = Paglipat (mula sa labas ng ward)
procedures-bundle-hikkoshi-tenkyo = Paglipat (sa loob ng ward)
procedures-bundle-hikkoshi-tenshutsu = Paglipat (palabas ng ward)
procedures-bundle-shomeisho = Pagkuha ng sertipiko

procedures-doc-identity = Dokumentong nagpapatunay ng pagkakakilanlan (My Number Card, lisensya sa pagmamaneho, pasaporte, atbp.)
procedures-doc-proxy-letter = Kung kinatawan: sulat ng awtorisasyon (委任状)
procedures-doc-certify-form = Ang form na ipapasertipika (itinakda ng pinagtatrabahuhan, paaralan, atbp.)
procedures-doc-inkan-card = Card ng rehistro ng selyo (印鑑登録証)
procedures-doc-tenshutsu-certificate = Sertipiko ng paglipat palabas (転出証明書) (hindi na kailangan kung nag-abiso kayo ng paglipat palabas gamit ang My Number Card)
procedures-doc-mynumber-cards = My Number Card ng lahat ng lilipat (kung mayroon)
procedures-doc-insurance-cards = Sertipiko ng pagiging kwalipikado (資格確認書) sa Pambansang Seguro sa Kalusugan, atbp. (kung kasapi)
procedures-doc-insurance-loss = Dokumentong nagpapakita ng petsa ng pag-alis sa dating health insurance (資格喪失証明書, atbp.)
procedures-doc-seal = Ang selyong irerehistro
procedures-doc-photo-id = Opisyal na ID na may larawan (My Number Card, lisensya sa pagmamaneho, atbp.)
procedures-doc-bank-account = Bankbook o cash card na nakapangalan sa aplikante

procedures-error-unknown = Walang prosesong "{ $id }"
procedures-error-unknown-bundle = Walang grupo ng prosesong "{ $id }"
