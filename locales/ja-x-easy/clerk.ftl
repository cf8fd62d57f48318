# 窓口端末（職員用）。やさしい日本語。
clerk-title = 窓口（まどぐち）の きかい
clerk-bar-who = { $counter }ばん 窓口（まどぐち） ・ しょくいん { $clerk }
clerk-online = うけつけの システムに つながって います
clerk-offline = うけつけの システムに もう いちど つないで います…
clerk-logout = ログアウト

## ログイン
clerk-login-heading = ログイン
clerk-login-id = しょくいん ID
clerk-login-pin = あんしょうばんごう
clerk-login-counter = 窓口（まどぐち）の ばんごう
clerk-login-services = この 窓口（まどぐち）で よぶ サービス
clerk-login-submit = ログイン
clerk-login-pending = たしかめて います…
clerk-login-missing = しょくいん ID と あんしょうばんごうを いれて ください
clerk-login-no-counter = 窓口（まどぐち）の ばんごうを いれて ください
clerk-login-no-service = サービスを 1つ いじょう えらんで ください
clerk-login-no-hub = うけつけの システムから サービスの リストが とどいて いません。つながって いるか たしかめて ください

## 呼び出し
clerk-no-current = いま たいおう して いる ばんごうは ありません
clerk-call-next = つぎの ひとを よぶ
clerk-recall = もう いちど よぶ
clerk-no-show = いない
clerk-finish = おわり
clerk-transfer = うつす
clerk-walk-in = ここで ばんごうを だす
clerk-pick-transfer = どの サービスに うつしますか。すうじの キーで えらんで ください
clerk-pick-walk-in = どの サービスの ばんごうを だしますか。すうじの キーで えらんで ください
clerk-cancel = やめる
clerk-recalls = もう いちど よんだ: { $count }かい
clerk-state-waiting = まって いる
clerk-state-called = よんで いる
clerk-state-serving = たいおう して いる
clerk-state-done = おわり
clerk-state-no_show = いない
clerk-state-transferred = うつした
clerk-queue-heading = まって いる ひと
clerk-queue-count = { $count }人
clerk-queue-more = ほかに { $count }人
clerk-waited = { $minutes }分 まって いる
clerk-origin-walk-in = 窓口（まどぐち）で だした
clerk-search-placeholder = ばんごう（A-012）か カナで さがす

## 申請内容
clerk-no-record = この ばんごうには もうしこみの データが ありません。窓口（まどぐち）で ききとって ください。
clerk-preapp-encrypted = QR（あんごう）
clerk-preapp-plain = QR
clerk-preapp-none = うけつけの きかいで いれた
clerk-status-received = まだ たしかめて いない
clerk-status-confirmed = かくてい した
clerk-status-rejected = もどした
clerk-record-lang = もうしこんだ ひとの ことば: { $lang }
clerk-record-clean = もんだい なし（ちゅうい { $warnings }けん）
clerk-record-problems = たしかめる ことが { $count }けん
clerk-record-other-fields = ほかの こうもく
clerk-source-qr = QR
clerk-source-kiosk = きかいで いれた
clerk-source-postal = ゆうびんばんごうの データ
clerk-source-card = マイナンバーカード
clerk-source-clerk = しょくいんが なおした
clerk-value-empty = （かいて いません）
clerk-edit = なおす
clerk-save = ほぞん する
clerk-confirm = かくてい する
clerk-confirm-anyway = もんだいが あるまま かくてい する
clerk-reject = もどす
clerk-reject-placeholder = もどす りゆう
clerk-reject-send = もどす
clerk-rejected-because = もどした りゆう: { $reason }
clerk-keys-hint = F1 よぶ ・ E なおす ・ Esc やめる

## お知らせ
clerk-notice-called = { $number } を よびました
clerk-notice-nobody = まって いる ひとは いません
clerk-notice-numbers-low = { $service } の きょうの ばんごうが もう すくないです(あと { $left })
clerk-notice-finish-first = さきに { $number } の たいおうを おわりに して ください
clerk-notice-recalled = { $number } を もう いちど よびました
clerk-notice-started = { $number } の たいおうを はじめました
clerk-notice-done = { $number } の たいおうが おわりました
clerk-notice-no-show = { $number } を「いない」に しました
clerk-notice-transferred = { $number } を サービス { $service } に うつしました
clerk-notice-walk-in = ばんごう { $number } を だしました
clerk-notice-confirmed = { $number } の もうしこみを かくてい しました
clerk-notice-rejected = { $number } の もうしこみを もどしました
clerk-notice-edited = なおした ことを ほぞん しました。きろくに のこります。
clerk-notice-has-problems = たしかめる こうもくが { $count }けん あります。なおして ください。または、Ctrl+Enter で かくてい して ください
clerk-notice-reason-needed = もどす りゆうを いれて ください
clerk-notice-not-found = みつかりませんでした
clerk-error-closed = この もうしこみは、もう たしかめました。だから、もう かえられません
clerk-error-no-token = この きかいは、まだ とうろく して いません。--enroll で とうろく コードを いれて ください（ほぞん する ファイル: { $file }）
clerk-error-token-file = きかいの かぎを ほぞん できません: { $reason }
clerk-session-expired = ログインの じかんが おわりました。もう いちど ログイン して ください
