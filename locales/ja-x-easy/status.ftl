## 混雑状況ページ（携帯電話向け）

status-title = { $office } 窓口（まどぐち）の こみぐあい
status-heading = 窓口（まどぐち）の こみぐあい
status-updated = { $time } の じょうほうです（じどうで あたらしく なります）
status-now-calling = いま よんで いる ばんごう
status-none-calling = ありません
status-waiting = まって いる ひと: { $count }人
status-estimated-wait = まつ じかん: だいたい { $minutes }分
status-counter = { $counter }ばん 窓口（まどぐち）
status-language = ことば
status-no-personal-data = この ページには、なまえや じゅうしょは でません。
