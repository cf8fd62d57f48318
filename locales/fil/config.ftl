## Pagsusuri ng mga file ng setting (kiosk.toml, mga file ng proseso)

config-kiosk-empty = Walang laman ang "{ $key }"
config-kiosk-hub-url = Mali ang URL ng hub (dapat magsimula sa http:// o https://): { $url }
config-kiosk-out-of-range = Ang "{ $key }" ay dapat mula { $min } hanggang { $max }
config-kiosk-default-language = Ang unang wikang ipapakita na "{ $lang }" ay wala sa mga wikang mapipili
config-kiosk-duplicate = Dalawang beses nakasulat ang "{ $id }"
config-kiosk-nothing-offered = Walang kahit isang prosesong tinatanggap
config-kiosk-catalog = Hindi mabasa ang folder ng mga proseso: { $dir }
config-kiosk-pin-hash = Ang hash ng admin PIN ay wala sa anyong Argon2 ($argon2id$…)

config-procedure-bad-id = Hindi puwedeng gamitin ang "{ $id }" bilang pangalan (maliliit na titik, numero at gitling lang)
config-procedure-bad-shared-id = Ang pangalan ng pinagsasaluhang field na "{ $id }" ay dapat hatiin ng tuldok, gaya ng "applicant.name"
config-procedure-bad-message-key = Wala sa anyo ng susi ng salin ang "{ $key }"
config-procedure-bad-service = Ang uri ng serbisyo na "{ $service }" ay dapat isang malaking titik (halimbawa: A, B)
config-procedure-bundle-empty = Walang proseso sa grupong ito
config-procedure-choice-no-options = Walang mapagpipilian
config-procedure-duplicate = Dalawang beses itinakda ang "{ $id }"
config-procedure-field-no-id = Walang id o shared ang field
config-procedure-field-no-kind = Walang kind ang field
config-procedure-field-no-label = Walang label ang field
config-procedure-id-not-file-name = Ang id ng proseso na "{ $id }" ay iba sa pangalan ng file na "{ $file }"
config-procedure-min-over-max = Mas malaki ang min ({ $min }) kaysa sa max ({ $max })
config-procedure-option-not-for-kind = Hindi puwedeng gamitin ang "{ $option }" sa ganitong uri ng field
config-procedure-optional-not-in-bundle = Ang "{ $id }" ay wala sa mga proseso ng grupong ito
config-procedure-bundle-two-windows = Iba ang takdang araw ng pag-uulat na ibinibigay ng "{ $procedure }" sa "{ $id }" kaysa sa ibang proseso ng grupong ito; iisa lang ang takdang araw ng isang petsa
config-procedure-shared-in-shared = Hindi puwedeng gamitin ang shared sa depinisyon ng pinagsasaluhang field
config-procedure-shared-with-kind = Ang field na gumagamit ng pinagsasaluhang field na "{ $shared }" ay hindi puwedeng magkaroon ng id o kind
config-procedure-two-households = Isa lang ang field ng mga miyembro ng sambahayan sa bawat proseso
config-procedure-unknown-field = Walang field na "{ $id }"
config-procedure-unknown-option = Walang pagpipiliang "{ $value }"
config-procedure-unknown-relationship = Walang relasyong "{ $value }" (head, spouse, child, parent, grandparent, grandchild, sibling, other)
config-procedure-unknown-shared = Walang pinagsasaluhang field na "{ $id }"
config-procedure-wrong-kind = Hindi puwedeng gamitin dito ang uri ({ $kind }) ng field na "{ $id }"
config-procedure-zero-length = Hindi puwedeng 0 ang pinakamaraming bilang ng titik
config-procedure-missing-text = Wala sa file ng salin sa wikang Hapon ang susi ng salin na "{ $key }"

config-check-ok = { $file }: walang problema ({ $kind })
config-check-unknown-kind = Hindi malaman kung para saan ang file ng setting na ito. Itakda ito gamit ang --kind
config-town-prefecture = Walang prefecture na "{ $value }" (isulat gaya ng 東京都 o 北海道)
config-town-chome = Ang bilang ng chōme ay dapat mula 1 hanggang 99 ({ $value })
