## 检查配置文件（kiosk.toml、手续文件）

config-kiosk-empty = “{ $key }”为空
config-kiosk-hub-url = 中心服务器（hub）的URL不正确（须以 http:// 或 https:// 开头）：{ $url }
config-kiosk-out-of-range = “{ $key }”须在 { $min } 到 { $max } 之间
config-kiosk-default-language = 初始显示语言“{ $lang }”不在可选语言中
config-kiosk-duplicate = “{ $id }”写了两次
config-kiosk-nothing-offered = 没有任何可受理的手续
config-kiosk-catalog = 无法读取手续文件夹：{ $dir }
config-kiosk-pin-hash = 管理员PIN的哈希值不是Argon2格式（$argon2id$…）

config-procedure-bad-id = “{ $id }”不能用作名称（仅限英文小写字母、数字和连字符）
config-procedure-bad-shared-id = 共用项目名称“{ $id }”须用点号分隔，例如“applicant.name”
config-procedure-bad-message-key = “{ $key }”不是翻译键的格式
config-procedure-bad-service = 受理类别“{ $service }”须为1个英文大写字母（例：A、B）
config-procedure-bundle-empty = 手续组合中没有任何手续
config-procedure-choice-no-options = 没有选项
config-procedure-duplicate = “{ $id }”被定义了两次
config-procedure-field-no-id = 项目既没有 id 也没有 shared
config-procedure-field-no-kind = 项目没有 kind
config-procedure-field-no-label = 项目没有 label
config-procedure-id-not-file-name = 手续的 id“{ $id }”与文件名“{ $file }”不一致
config-procedure-min-over-max = min（{ $min }）大于 max（{ $max }）
config-procedure-option-not-for-kind = “{ $option }”不能用于此类项目
config-procedure-optional-not-in-bundle = “{ $id }”不属于此组合中的手续
config-procedure-bundle-two-windows = “{ $procedure }”为“{ $id }”设定的申报期限与此组合中的其他手续不同；一个日期只有一个期限
config-procedure-shared-in-shared = 共用项目的定义中不能使用 shared
config-procedure-shared-with-kind = 使用共用项目“{ $shared }”的项目不能写 id 或 kind
config-procedure-two-households = 一个手续只能有一个户内成员项目
config-procedure-unknown-field = 没有项目“{ $id }”
config-procedure-unknown-option = 没有选项“{ $value }”
config-procedure-unknown-relationship = 没有“{ $value }”这种关系（head、spouse、child、parent、grandparent、grandchild、sibling、other）
config-procedure-unknown-shared = 没有共用项目“{ $id }”
config-procedure-wrong-kind = 项目“{ $id }”的类型（{ $kind }）不能用在此处
config-procedure-zero-length = 最大字数不能为0
config-procedure-missing-text = 日语翻译文件中没有翻译键“{ $key }”

config-check-ok = { $file }：没有问题（{ $kind }）
config-check-unknown-kind = 无法判断这是哪种配置文件，请用 --kind 指定
config-town-prefecture = 没有都道府县「{ $value }」（请按 東京都、北海道 的写法填写）
config-town-chome = 丁目数须在1到99之间（{ $value }）
