## Hub: mga pangalan ng serbisyo, error, CLI

hub-service-certificates = Mga sertipiko
hub-service-moving = Paglipat ng tirahan
hub-service-tax = Buwis
hub-service-insurance-pension = Seguro at pensiyon

hub-config-error-listen = Isulat ang listen address na "{ $value }" sa anyong "127.0.0.1:8750"
hub-config-error-empty = Walang laman ang halaga
hub-config-error-timezone = Hindi magagamit ang time zone na "{ $value }" (halimbawa: Asia/Tokyo)
hub-config-error-range = Ang halaga ay dapat mula { $min } hanggang { $max }
hub-config-error-no-services = Walang kahit isang serbisyo sa counter
hub-config-error-prefix = Ang unang titik ng numero na "{ $value }" ay dapat isang malaking titik
hub-config-error-duplicate-prefix = Dalawang beses ginamit ang unang titik ng numero na "{ $value }"
hub-config-error-counter = Ang pangalan ng counter ay dapat 1 hanggang 16 na titik

hub-error-database = Nabigo ang operasyon sa database: { $reason }
hub-error-schema-too-new = Hindi mabuksan: mas bago ang bersiyon ng database ({ $found }) kaysa sa programang ito ({ $known })
hub-error-data-dir = Hindi makagawa ng folder ng data: { $reason }
hub-error-not-found = Hindi nakita ang { $what } { $id }
hub-error-unknown-service = Walang serbisyong "{ $service }"
hub-error-unknown-counter = Walang counter na "{ $counter }"
hub-error-no-services-for-counter = Walang serbisyong hawak ang counter na "{ $counter }"
hub-error-numbers-exhausted = Naubos na ang mga numero para sa araw na ito
hub-error-no-room-for-lease = Wala nang natitirang bloke ng numerong maipapahiram
hub-error-bad-transition = Hindi puwedeng "{ $action }" dahil ang pagbisitang ito ay "{ $state }"
hub-error-counter-busy = Inaasikaso pa ng counter na ito ang { $number }. Tapusin ito o markahang wala bago tumawag ng susunod
hub-error-same-service = Hindi puwedeng ilipat sa parehong serbisyo
hub-error-device-name = Ang pangalan ng device ay dapat 1 hanggang 64 na titik
hub-error-enroll-code = Mali, paso na, o nagamit na ang code sa pagpaparehistro
hub-error-clerk-id = Ang ID ng kawani ay dapat binubuo ng titik, numero, "-" at "_" lang, hanggang 32 titik
hub-error-pin = Ang PIN ay dapat 4 hanggang 12 digit
hub-error-login = Mali ang ID ng kawani o ang PIN
hub-error-login-locked = Dahil sa sunud-sunod na pagkabigo, hindi makakapag-log in sa loob ng { $minutes } minuto
hub-error-bad-number = Mali ang anyo ng numerong "{ $number }"
hub-error-not-leased = Ang numerong { $number } ay hindi ipinahiram sa device na ito
hub-error-lease-day = Maipapahiram lang ang mga numero para sa ngayon o bukas
hub-error-record-procedures = Mali ang mga prosesong tinukoy
hub-error-record-fields = Masyadong maraming field (hanggang { $max })
hub-error-record-field-name = Mali ang pangalan ng field na "{ $field }"
hub-error-record-field-size = Masyadong mahaba ang halaga ng field na "{ $field }"
hub-error-record-source = Mali ang pinagmulan ng input ng field na "{ $field }"
hub-error-record-my-number = Hindi kailanman sine-save ang Individual Number (My Number) (field na "{ $field }")
hub-error-record-lang = Hindi magagamit ang wikang "{ $lang }"
hub-error-plain-refused = Hindi tumatanggap ang tanggapang ito ng paunang aplikasyon na hindi naka-encrypt
hub-error-record-closed = Nakumpirma na o naibalik na ang aplikasyong ito
hub-error-reject-reason = Isulat ang dahilan ng pagbabalik, 1 hanggang 500 titik
hub-error-batch-too-large = Hanggang { $max } lang ang maipapadala nang sabay-sabay
hub-error-unauthorized = Kailangan ng pagpapatunay (token ng device o pag-log in ng kawani)
hub-error-forbidden = Walang pahintulot ang device o kawaning ito na gawin ito
hub-error-body-too-large = Masyadong malaki ang ipinadalang nilalaman (hanggang { $max } byte)
hub-error-not-found-route = Walang ganoong API
hub-error-internal = Nagkaroon ng error sa loob ng hub
hub-error-query = Para maghanap, ibigay ang number o ang kana

hub-cli-enroll-code = Code sa pagpaparehistro ng device na "{ $name }" ({ $role }): { $code }
hub-cli-enroll-hint = I-scan ang QR code na ito sa kiosk o i-type ang code. May bisa ito sa loob ng { $hours } oras at isang beses lang magagamit.
hub-cli-clerk-added = Nairehistro ang kawaning "{ $id }"
hub-cli-audit-intact = Walang binago sa audit log ({ $entries } entry, huling hash { $head })
hub-cli-audit-broken = May binago sa ika-{ $seq } na entry ng audit log
hub-cli-config-problems = May mga problema sa file ng setting:

hub-sync-offline = Hindi makakonekta sa hub. Nakatago sa device na ito ang mga aplikasyon at ipapadala kapag nakakonekta na
hub-sync-no-lease = Hindi makakonekta sa hub, at wala nang natitirang numerong ipinahiram sa device na ito
hub-config-error-name-key = Ang susi ng pangalan ng serbisyo na "{ $value }" ay wala sa file ng salin (locales/ja/hub.ftl)
hub-cli-revoked = Binawi ang pagpaparehistro ng device na { $id }
hub-error-postal-unavailable = Walang datos ng postal code ang hub na ito; i-type nang mano-mano ang address
