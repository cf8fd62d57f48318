## ハブ（hub）: サービス名、エラー、CLI

hub-service-certificates = しょうめいしょ（証明書）
hub-service-moving = ひっこし（住民異動）
hub-service-tax = ぜいきん（税）
hub-service-insurance-pension = ほけん・ねんきん（保険・年金）

hub-config-error-listen = まちうけの アドレス「{ $value }」は「127.0.0.1:8750」の ような かたちで かいて ください
hub-config-error-empty = なにも かいて ありません
hub-config-error-timezone = タイムゾーン「{ $value }」は つかえません（れい: Asia/Tokyo）
hub-config-error-range = { $min }から { $max }までに して ください
hub-config-error-no-services = 窓口（まどぐち）の サービスが 1つも ありません
hub-config-error-prefix = ばんごうの さいしょの もじ「{ $value }」は、えいごの おおもじ 1もじに して ください
hub-config-error-duplicate-prefix = ばんごうの さいしょの もじ「{ $value }」が 2かい つかわれて います
hub-config-error-counter = 窓口（まどぐち）の ばんごうは 1もじから 16もじまでに して ください

hub-error-database = データベースで エラーが おきました: { $reason }
hub-error-schema-too-new = データベースの バージョン（{ $found }）が、この プログラム（{ $known }）より あたらしいです。ひらけません
hub-error-data-dir = データの フォルダーを つくれません: { $reason }
hub-error-not-found = { $what } { $id } が みつかりません
hub-error-unknown-service = サービス「{ $service }」は ありません
hub-error-unknown-counter = 窓口（まどぐち）「{ $counter }」は ありません
hub-error-no-services-for-counter = 窓口（まどぐち）「{ $counter }」の サービスが 1つも ありません
hub-error-numbers-exhausted = きょうの ばんごうを ぜんぶ つかいました
hub-error-no-room-for-lease = かす ばんごうが もう ありません
hub-error-bad-transition = この うけつけは いま「{ $state }」です。だから「{ $action }」は できません
hub-error-counter-busy = この 窓口（まどぐち）は いま { $number } の ひとの たいおうを して います。その ひとを「おわり」か「いない」に して ください。それから、つぎの ひとを よんで ください
hub-error-same-service = おなじ サービスには うつせません
hub-error-device-name = きかいの なまえは 1もじから 64もじまでに して ください
hub-error-enroll-code = とうろく コードが ちがいます。または、きげんが おわったか、もう つかった コードです
hub-error-clerk-id = しょくいん ID は、えいご・すうじ・ハイフン・アンダーバー（_）で、32もじまでに して ください
hub-error-pin = あんしょうばんごうは 4けたから 12けたの すうじに して ください
hub-error-login = しょくいん ID か あんしょうばんごうが ちがいます
hub-error-login-locked = なんかいも まちがえました。{ $minutes }分、ログイン できません
hub-error-bad-number = ばんごう「{ $number }」の かたちが ちがいます
hub-error-not-leased = ばんごう { $number } は、この きかいに かして いません
hub-error-lease-day = ばんごうを かせるのは、きょうと あしたの ぶんだけです
hub-error-record-procedures = てつづきの えらびかたが ちがいます
hub-error-record-fields = こうもくが おおすぎます（いちばん おおくて { $max }こ）
hub-error-record-field-name = こうもくの なまえ「{ $field }」が ちがいます
hub-error-record-field-size = こうもく「{ $field }」が ながすぎます
hub-error-record-source = こうもく「{ $field }」の いれた ところ（入力元）が ちがいます
hub-error-record-my-number = マイナンバー（個人番号）は ほぞん できません（こうもく「{ $field }」）
hub-error-record-lang = ことば「{ $lang }」は つかえません
hub-error-plain-refused = この やくしょでは、あんごうに した もうしこみだけ うけつけます
hub-error-record-closed = この もうしこみは、もう かくてい したか、もどしました
hub-error-reject-reason = もどす りゆうを 1もじから 500もじで かいて ください
hub-error-batch-too-large = 1かいで おくれるのは { $max }こまでです
hub-error-unauthorized = ログインが ひつようです（きかいの トークン、または しょくいんの ログイン）
hub-error-forbidden = この きかい・しょくいんは、この そうさを する ことが できません
hub-error-body-too-large = おくった ないようが おおきすぎます（いちばん おおくて { $max }バイト）
hub-error-not-found-route = その API は ありません
hub-error-internal = ハブの なかで エラーが おきました
hub-error-query = さがす ときは、number か kana の どちらかを かいて ください

hub-cli-enroll-code = きかい「{ $name }」（{ $role }）の とうろく コード: { $code }
hub-cli-enroll-hint = キオスクで この QRコードを よんで ください。または、コードを いれて ください。つかえるのは { $hours }じかんで、1かいだけです。
hub-cli-clerk-added = しょくいん「{ $id }」を とうろく しました
hub-cli-audit-intact = かんさ ログ（監査ログ）は かえられて いません（{ $entries }けん、さいごの ハッシュ { $head }）
hub-cli-audit-broken = かんさ ログ（監査ログ）の { $seq }ばんめの きろくが かえられて います
hub-cli-config-problems = せっていの ファイルに もんだいが あります:

hub-sync-offline = ハブに つながりません。うけつけの ないようは この きかいに のこして います。つながったら おくります
hub-sync-no-lease = ハブに つながりません。この きかいで だせる ばんごうも のこって いません
hub-config-error-name-key = サービスの なまえの キー「{ $value }」が、ほんやく ファイル（locales/ja/hub.ftl）に ありません
hub-cli-revoked = きかい { $id } の とうろくを とりけしました
hub-error-postal-unavailable = この まどぐちの サーバーには ゆうびんばんごうの データが ありません。じゅうしょは てで いれて ください
