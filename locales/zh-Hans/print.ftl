# 号码单（小票）打印机：自助终端、设施管理面板、`madoguchi print slip`。

## 打印机状态与错误
print-error-uri = 无法识别打印机地址“{ $uri }”（tcp://主机:9100 或 usb:/dev/usb/lp0）
print-error-connect = 无法连接打印机 { $printer }：{ $reason }
print-error-write = 无法向打印机 { $printer } 发送数据：{ $reason }
print-error-reply = 打印机的应答不是 ESC/POS 状态
print-error-interrupted = 打印在号码单发送前中断了
print-state-online = 可以打印
print-state-paper-near-end = 可以打印（纸快用完了）
print-state-paper-out = 缺纸
print-state-cover-open = 机盖已打开
print-state-offline = 打印机离线
print-state-error = 打印机报告错误
print-state-unknown = 已发送（打印机不返回状态）

## 号码单
print-slip-number = 您的号码
print-slip-issued = 发放时间 { $time }
print-slip-resident-line = 请等候叫号。扫描二维码可查看叫号进度。
print-slip-sample-office = 窗口区政府（样例）
print-staff-call-note = 号码单打印机：{ $problem }

## madoguchi print slip
print-cli-lang = 没有语言“{ $lang }”（ja, en, zh-Hans, …）
print-cli-written = 已写出号码单图像：{ $file }
print-cli-printed = 已在 { $printer } 打印样例号码单（{ $state }）

## kiosk.toml 的 [printer]
config-kiosk-printer-uri = 打印机 uri“{ $uri }”必须写成 tcp://主机:9100 或 usb:/dev/usb/lp0
config-kiosk-printer-paper = 纸宽 paper_mm 必须是 58 或 80（{ $paper }）

## 设施管理面板
kiosk-admin-printer = 号码单打印机
kiosk-admin-printer-none = 未设置（kiosk.toml 的 [printer]）
kiosk-admin-printer-busy = 正在询问打印机…
kiosk-admin-printer-unchecked = 尚未检查状态
kiosk-admin-printer-test = 测试打印

## 号码单未打印出来时（给居民）
kiosk-ticket-slip-paper-out = 打印机缺纸：请拍下屏幕上的号码。已通知工作人员。
kiosk-ticket-slip-cover-open = 打印机机盖打开：请拍下屏幕上的号码。已通知工作人员。
kiosk-ticket-slip-failed = 无法打印号码单：请拍下屏幕上的号码。已通知工作人员。
