# 窗口终端（职员用）。原文为日语。
clerk-title = 窗口终端
clerk-bar-who = { $counter }号窗口 · 职员 { $clerk }
clerk-online = 已连接受理系统
clerk-offline = 正在重新连接受理系统…
clerk-logout = 退出登录

## 登录
clerk-login-heading = 登录
clerk-login-id = 职员ID
clerk-login-pin = 密码
clerk-login-counter = 窗口号
clerk-login-services = 本窗口叫号的业务
clerk-login-submit = 登录
clerk-login-pending = 正在确认…
clerk-login-missing = 请输入职员ID和密码
clerk-login-no-counter = 请输入窗口号
clerk-login-no-service = 请至少选择一项业务
clerk-login-no-hub = 未能从受理系统获取业务列表。请检查连接

## 叫号
clerk-no-current = 当前没有正在办理的号码
clerk-call-next = 叫下一位
clerk-recall = 重新叫号
clerk-no-show = 未到场
clerk-finish = 办理完毕
clerk-transfer = 转办
clerk-walk-in = 现场受理
clerk-pick-transfer = 请选择要转往的业务（数字键）
clerk-pick-walk-in = 请选择要发放号码的业务（数字键）
clerk-cancel = 取消
clerk-recalls = 已重新叫号 { $count } 次
clerk-state-waiting = 等候中
clerk-state-called = 叫号中
clerk-state-serving = 办理中
clerk-state-done = 已完成
clerk-state-no_show = 未到场
clerk-state-transferred = 已转办
clerk-queue-heading = 等候列表
clerk-queue-count = { $count }人
clerk-queue-more = 另有{ $count }人
clerk-waited = 已等候{ $minutes }分钟
clerk-origin-walk-in = 现场
clerk-search-placeholder = 按号码（A-012）或片假名搜索

## 申请内容
clerk-no-record = 此号码没有申请数据。请在窗口当面询问。
clerk-preapp-encrypted = 二维码（加密）
clerk-preapp-plain = 二维码
clerk-preapp-none = 在自助终端输入
clerk-status-received = 待确认
clerk-status-confirmed = 已受理
clerk-status-rejected = 已退回
clerk-record-lang = 申请人的语言：{ $lang }
clerk-record-clean = 没有问题（注意事项 { $warnings } 项）
clerk-record-problems = 需确认 { $count } 项
clerk-record-other-fields = 其他项目
clerk-source-qr = 二维码
clerk-source-kiosk = 终端输入
clerk-source-postal = 邮政编码数据
clerk-source-card = 个人编号卡
clerk-source-clerk = 职员修改
clerk-value-empty = （未填写）
clerk-edit = 修改
clerk-save = 保存
clerk-confirm = 确认受理
clerk-confirm-anyway = 存在问题，仍确认受理
clerk-reject = 退回
clerk-reject-placeholder = 退回理由
clerk-reject-send = 退回
clerk-rejected-because = 退回理由：{ $reason }
clerk-keys-hint = F1 叫号 · E 修改 · Esc 取消

## 通知
clerk-notice-called = 已呼叫 { $number }
clerk-notice-nobody = 目前没有人在等候
clerk-notice-numbers-low = { $service } 今天的号码所剩不多(还剩 { $left } 个)
clerk-notice-finish-first = 请先办理完 { $number }
clerk-notice-recalled = 已重新呼叫 { $number }
clerk-notice-started = 已开始办理 { $number }
clerk-notice-done = { $number } 已办理完毕
clerk-notice-no-show = 已将 { $number } 标记为未到场
clerk-notice-transferred = 已将 { $number } 转至业务 { $service }
clerk-notice-walk-in = 已发放号码 { $number }
clerk-notice-confirmed = 已受理 { $number } 的申请
clerk-notice-rejected = 已退回 { $number } 的申请
clerk-notice-edited = 修改已保存（会留下记录）
clerk-notice-has-problems = 有 { $count } 个项目需要确认。请修改，或按 Ctrl+Enter 确认受理
clerk-notice-reason-needed = 请输入退回理由
clerk-notice-not-found = 未找到
clerk-error-closed = 此申请已确认，无法更改
clerk-error-no-token = 本终端尚未注册。请用 --enroll 指定注册码（保存位置：{ $file }）
clerk-error-token-file = 无法保存终端密钥：{ $reason }
clerk-session-expired = 登录已过期。请重新登录
