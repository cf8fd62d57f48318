## 中心服务器（hub）：服务名称、错误、命令行

hub-service-certificates = 证明书
hub-service-moving = 住址变更、搬家
hub-service-tax = 税务
hub-service-insurance-pension = 保险、年金

hub-config-error-listen = 监听地址“{ $value }”请按“127.0.0.1:8750”的格式填写
hub-config-error-empty = 值为空
hub-config-error-timezone = 无法使用时区“{ $value }”（例：Asia/Tokyo）
hub-config-error-range = 值须在 { $min } 到 { $max } 之间
hub-config-error-no-services = 没有任何窗口服务
hub-config-error-prefix = 号码前缀“{ $value }”须为1个英文大写字母
hub-config-error-duplicate-prefix = 号码前缀“{ $value }”重复
hub-config-error-counter = 窗口编号须为1～16个字符

hub-error-database = 数据库处理失败：{ $reason }
hub-error-schema-too-new = 数据库版本（{ $found }）比本程序（{ $known }）新，无法打开
hub-error-data-dir = 无法创建数据文件夹：{ $reason }
hub-error-not-found = 找不到 { $what } { $id }
hub-error-unknown-service = 没有服务“{ $service }”
hub-error-unknown-counter = 没有窗口“{ $counter }”
hub-error-no-services-for-counter = 窗口“{ $counter }”没有负责的服务
hub-error-numbers-exhausted = 今天的号码已全部用完
hub-error-no-room-for-lease = 已没有可出借的号码段
hub-error-bad-transition = 此受理处于“{ $state }”状态，无法执行“{ $action }”
hub-error-counter-busy = 此窗口正在办理 { $number }。请先标记为完成或不在，再叫下一个号
hub-error-same-service = 不能转给同一服务
hub-error-device-name = 设备名称须为1～64个字符
hub-error-enroll-code = 注册码不正确、已过期或已被使用
hub-error-clerk-id = 职员ID须由英文字母、数字、连字符和下划线组成，不超过32个字符
hub-error-pin = 密码须为4～12位数字
hub-error-login = 职员ID或密码错误
hub-error-login-locked = 由于连续失败，{ $minutes } 分钟内无法登录
hub-error-bad-number = 号码“{ $number }”的格式不正确
hub-error-not-leased = 号码 { $number } 未出借给本设备
hub-error-lease-day = 只能出借今天或明天的号码
hub-error-record-procedures = 手续的指定不正确
hub-error-record-fields = 项目过多（最多 { $max } 个）
hub-error-record-field-name = 项目名称“{ $field }”不正确
hub-error-record-field-size = 项目“{ $field }”的值过长
hub-error-record-source = 项目“{ $field }”的输入来源不正确
hub-error-record-my-number = 项目“{ $field }”：不能保存个人编号（マイナンバー）
hub-error-record-lang = 无法使用语言“{ $lang }”
hub-error-plain-refused = 本机关不受理未加密的预先申请
hub-error-record-closed = 此申请已确定或已退回
hub-error-reject-reason = 请填写退回理由（1～500个字符）
hub-error-batch-too-large = 一次最多可发送 { $max } 条
hub-error-unauthorized = 需要认证（设备令牌或职员登录）
hub-error-forbidden = 此设备或职员没有执行此操作的权限
hub-error-body-too-large = 发送的内容过大（最多 { $max } 字节）
hub-error-not-found-route = 没有该API
hub-error-internal = 中心服务器内部发生错误
hub-error-query = 检索条件请指定 number 或 kana 其中之一

hub-cli-enroll-code = 设备“{ $name }”（{ $role }）的注册码：{ $code }
hub-cli-enroll-hint = 请在自助终端上扫描此二维码，或输入注册码。有效期为 { $hours } 小时，仅可使用1次。
hub-cli-clerk-added = 已登记职员“{ $id }”
hub-cli-audit-intact = 审计日志未被篡改（{ $entries } 条，最新哈希值 { $head }）
hub-cli-audit-broken = 审计日志的第 { $seq } 条记录已被篡改
hub-cli-config-problems = 配置文件有问题：

hub-sync-offline = 无法连接中心服务器。受理内容已保存在本设备中，恢复连接后会自动发送
hub-sync-no-lease = 无法连接中心服务器，本设备也没有剩余的可用号码
hub-config-error-name-key = 翻译文件（locales/ja/hub.ftl）中没有服务名称的键“{ $value }”
hub-cli-revoked = 已撤销设备 { $id } 的注册
hub-error-postal-unavailable = 此中心服务器没有邮政编码数据，请手动输入地址
