# Dados de código postal (src/postal)
postal-error-read = Não foi possível ler { $path }: { $reason }
postal-error-columns = Linha { $line }: { $columns } colunas (eram esperadas 15)
postal-error-code = Linha { $line }: o código postal "{ $value }" não tem 7 dígitos
postal-error-flag = Linha { $line }: o indicador da coluna { $column } é "{ $value }", não um dígito
postal-error-unclosed = Linha { $line }: um parêntese não foi fechado
postal-error-empty = { $path } não tem linhas de código postal
postal-error-index = Índice de códigos postais { $path }: { $reason }
postal-error-no-index = Não há índice de códigos postais em { $path }. Execute antes madoguchi postal import
