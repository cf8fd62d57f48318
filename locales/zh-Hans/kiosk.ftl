# 受理终端（自助终端）的画面。原文为日语。

## 欢迎画面
kiosk-welcome-heading = 欢迎
kiosk-welcome-attract = 这里是“免填写窗口”。只需触摸屏幕，就能领取号码牌或准备申请。
kiosk-welcome-start = 开始
kiosk-welcome-choose-language = 可以选择语言

## 画面上方的按钮
kiosk-bar-home = 返回首页
kiosk-bar-language = 语言 / Language
kiosk-bar-large-text = 放大文字
kiosk-bar-normal-text = 文字恢复标准大小
kiosk-bar-high-contrast = 黑白显示，更易看清
kiosk-bar-normal-contrast = 恢复正常颜色
kiosk-language-heading = 请选择语言

## 办理事项
kiosk-choose-heading = 请选择您要办理的事项
kiosk-choose-qr = 我有二维码
kiosk-choose-qr-hint = 读取您在家用智能手机制作的申请二维码
kiosk-choose-make = 在这里制作申请
kiosk-choose-make-hint = 只需回答问题，无需手写即可完成申请书
kiosk-choose-number = 只领取号码牌
kiosk-choose-number-hint = 在窗口与工作人员一起办理手续
kiosk-choose-staff = 呼叫工作人员
kiosk-choose-staff-hint = 工作人员会到您这里来
kiosk-services-heading = 请选择要领取哪个窗口的号码牌
kiosk-issuing = 正在发放号码牌…

## 窗口（示例机关）

## 号码牌
kiosk-ticket-heading = 您的号码
kiosk-ticket-ahead = { $count ->
    [0] 您前面没有人在等候
   *[other] 您前面还有 { $count } 人在等候
}
kiosk-ticket-wait = 预计等候时间：约 { $minutes } 分钟
kiosk-ticket-qr-hint = 用智能手机扫描，即可查看叫号情况
kiosk-ticket-returning = { $seconds } 秒后返回首页
kiosk-ticket-done = 完成

## 无操作时
kiosk-idle-warning = 由于没有操作，将在 { $seconds } 秒后返回首页。已输入的内容将被清除。
kiosk-idle-continue = 继续

## 通知
kiosk-notice-ok = 返回首页
kiosk-staff-called-heading = 已呼叫工作人员
kiosk-staff-called-body = 请在此稍候，工作人员马上就来。
kiosk-error-heading = 操作未能完成
kiosk-error-unreachable = 无法连接受理系统。请向附近的工作人员咨询。
kiosk-error-unknown-service = 您选择的窗口目前不受理。

## 设施管理（职员用）
kiosk-admin-pin-heading = 请输入管理用密码
kiosk-admin-pin-wrong = 密码错误
kiosk-admin-pin-locked = 由于连续输错，{ $seconds } 秒内无法输入
kiosk-admin-pin-not-configured = 未设置密码（kiosk.toml 的 [admin] pin_hash）
kiosk-admin-pin-checking = 正在确认…
kiosk-admin-ok = 确定
kiosk-admin-cancel = 关闭
kiosk-keypad-clear = 全部清除
kiosk-keypad-backspace = 删除1个字
kiosk-admin-panel-heading = 设施管理
kiosk-admin-name = 终端名称
kiosk-admin-idle-timeout = 无操作时返回首页前的秒数
kiosk-admin-languages = 显示的语言
kiosk-admin-apply = 应用
kiosk-admin-applied = 已应用（在本终端重新启动之前有效）
kiosk-admin-close = 关闭

## 设置错误
kiosk-cli-pin-invalid = 密码须为4位以上的数字
kiosk-service-prefix = 窗口 { $prefix }
kiosk-offline-banner = 目前未连接受理系统。仍可在本终端领取号码牌；申请内容会先保存，连接恢复后自动发送。
kiosk-scan-heading = 扫描二维码
kiosk-scan-guidance = 请将手机屏幕上的二维码对准下方的扫描器。无需输入任何文字。
kiosk-scan-next-part = 请接着出示下一个二维码（顺序不限）
kiosk-scan-back = 返回
kiosk-scan-file = 读取示例二维码
kiosk-scan-no-code = 未找到二维码。请再对准一次。
kiosk-review-heading = 请确认申请内容
kiosk-review-unknown-procedure = 本窗口不受理此二维码中的手续“{ $id }”。请向工作人员咨询。
kiosk-review-fix-marked = 请重新选择带有标记的项目
kiosk-review-staff-will-check = 带有标记的项目，将由工作人员在窗口与您一起确认
kiosk-review-back = 返回扫描
kiosk-review-confirm = 按此内容申请并领取号码牌
kiosk-review-empty = （未填写）
kiosk-review-change = 更改
kiosk-review-done = 确定
kiosk-review-fee = 手续费：{ $yen } 日元
kiosk-review-bring = 请携带：
