# 预先申请二维码（preapp）

preapp-error-not-ours = 此二维码不是预先申请的二维码。
preapp-error-newer-version = 此二维码使用了较新的格式（第 { $found } 版）。本设备最多只能读取第 { $supported } 版。请向工作人员咨询。
preapp-error-expired = 此二维码已超过有效期（{ $date }）。请重新制作。
preapp-error-wrong-key = 此二维码是为其他政府机关制作的，本窗口无法读取。
preapp-error-no-key = 本设备未设置读取加密二维码所需的密钥。请向工作人员咨询。
preapp-error-corrupted = 未能正确读取二维码（数据已损坏）。请将手机屏幕调亮后再扫描一次。
preapp-error-missing-parts = 共 { $total } 张，已读取 { $read } 张。请继续扫描其余的二维码。
preapp-error-too-large = 二维码中的数据量过大。
preapp-error-plain-not-accepted = 本窗口不受理未加密的二维码。
preapp-error-invalid-form = 申请数据有误（{ $path }）。

preapp-progress = 共 { $total } 张，已读取 { $read } 张。
preapp-keygen-done = 已生成窗口密钥。私钥：{ $secret } 公钥：{ $public }
preapp-keygen-exists = 密钥文件已存在：{ $path }（不会覆盖）
preapp-cli-key-unreadable = 无法读取密钥文件：{ $path }
preapp-cli-input-unreadable = 无法读取输入文件：{ $path }（{ $reason }）
preapp-cli-image-unreadable = 无法读取图片：{ $path }
preapp-cli-no-code = 图片中未找到二维码：{ $path }
preapp-cli-write-failed = 无法写入文件：{ $path }（{ $reason }）
preapp-cli-bad-days = 有效天数须为1天至{ $max }天。
preapp-config-nothing-accepted = 由于没有密钥文件（key_file），且设置为不受理未加密的二维码，因此无法读取任何预先申请二维码。
preapp-config-empty-key-file = 密钥文件（key_file）的路径为空。
