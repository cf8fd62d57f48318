# 待合室の呼び出し表示。やさしい日本語。
board-title = よびだしの がめん
board-calling = いま よんで いる ばんごう
board-counter = { $counter }ばん 窓口（まどぐち）
board-no-calls = まだ だれも よんで いません
board-waiting-heading = こみぐあい
board-waiting = { $count }人 まって います
board-wait-estimate = だいたい { $minutes }分
board-date = { $year }年{ $month }月{ $day }日
board-please-go = じぶんの ばんごうが でたら、よこに かいて ある 窓口（まどぐち）に いって ください
board-connecting = うけつけの システムに つないで います…
board-reconnecting = うけつけの システムに もう いちど つないで います…（いまは、さいごに とどいた じょうほうを だして います）
board-error-language = しらない ことばの コードです: { $code }
board-no-wait = すぐ よびます
