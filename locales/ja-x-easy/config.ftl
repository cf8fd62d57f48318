## 設定ファイル（kiosk.toml、手続きファイル）の確認

config-kiosk-empty = 「{ $key }」が からです。かいて ください
config-kiosk-hub-url = ハブの URL が ちがいます（http:// か https:// で はじまる URL に して ください）: { $url }
config-kiosk-out-of-range = 「{ $key }」は { $min }から { $max }までに して ください
config-kiosk-default-language = さいしょに だす ことば「{ $lang }」が、えらべる ことばに はいって いません
config-kiosk-duplicate = 「{ $id }」が 2かい かいて あります
config-kiosk-nothing-offered = うけつける てつづきが 1つも ありません
config-kiosk-catalog = てつづきの フォルダーを よめません: { $dir }
config-kiosk-pin-hash = かんりしゃの PIN の ハッシュが Argon2 の かたち（$argon2id$…）では ありません

config-procedure-bad-id = 「{ $id }」は なまえに つかえません（つかえる もじ: えいごの こもじ・すうじ・ハイフン）
config-procedure-bad-shared-id = きょうつうの こうもくの なまえ「{ $id }」は、「applicant.name」の ように てん（.）で くぎって ください
config-procedure-bad-message-key = 「{ $key }」は ほんやく キーの かたちでは ありません
config-procedure-bad-service = うけつけの しゅるい「{ $service }」は、えいごの おおもじ 1もじに して ください（れい: A、B）
config-procedure-bundle-empty = てつづきの まとまりに、てつづきが 1つも ありません
config-procedure-choice-no-options = えらぶ ものが ありません
config-procedure-duplicate = 「{ $id }」が 2かい かいて あります
config-procedure-field-no-id = こうもくに id も shared も ありません
config-procedure-field-no-kind = こうもくに kind が ありません
config-procedure-field-no-label = こうもくに label が ありません
config-procedure-id-not-file-name = てつづきの id「{ $id }」が ファイルの なまえ「{ $file }」と ちがいます
config-procedure-min-over-max = min（{ $min }）が max（{ $max }）より おおきいです
config-procedure-option-not-for-kind = 「{ $option }」は、この しゅるいの こうもくでは つかえません
config-procedure-optional-not-in-bundle = 「{ $id }」は、この まとまりの てつづきに はいって いません
config-procedure-bundle-two-windows = 「{ $procedure }」の「{ $id }」の とどけでの きげんが、この まとまりの ほかの てつづきと ちがいます。1つの ひづけに きげんは 1つです
config-procedure-shared-in-shared = きょうつうの こうもくの なかでは shared を つかえません
config-procedure-shared-with-kind = きょうつうの こうもく「{ $shared }」を つかう こうもくには、id と kind を かかないで ください
config-procedure-two-households = かぞく（世帯員）の こうもくは、1つの てつづきに 1つだけです
config-procedure-unknown-field = こうもく「{ $id }」が ありません
config-procedure-unknown-option = えらぶ もの「{ $value }」が ありません
config-procedure-unknown-relationship = かんけい（続柄）「{ $value }」は ありません（つかえる もの: head、spouse、child、parent、grandparent、grandchild、sibling、other）
config-procedure-unknown-shared = きょうつうの こうもく「{ $id }」が ありません
config-procedure-wrong-kind = こうもく「{ $id }」の しゅるい（{ $kind }）は、ここでは つかえません
config-procedure-zero-length = いちばん おおい もじの かずは 1 いじょうに して ください
config-procedure-missing-text = ほんやく キー「{ $key }」が、日本語（にほんご）の ほんやく ファイルに ありません

config-check-ok = { $file }: もんだいは ありません（{ $kind }）
config-check-unknown-kind = なんの せっていの ファイルか わかりません。--kind で しゅるいを かいて ください
config-town-prefecture = とどうふけん「{ $value }」は ありません（東京都、北海道の ように かいて ください）
config-town-chome = ちょうめの かずは 1から 99までに して ください（{ $value }）
