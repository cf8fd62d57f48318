# 设施管理面板（终端设置、注册、设备检查）以及扫码画面的摄像头。

## 保存设置
kiosk-admin-saved = 已保存到 { $path }
kiosk-admin-save-failed = 未能保存（原文件未改变）：{ $path }：{ $reason }
kiosk-admin-refused = 请修改“{ $key }”：{ $reason }

## 终端与中枢服务器
kiosk-admin-hub = 中枢服务器地址
kiosk-admin-enrollment = 向中枢服务器注册
kiosk-admin-enrolled = 本终端已注册
kiosk-admin-not-enrolled = 本终端尚未注册
kiosk-admin-enroll-hint = 请将中枢服务器显示的注册二维码对准扫码器或摄像头，或输入注册码
kiosk-admin-enroll = 注册
kiosk-admin-enrolling = 正在注册…
kiosk-admin-enrolled-as = 已以“{ $name }”注册到 { $hub }（重启后生效）
kiosk-admin-enroll-no-data-dir = 无法注册：数据文件夹未知（请使用 --data-dir 启动）

## 受理内容
kiosk-admin-default-language = 初始画面语言
kiosk-admin-bundles = 手续组合（生活事件）
kiosk-admin-procedures = 单项手续

## 设备
kiosk-admin-camera = 摄像头
kiosk-admin-camera-auto = 自动
kiosk-admin-camera-none = 不使用
kiosk-admin-camera-none-found = 未找到摄像头
kiosk-admin-camera-found = 找到摄像头：{ $count } 台
kiosk-admin-camera-showing = 来自 { $device } 的画面（已接收 { $frames } 帧）
kiosk-admin-camera-test = 测试此摄像头
kiosk-admin-scanner-test = 扫码器测试（最后读取的文字）
kiosk-admin-scanner-nothing = 尚未读取任何内容。请将二维码对准扫码器。

## 同步
kiosk-admin-sync = 待发送数据与中枢服务器同步
kiosk-admin-sync-none = 本终端不与中枢服务器同步
kiosk-admin-sync-never = 尚无
kiosk-admin-sync-online = 已连接中枢服务器
kiosk-admin-sync-offline = 无法连接中枢服务器
kiosk-admin-sync-pending = 待发送：申请 { $records } 件，号码 { $tickets } 件
kiosk-admin-sync-last = 最后同步：{ $time }
kiosk-admin-sync-refused = 被中枢服务器拒绝的申请：{ $count } 件
kiosk-admin-quit = 退出终端程序

## 扫码画面的摄像头
kiosk-scan-camera-guidance = 请将手机上的二维码对准摄像头或下方的扫码器。无需输入任何文字。
kiosk-scan-no-camera = 没有摄像头。请将二维码对准扫码器。
kiosk-scan-camera-lost = 摄像头已断开。扫码器仍可使用。
kiosk-scan-camera-starting = 正在启动摄像头…
