## 混雑状況ページ (携帯電話向け)

status-title = { $office } 窓口の混雑状況
status-heading = 窓口の混雑状況
status-updated = { $time } 現在(自動で更新されます)
status-now-calling = 呼び出し中の番号
status-none-calling = ありません
status-waiting = 待っている人: { $count } 人
status-estimated-wait = 待ち時間の目安: 約 { $minutes } 分
status-counter = { $counter } 番窓口
status-language = 言語
status-no-personal-data = このページには個人の情報は表示されません。
