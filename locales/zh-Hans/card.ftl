# 读取个人编号卡 (src/card)
card-error-no-reader = 找不到读卡器。请检查连接以及 pcscd 是否在运行
card-error-reader-unplugged = 读卡器已被拔出
card-error-no-card = 读卡器上没有卡
card-error-card-removed = 读取过程中卡片离开了读卡器。请重新放置
card-error-not-my-number-card = 这不是个人编号卡（マイナンバーカード）
card-error-wrong-pin = 密码错误。再错 { $tries } 次将被锁定
card-error-pin-blocked = 密码已被锁定。请到窗口办理解锁
card-error-timeout = 读卡器没有响应
card-error-malformed = 无法读取卡片上的信息
card-error-pin-format = 密码为 4 位数字
card-error-unexpected = 卡片返回了意外的应答（{ $status }）
card-error-reader = 读卡器错误：{ $detail }

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = 用个人编号卡填写
card-cancel = 取消
card-place-heading = 请放上个人编号卡
card-place-body = 请将卡片一直放在读卡器上。只读取姓名、地址、出生日期和性别，不读取个人编号（マイナンバー）
card-pin-heading = 请输入密码（4 位数字）
card-pin-tries = 还可以输入 { $tries } 次
card-pin-read = 读取
card-reading = 正在读取，请不要移动卡片
card-counter-heading = 请到窗口办理
card-counter-last-try = 再输错 1 次密码将被锁定。请不要在这里输入，请向窗口的工作人员咨询
card-counter-blocked = 密码已被锁定。可以在窗口办理解锁
card-failed-heading = 无法读取卡片
card-retry = 再试一次
