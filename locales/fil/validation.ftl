## Pagsusuri ng mga sagot (mga mali at paalala)

validation-required = Pakisagutan ito
validation-too-long = Hanggang { $max } titik lang (ngayon ay { $length })
validation-control-characters = May titik na hindi puwedeng gamitin
validation-script-kanji = Pakisulat sa kanji o kana
validation-script-kana = Pakisulat sa hiragana o katakana
validation-script-latin = Pakisulat sa alpabetong Romano
validation-script-name = Isulat ang pangalan sa kanji at kana, o sa alpabetong Romano (bawal ang numero at simbolo)
validation-script-digits = Numero lang ang ilagay
validation-script-any = May titik na hindi puwedeng gamitin
validation-reading-katakana = Pakisulat sa katakana
validation-reading-hiragana = Pakisulat sa hiragana
validation-reading-kana = Pakisulat sa hiragana o sa katakana
validation-date-syntax = Mali ang anyo ng petsa (halimbawa: 1985-04-12, 昭和60年4月12日)
validation-date-no-such-day = Walang ganoong araw sa kalendaryo
validation-date-outside-era = Wala ang araw na iyon sa panahong { $era } (ang huling araw ng { $era } ay { $last })
validation-date-too-early = Hindi tinatanggap ang petsang bago ang Enero 1, 1873 (Meiji 6)
validation-date-future = Ang petsang ito ay lampas sa araw na ito
validation-date-order = Ang petsang ito ay bago ang petsa ng paglipat palabas
validation-postal = Ilagay ang postal code na may 7 digit (halimbawa: 150-0001)
validation-phone = Mali ang numero ng telepono (halimbawa: 03-1234-5678, 090-1234-5678)
validation-choice = Hindi mapipili ang halagang ito: { $value }
validation-count-syntax = Pakilagay ang numero
validation-count-range = Maglagay ng numero mula { $min } hanggang { $max }
validation-yes-no = Pumili ng "Oo" o "Hindi"
validation-prefecture = Pumili ng prepektura
validation-household-too-few = Maglagay ng hindi bababa sa { $min } tao
validation-household-too-many = Hanggang { $max } tao lang
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] Maglagay ng hindi bababa sa { $min } bata
       *[other] Maglagay ng hindi bababa sa { $min } batang hindi pa lumalampas sa unang Marso 31 pagkatapos nilang mag-{ $age } taong gulang
    }
   *[other] Maglagay ng hindi bababa sa { $min } taong saklaw
}
validation-relationship = Pumili ng relasyon
validation-sex = Pumili ng kasarian
validation-unknown-part = Wala ang item na ito sa impormasyon ng miyembro ng sambahayan
validation-notify-late = { $days } araw na mula sa petsang ito. Lumipas na ang takdang panahon ({ $limit } araw), kaya maaaring itanong ang dahilan
validation-notify-future = Ipasa ang abisong ito simula sa petsang ito. Pakisuri ang petsa
validation-notify-early = Ang petsang ito ay { $days } araw pa mula ngayon. Tinatanggap ang abiso simula { $limit } araw bago nito
validation-warn-proxy-letter = Kailangan ng kinatawan ang sulat ng awtorisasyon (委任状)
validation-warn-kisai-form = Pakidala ang form na ipapasertipika (itinakda ng pinagtatrabahuhan, atbp.)
validation-warn-inkan-card = Hindi maibibigay ang sertipiko kung walang card ng rehistro ng selyo (印鑑登録証)
validation-warn-inkan-seal = Kailangan ang selyong irerehistro
validation-warn-inkan-inquiry = Sa pagpaparehistro gamit ang sulat ng pagtatanong, kailangan ninyong bumalik dala ang sulat na ipapadala namin sa koreo
validation-warn-koseki-third-party = Kung hindi kayo ang mismong tao, ang asawa, o direktang kamag-anak, kailangan ninyong ipakita ang dahilan at ang dokumentong nagpapatunay nito
validation-warn-kazei-jan1 = Mag-apply sa munisipyong tinitirhan ninyo noong Enero 1 ng taon kung kailan nagsisimula ang taon ng pananalapi (hal.: taon ng pananalapi 2025 → Enero 1, 2025)
validation-warn-jido-public-servant = Ang mga kawani ng gobyerno ay mag-apply sa kanilang pinagtatrabahuhan
