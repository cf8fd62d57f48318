# “在此填写申请”画面(免书写输入)。

make-pick-heading = 您要办理什么手续？
make-pick-events = 生活事项
make-pick-certificates = 证明书
make-forms-heading = 请选择一起提交的表格
make-forms-required = ✓ { $name }(必须提交)
make-forms-none = 请至少选择一份表格
make-progress = { $current } / { $total }
make-member-number = 第 { $number } 人
make-household-empty = 还没有添加任何人
make-add-person = ＋ 添加一人
make-remove = 删除
make-back = 返回
make-next = 下一步
make-skip = 跳过
make-clear = 全部清除
make-backspace = 删除一字
make-kana-space = 空格
make-date-western = 公历
make-date-year = 年
make-date-month = 月
make-date-day = 日
make-clerk-note = 汉字姓名和详细地址将由窗口工作人员询问后填写。
make-clerk-completes = 由窗口工作人员填写
