# 邮政编码数据 (src/postal)
postal-error-read = 无法读取 { $path }：{ $reason }
postal-error-columns = 第 { $line } 行：有 { $columns } 列（应为 15 列）
postal-error-code = 第 { $line } 行：邮政编码“{ $value }”不是 7 位数字
postal-error-flag = 第 { $line } 行：第 { $column } 列的标志“{ $value }”不是一位数字
postal-error-unclosed = 第 { $line } 行：括号未闭合
postal-error-empty = { $path } 中没有邮政编码行
postal-error-index = 邮政编码索引 { $path }：{ $reason }
postal-error-no-index = { $path } 处没有邮政编码索引。请先运行 madoguchi postal import
