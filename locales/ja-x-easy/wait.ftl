## まつ じょうきょうの ページ（けいたい でんわ）

wait-ticket-title = あなたの ばんごうの かみ
wait-ward-title = 窓口（まどぐち）の こみぐあい
wait-language = ことば
wait-loading = よみこんで います…
wait-your-number = あなたの ばんごう
wait-ahead = { $count ->
    [0] あなたの まえに まって いる ひとは いません
   *[other] あなたの まえに { $count }人 います
}
wait-estimated = まつ じかん: だいたい { $minutes }分
wait-soon = もうすぐ よばれます。窓口（まどぐち）の ちかくに もどって ください。
wait-called = よばれました
wait-counter = { $counter }ばん 窓口（まどぐち）
wait-done = この ばんごうは おわりました。ありがとう ございました。
wait-unknown = この ばんごうの かみは みつかりません。じかんが すぎたか、アドレスが ちがいます。
wait-unreachable = じょうほうを よめません。じどうで もう いちど よみます。
wait-stale = { $time } の じょうほうです。あたらしく なって いないので、いまと ちがう かもしれません。
wait-old = ふるい じょうほう
wait-live = じどうで あたらしく なります
wait-alerts-ask = ちかく なったら しらせる
wait-alerts-on = ちかく なったら しらせます（この ページを ひらいて いる あいだ）。
wait-alerts-off = つうちは つかえません。この がめんで しらせます。
wait-notify-soon = { $number }: もうすぐ よばれます（まえに { $count }人）
wait-notify-called = { $number }: { $counter }ばん 窓口（まどぐち）へ きて ください
wait-no-personal-data = この ページには、なまえや じゅうしょは でません。
wait-waiting = まって いる ひと: { $count }人
wait-called-recent = さいきん よばれた ばんごう
wait-called-none = まだ ありません
wait-open-data = おなじ かずを オープンデータ（JSON）で だして います。だれでも つかえます。なまえなどは はいって いません:
wait-ward-empty = みせられる やくしょが ありません。
