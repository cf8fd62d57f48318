# Datos de códigos postales (src/postal)
postal-error-read = No se puede leer { $path }: { $reason }
postal-error-columns = Línea { $line }: { $columns } columnas (se esperaban 15)
postal-error-code = Línea { $line }: el código postal «{ $value }» no tiene 7 dígitos
postal-error-flag = Línea { $line }: el indicador de la columna { $column } es «{ $value }», no un dígito
postal-error-unclosed = Línea { $line }: un paréntesis no se cierra
postal-error-empty = { $path } no tiene filas de códigos postales
postal-error-index = Índice de códigos postales { $path }: { $reason }
postal-error-no-index = No hay índice de códigos postales en { $path }. Ejecute primero madoguchi postal import
