# 「ここで申請をつくる」(書かない入力)の画面。日本語が原文です。

make-pick-heading = 何の手続きをしますか
make-pick-events = くらしのできごと
make-pick-certificates = 証明書
make-forms-heading = いっしょに出す書類を選んでください
make-forms-required = ✓ { $name }(必ず出します)
make-forms-none = 書類を1つ以上選んでください
make-progress = { $current } / { $total }
make-member-number = { $number } 人目
make-household-empty = まだ登録された人はいません
make-add-person = ＋ 人を追加する
make-remove = 取り消す
make-back = もどる
make-next = 次へ
make-skip = とばす
make-clear = 全部消す
make-backspace = 1字消す
make-kana-space = 空白
make-date-western = 西暦
make-date-year = 年
make-date-month = 月
make-date-day = 日
make-clerk-note = 漢字のお名前や住所の番地は、窓口で職員がお聞きして記入します。
make-clerk-completes = 窓口で職員が記入します
