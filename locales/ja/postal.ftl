# 郵便番号データ (src/postal)
postal-error-read = { $path } を読み込めません: { $reason }
postal-error-columns = { $line } 行目: 列が { $columns } 個あります（15 個のはずです）
postal-error-code = { $line } 行目: 郵便番号「{ $value }」が7桁の数字ではありません
postal-error-flag = { $line } 行目: { $column } 列目のフラグ「{ $value }」が数字1桁ではありません
postal-error-unclosed = { $line } 行目: かっこが閉じていません
postal-error-empty = { $path } に郵便番号の行がありません
postal-error-index = 郵便番号の索引 { $path }: { $reason }
postal-error-no-index = 郵便番号の索引 { $path } がありません。先に madoguchi postal import を実行してください
