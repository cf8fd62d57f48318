## 中心服务器的 HTTPS、连接限制、设备信任的证书 (hub, sync)

hub-config-error-tls-pair = 使用区政府自己的证书时，请在 [tls] 中同时填写 cert_chain 和 key
hub-config-error-tls-name = 名称“{ $value }”不能写入证书：请填写主机名或 IP 地址
hub-tls-error-files = 无法使用证书文件 { $path }：{ $reason }
hub-tls-error-certificate = 无法准备证书：{ $reason }
hub-tls-error-empty-chain = { $path } 中没有证书
hub-error-plain-on-lan = { $addr } 可从局域网访问，因此中心服务器不会以未加密的 HTTP 启动。请将 [tls] mode 设为“auto”或“on”；只有在别无他法时，才设置 insecure = true（或 --insecure）
hub-error-timeout = 请求未能在规定时间内接收或处理完毕
hub-cli-insecure-warning = 警告：{ $addr } 正在使用未加密的 HTTP（insecure）。姓名、地址和令牌将以明文经过网络
hub-cli-enroll-fingerprint = 中心服务器 CA 证书的指纹（SHA-256）：{ $fingerprint }。设备只信任此证书。手动输入时，请输入二维码下方的整行文字。
hub-sync-untrusted = 中心服务器的证书与注册时不同，已拒绝连接。请联系负责设置的工作人员
hub-sync-ca-mismatch = 中心服务器 CA 证书的指纹与注册码不一致，已停止注册
hub-sync-no-fingerprint = 注册到 HTTPS 中心服务器需要其 CA 证书的指纹：请扫描二维码，或输入其下方的整行文字
hub-sync-ca-file = 无法读取已保存的中心服务器证书 { $file }。请重新注册本设备
