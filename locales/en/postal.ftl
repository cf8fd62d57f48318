# Postal code data (src/postal)
postal-error-read = Cannot read { $path }: { $reason }
postal-error-columns = Line { $line }: { $columns } columns (15 expected)
postal-error-code = Line { $line }: postal code "{ $value }" is not 7 digits
postal-error-flag = Line { $line }: flag in column { $column } is "{ $value }", not one digit
postal-error-unclosed = Line { $line }: a parenthesis is never closed
postal-error-empty = { $path } has no postal code rows
postal-error-index = Postal code index { $path }: { $reason }
postal-error-no-index = No postal code index at { $path }. Run madoguchi postal import first
