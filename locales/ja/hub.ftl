## ハブ (hub): サービス名、エラー、CLI

hub-service-certificates = 証明書
hub-service-moving = 住民異動・引越し
hub-service-tax = 税
hub-service-insurance-pension = 保険・年金

hub-config-error-listen = 待ち受けアドレス「{ $value }」は「127.0.0.1:8750」のような形式で書いてください
hub-config-error-empty = 値が空です
hub-config-error-timezone = タイムゾーン「{ $value }」は使えません(例: Asia/Tokyo)
hub-config-error-range = 値は { $min } から { $max } の範囲にしてください
hub-config-error-no-services = 窓口サービスが一つもありません
hub-config-error-prefix = 番号の頭文字「{ $value }」は英大文字1文字にしてください
hub-config-error-duplicate-prefix = 番号の頭文字「{ $value }」が重複しています
hub-config-error-counter = 窓口番号は1〜16文字にしてください

hub-error-database = データベースの処理に失敗しました: { $reason }
hub-error-schema-too-new = データベースの版({ $found })がこのプログラム({ $known })より新しいため開けません
hub-error-data-dir = データフォルダを作れません: { $reason }
hub-error-not-found = { $what } { $id } が見つかりません
hub-error-unknown-service = サービス「{ $service }」はありません
hub-error-unknown-counter = 窓口「{ $counter }」はありません
hub-error-no-services-for-counter = 窓口「{ $counter }」が担当するサービスがありません
hub-error-numbers-exhausted = 本日の番号を使い切りました
hub-error-no-room-for-lease = 貸し出せる番号の枠が残っていません
hub-error-bad-transition = この受付は「{ $state }」のため「{ $action }」できません
hub-error-counter-busy = この窓口は { $number } の対応中です。完了または不在にしてから次を呼んでください
hub-error-same-service = 同じサービスへは転送できません
hub-error-device-name = 端末名は1〜64文字にしてください
hub-error-enroll-code = 登録コードが正しくないか、期限切れか、使用済みです
hub-error-clerk-id = 職員IDは英数字・ハイフン・下線で32文字以内にしてください
hub-error-pin = 暗証番号は4〜12桁の数字にしてください
hub-error-login = 職員IDまたは暗証番号が違います
hub-error-login-locked = 失敗が続いたため { $minutes } 分間ログインできません
hub-error-bad-number = 番号「{ $number }」の形式が正しくありません
hub-error-not-leased = 番号 { $number } はこの端末に貸し出されていません
hub-error-lease-day = 番号の貸し出しは今日か明日の分だけです
hub-error-record-procedures = 手続きの指定が正しくありません
hub-error-record-fields = 項目が多すぎます(最大 { $max })
hub-error-record-field-name = 項目名「{ $field }」が正しくありません
hub-error-record-field-size = 項目「{ $field }」の値が長すぎます
hub-error-record-source = 項目「{ $field }」の入力元が正しくありません
hub-error-record-my-number = 個人番号(マイナンバー)は保存できません(項目「{ $field }」)
hub-error-record-lang = 言語「{ $lang }」は使えません
hub-error-plain-refused = この庁舎では暗号化されていない事前申請は受け付けていません
hub-error-record-closed = この申請はすでに確定または差し戻し済みです
hub-error-reject-reason = 差し戻しの理由を1〜500文字で書いてください
hub-error-batch-too-large = 一度に送れる件数は { $max } 件までです
hub-error-unauthorized = 認証が必要です(端末トークンまたは職員ログイン)
hub-error-forbidden = この端末・職員にはこの操作の権限がありません
hub-error-body-too-large = 送信内容が大きすぎます(最大 { $max } バイト)
hub-error-not-found-route = そのAPIはありません
hub-error-internal = ハブ内部でエラーが発生しました
hub-error-query = 検索条件は number か kana のどちらかを指定してください

hub-cli-enroll-code = 端末「{ $name }」({ $role })の登録コード: { $code }
hub-cli-enroll-hint = キオスクでこのQRコードを読み取るか、コードを入力してください。有効期限は { $hours } 時間、1回だけ使えます。
hub-cli-clerk-added = 職員「{ $id }」を登録しました
hub-cli-audit-intact = 監査ログは改ざんされていません({ $entries } 件、最新ハッシュ { $head })
hub-cli-audit-broken = 監査ログの { $seq } 番目の記録が改ざんされています
hub-cli-config-problems = 設定ファイルに問題があります:

hub-sync-offline = ハブにつながりません。受付内容はこの端末に保存され、つながりしだい送信します
hub-sync-no-lease = ハブにつながらず、この端末に貸し出された番号も残っていません
hub-config-error-name-key = サービス名のキー「{ $value }」が翻訳ファイル(locales/ja/hub.ftl)にありません
hub-cli-revoked = 端末 { $id } の登録を取り消しました
hub-error-postal-unavailable = この窓口サーバーには郵便番号データがありません。住所は手で入力してください
