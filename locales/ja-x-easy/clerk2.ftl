# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = しょくいんを よんで います（{ $count }けん）
clerk-staff-call-answer = いきます
clerk-staff-call-taken = { $kiosk }へ いって ください
hub-error-staff-call-note = りゆうは { $max }もじ までです
hub-error-staff-call-answered = ほかの しょくいんが もう いきました（{ $clerk }）
clerk-error-unreachable = うけつけの システムに つながりません。ネットワークと でんげんを みて ください
clerk-export-open = データを だす ・ かず
clerk-export-close = うけつけに もどる
clerk-export-heading = { $day }の データと かず
clerk-export-prev-day = まえの ひ
clerk-export-next-day = つぎの ひ
clerk-export-records = うけつけの きろく（CSV）
clerk-export-stats = かずの まとめ（CSV）
clerk-export-saved = ほぞん しました: { $path }
clerk-export-failed = ほぞん できません でした: { $reason }
clerk-stats-visits = まどぐちごとの ひとの かず
clerk-stats-languages = つかった ことば
clerk-stats-wait = よばれる までの じかん: へいきん { $avg }分。90%の ひとは { $p90 }分 までに よばれました
clerk-stats-wait-none = まだ だれも よんで いません
clerk-stats-qr = QRを つかった ひと: { $percent }%
clerk-stats-empty = この ひは だれも きて いません
hub-error-bad-date = ひづけ { $date }が ただしく ありません（YYYY-MM-DD）
hub-error-body-syntax = おくった ないようが よめません（JSON）
hub-error-body-data = おくった ないようの こうもくが ただしく ありません（{ $path }）
hub-error-body-type = JSON（application/json）で おくって ください
# A chart with nothing to show yet.
clerk-stats-none = まだ ありません
# The record panel before anyone is called.
clerk-record-hint = つぎの ひとを よぶ（F1）と、その ひとの しんせいが ここに でます。
clerk-postal-choose = ゆうびんばんごう { $code } の まちは いくつか あります。えらんで ください
clerk-postal-unknown = ゆうびんばんごう { $code } は みつかりませんでした
clerk-postal-filled = ゆうびんばんごうから（まだ ほぞんして いません）
