## 設定ファイル（kiosk.toml、手続きファイル）の確認

config-kiosk-empty = 「{ $key }」が空です
config-kiosk-hub-url = ハブのURLが正しくありません（http:// か https:// で始まるURL）: { $url }
config-kiosk-out-of-range = 「{ $key }」は{ $min }から{ $max }までにしてください
config-kiosk-default-language = 最初に表示する言語「{ $lang }」が、選べる言語に入っていません
config-kiosk-duplicate = 「{ $id }」が二度書かれています
config-kiosk-nothing-offered = 受け付ける手続きがひとつもありません
config-kiosk-catalog = 手続きのフォルダーを読めません: { $dir }
config-kiosk-pin-hash = 管理者PINのハッシュがArgon2の形式（$argon2id$…）ではありません

config-procedure-bad-id = 「{ $id }」は名前に使えません（英小文字・数字・ハイフン）
config-procedure-bad-shared-id = 共通項目の名前「{ $id }」は「applicant.name」のように点で区切ってください
config-procedure-bad-message-key = 「{ $key }」は翻訳キーの形ではありません
config-procedure-bad-service = 受付の種類「{ $service }」は英大文字1字にしてください（例: A、B）
config-procedure-bundle-empty = 手続きのまとまりに手続きがありません
config-procedure-choice-no-options = 選択肢がありません
config-procedure-duplicate = 「{ $id }」が二度定義されています
config-procedure-field-no-id = 項目に id も shared もありません
config-procedure-field-no-kind = 項目に kind がありません
config-procedure-field-no-label = 項目に label がありません
config-procedure-id-not-file-name = 手続きの id「{ $id }」がファイル名「{ $file }」と違います
config-procedure-min-over-max = min（{ $min }）が max（{ $max }）より大きくなっています
config-procedure-option-not-for-kind = 「{ $option }」はこの種類の項目には使えません
config-procedure-optional-not-in-bundle = 「{ $id }」はこのまとまりの手続きに入っていません
config-procedure-bundle-two-windows = 「{ $procedure }」の「{ $id }」の届出期限が、このまとまりのほかの手続きと違います。ひとつの日付に期限はひとつです
config-procedure-shared-in-shared = 共通項目の定義で shared は使えません
config-procedure-shared-with-kind = 共通項目「{ $shared }」を使う項目には id や kind を書けません
config-procedure-two-households = 世帯員の項目はひとつの手続きにひとつだけです
config-procedure-unknown-field = 項目「{ $id }」がありません
config-procedure-unknown-option = 選択肢「{ $value }」がありません
config-procedure-unknown-relationship = 続柄「{ $value }」はありません（head、spouse、child、parent、grandparent、grandchild、sibling、other）
config-procedure-unknown-shared = 共通項目「{ $id }」がありません
config-procedure-wrong-kind = 項目「{ $id }」の種類（{ $kind }）はここでは使えません
config-procedure-zero-length = 最大文字数を0にはできません
config-procedure-missing-text = 翻訳キー「{ $key }」が日本語の翻訳ファイルにありません

config-check-ok = { $file }: 問題ありません（{ $kind }）
config-check-unknown-kind = 何の設定ファイルかわかりません。--kind で指定してください
config-town-prefecture = 都道府県「{ $value }」はありません（東京都、北海道のように書いてください）
config-town-chome = 丁目の数は1から99までにしてください（{ $value }）
