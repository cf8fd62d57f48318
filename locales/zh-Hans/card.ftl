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
