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
