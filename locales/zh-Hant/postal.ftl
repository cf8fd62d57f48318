# 郵遞區號資料 (src/postal)
postal-error-read = 無法讀取 { $path }：{ $reason }
postal-error-columns = 第 { $line } 行：有 { $columns } 欄（應為 15 欄）
postal-error-code = 第 { $line } 行：郵遞區號「{ $value }」不是 7 位數字
postal-error-flag = 第 { $line } 行：第 { $column } 欄的旗標「{ $value }」不是一位數字
postal-error-unclosed = 第 { $line } 行：括號未閉合
postal-error-empty = { $path } 中沒有郵遞區號資料列
postal-error-index = 郵遞區號索引 { $path }：{ $reason }
postal-error-no-index = { $path } 沒有郵遞區號索引。請先執行 madoguchi postal import
