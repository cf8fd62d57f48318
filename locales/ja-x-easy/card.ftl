# マイナンバーカードを よむ (src/card)
card-error-no-reader = カードを よむ きかいが ありません。つないで あるか、pcscd が うごいて いるか みて ください
card-error-reader-unplugged = カードを よむ きかいが はずれました
card-error-no-card = カードが おいて ありません
card-error-card-removed = よんで いる あいだに カードが はなれました。もう いちど おいて ください
card-error-not-my-number-card = マイナンバーカードでは ありません
card-error-wrong-pin = あんしょうばんごうが ちがいます。あと { $tries } かい まちがえると つかえなく なります
card-error-pin-blocked = あんしょうばんごうが つかえなく なって います。窓口（まどぐち）で なおして ください
card-error-timeout = カードを よむ きかいが こたえません
card-error-malformed = カードの じょうほうを よめませんでした
card-error-pin-format = あんしょうばんごうは すうじ 4けたです
card-error-unexpected = カードが おもって いない こたえを しました（{ $status }）
card-error-reader = カードを よむ きかいの エラー: { $detail }

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = マイナンバーカードで いれる
card-cancel = やめる
card-place-heading = マイナンバーカードを おいて ください
card-place-body = カードを よむ きかいの うえに おいた ままに して ください。よむのは なまえ・じゅうしょ・うまれた ひ・せいべつ だけです。マイナンバー（こじんばんごう）は よみません
card-pin-heading = あんしょうばんごう（すうじ 4けた）を いれて ください
card-pin-tries = あと { $tries } かい いれる ことが できます
card-pin-read = よむ
card-reading = よんで います。カードを うごかさないで ください
card-counter-heading = 窓口（まどぐち）に きて ください
card-counter-last-try = あと 1かい まちがえると あんしょうばんごうが つかえなく なります。ここでは いれないで、窓口（まどぐち）の ひとに はなして ください
card-counter-blocked = あんしょうばんごうが つかえなく なって います。窓口（まどぐち）で なおす ことが できます
card-failed-heading = カードを よめませんでした
card-retry = もう いちど
