# よみあげ（やさしい にほんご）。
speech-number = { $letters }の{ $digits }
speech-call = { $number }ばんの かた、{ $counter }ばんの まどぐちへ きて ください。
speech-recall = もう いちど よびます。{ $number }ばんの かた、{ $counter }ばんの まどぐちへ きて ください。
speech-ticket = あなたの ばんごうは、{ $number }ばん です。
speech-error-engine-missing = こえを つくる プログラム { $engine } が ありません。scripts/setup.sh を うごかして ください。
speech-error-voice-missing = こえの データ { $voice } が ありません。scripts/setup.sh を うごかして ください。
speech-error-failed = こえを つくる { $engine } が うまく いきませんでした: { $reason }
speech-error-language = しらない ことばの コードです: { $code }
speech-read-aloud = よみあげ
