# 「在此填寫申請」畫面(免書寫輸入)。

make-pick-heading = 您要辦理什麼手續？
make-pick-events = 生活事項
make-pick-certificates = 證明書
make-forms-heading = 請選擇一起提交的表格
make-forms-required = ✓ { $name }(必須提交)
make-forms-none = 請至少選擇一份表格
make-progress = { $current } / { $total }
make-member-number = 第 { $number } 人
make-household-empty = 尚未新增任何人
make-add-person = ＋ 新增一人
make-remove = 刪除
make-back = 返回
make-next = 下一步
make-skip = 略過
make-clear = 全部清除
make-backspace = 刪除一字
make-kana-space = 空格
make-date-western = 西元
make-date-year = 年
make-date-month = 月
make-date-day = 日
make-clerk-note = 漢字姓名和地址的門牌號碼（番地），將由櫃檯工作人員詢問後填寫。
make-clerk-completes = 由櫃檯工作人員填寫
