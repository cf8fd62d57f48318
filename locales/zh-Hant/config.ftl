## 檢查設定檔（kiosk.toml、手續檔案）

config-kiosk-empty = 「{ $key }」是空的
config-kiosk-hub-url = 中央伺服器（hub）的網址不正確（必須以 http:// 或 https:// 開頭）：{ $url }
config-kiosk-out-of-range = 「{ $key }」必須介於 { $min } 到 { $max } 之間
config-kiosk-default-language = 預設顯示語言「{ $lang }」不在可選語言之中
config-kiosk-duplicate = 「{ $id }」寫了兩次
config-kiosk-nothing-offered = 沒有任何可受理的手續
config-kiosk-catalog = 無法讀取手續資料夾：{ $dir }
config-kiosk-pin-hash = 管理員PIN的雜湊值不是Argon2格式（$argon2id$…）

config-procedure-bad-id = 「{ $id }」不能用作名稱（僅限英文小寫字母、數字和連字號）
config-procedure-bad-shared-id = 共用欄位名稱「{ $id }」必須以點分隔，例如「applicant.name」
config-procedure-bad-message-key = 「{ $key }」不是翻譯鍵的格式
config-procedure-bad-service = 受理類別「{ $service }」必須是1個英文大寫字母（例：A、B）
config-procedure-bundle-empty = 手續組合中沒有任何手續
config-procedure-choice-no-options = 沒有選項
config-procedure-duplicate = 「{ $id }」被定義了兩次
config-procedure-field-no-id = 欄位既沒有 id 也沒有 shared
config-procedure-field-no-kind = 欄位沒有 kind
config-procedure-field-no-label = 欄位沒有 label
config-procedure-id-not-file-name = 手續的 id「{ $id }」與檔名「{ $file }」不一致
config-procedure-min-over-max = min（{ $min }）大於 max（{ $max }）
config-procedure-option-not-for-kind = 「{ $option }」不能用於這種欄位
config-procedure-optional-not-in-bundle = 「{ $id }」不屬於此組合中的手續
config-procedure-bundle-two-windows = 「{ $procedure }」為「{ $id }」設定的申報期限與此組合中的其他手續不同；一個日期只有一個期限
config-procedure-shared-in-shared = 共用欄位的定義中不能使用 shared
config-procedure-shared-with-kind = 使用共用欄位「{ $shared }」的欄位不能寫 id 或 kind
config-procedure-two-households = 一個手續只能有一個家戶成員欄位
config-procedure-unknown-field = 沒有欄位「{ $id }」
config-procedure-unknown-option = 沒有選項「{ $value }」
config-procedure-unknown-relationship = 沒有「{ $value }」這種關係（head、spouse、child、parent、grandparent、grandchild、sibling、other）
config-procedure-unknown-shared = 沒有共用欄位「{ $id }」
config-procedure-wrong-kind = 欄位「{ $id }」的類型（{ $kind }）不能用在這裡
config-procedure-zero-length = 最大字數不能設為0
config-procedure-missing-text = 日文翻譯檔中沒有翻譯鍵「{ $key }」

config-check-ok = { $file }：沒有問題（{ $kind }）
config-check-unknown-kind = 無法判斷這是哪一種設定檔，請用 --kind 指定
config-town-prefecture = 沒有都道府縣「{ $value }」（請按 東京都、北海道 的寫法填寫）
config-town-chome = 丁目數須在1到99之間（{ $value }）
