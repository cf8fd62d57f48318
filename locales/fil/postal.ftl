# Datos ng postal code (src/postal)
postal-error-read = Hindi mabasa ang { $path }: { $reason }
postal-error-columns = Linya { $line }: { $columns } na column (15 ang inaasahan)
postal-error-code = Linya { $line }: ang postal code na "{ $value }" ay hindi 7 digit
postal-error-flag = Linya { $line }: ang flag sa column { $column } ay "{ $value }", hindi isang digit
postal-error-unclosed = Linya { $line }: may panaklong na hindi isinara
postal-error-empty = Walang hilera ng postal code sa { $path }
postal-error-index = Index ng postal code { $path }: { $reason }
postal-error-no-index = Walang index ng postal code sa { $path }. Patakbuhin muna ang madoguchi postal import
