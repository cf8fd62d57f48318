# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = 呼叫工作人员（{ $count }）
clerk-staff-call-answer = 响应
clerk-staff-call-taken = 请前往 { $kiosk }
hub-error-staff-call-note = 理由最多{ $max }个字符
hub-error-staff-call-answered = 该呼叫已有人响应（{ $clerk }）
clerk-error-unreachable = 无法连接到服务器。请检查网络及服务器是否运行
clerk-export-open = 导出与统计
clerk-export-close = 返回叫号
clerk-export-heading = { $day } 的导出与统计
clerk-export-prev-day = 前一天
clerk-export-next-day = 后一天
clerk-export-records = 受理记录 CSV
clerk-export-stats = 统计 CSV
clerk-export-saved = 已保存：{ $path }
clerk-export-failed = 无法保存：{ $reason }
clerk-stats-visits = 各窗口来访人数
clerk-stats-languages = 使用语言
clerk-stats-wait = 到叫号的等候时间：平均{ $avg }分钟，90%在{ $p90 }分钟以内
clerk-stats-wait-none = 尚未叫号
clerk-stats-qr = 使用QR预申请：来访的{ $percent }%
clerk-stats-empty = 当天没有来访
hub-error-bad-date = 日期 { $date } 无效（YYYY-MM-DD）
hub-error-body-syntax = 请求内容不是有效的JSON
hub-error-body-data = 请求内容的项目缺失或类型错误（{ $path }）
hub-error-body-type = 请以JSON（application/json）发送请求内容
# A chart with nothing to show yet.
clerk-stats-none = 暂无
# The record panel before anyone is called.
clerk-record-hint = 呼叫下一位（F1）后，其申请内容会显示在这里。
clerk-postal-choose = 邮政编码 { $code } 对应多个町域，请选择一个
clerk-postal-unknown = 未找到邮政编码 { $code }
clerk-postal-filled = 来自邮政编码（尚未保存）
