# 「ここで もうしこみを つくる」の がめん(やさしい にほんご)。

make-pick-heading = なんの てつづきを しますか
make-pick-events = ひっこし など
make-pick-certificates = しょうめいしょ
make-forms-heading = いっしょに だす かみを えらんで ください
make-forms-required = ✓ { $name }(かならず だします)
make-forms-none = かみを 1つ いじょう えらんで ください
make-progress = { $current } / { $total }
make-member-number = { $number }ばんめの ひと
make-household-empty = まだ だれも いません
make-add-person = ＋ ひとを ふやす
make-remove = けす
make-back = もどる
make-next = つぎへ
make-skip = とばす
make-clear = ぜんぶ けす
make-backspace = 1もじ けす
make-kana-space = あける
make-date-western = せいれき
make-date-year = ねん
make-date-month = がつ
make-date-day = にち
make-clerk-note = かんじで かく なまえと、じゅうしょの ばんち（番地）は、窓口（まどぐち）で やくしょの ひとが ききます。そして、かわりに かきます。
make-clerk-completes = 窓口（まどぐち）で やくしょの ひとが かきます
