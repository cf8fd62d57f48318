config-error-unreadable = Não foi possível ler o arquivo de configuração: { $reason }
config-error-syntax = O arquivo de configuração tem um erro de sintaxe: { $reason }
i18n-check-no-source = Não foi encontrado o idioma de origem (japonês): { $dir }
i18n-check-unknown-language = Pasta de um idioma desconhecido: { $lang }
i18n-check-missing-key = Falta a chave “{ $key }” em { $lang } (origem: { $file })
i18n-check-extra-key = A chave “{ $key }” de { $lang } não existe na origem ({ $file })
i18n-check-variables = A chave “{ $key }” de { $lang } usa variáveis diferentes da origem: origem { $expected }, tradução { $found }
i18n-check-unused-key = A chave “{ $key }” não é usada nem no código nem no catálogo
i18n-check-syntax = Erro de sintaxe em { $file }, linha { $line }
i18n-check-duplicate-key = A chave “{ $key }” está definida duas vezes em { $lang } ({ $file })
i18n-check-glyph = { $lang } “{ $key }”: nenhuma fonte carregada exibe o caractere “{ $char }” ({ $codepoint }). Instale: { $packages }
i18n-check-ok = Todos os idiomas passaram na verificação ({ $count } idiomas)
i18n-check-failed = { $count ->
    [one] { $count } problema encontrado
   *[other] { $count } problemas encontrados
}
date-gregorian = { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
        *[12] dezembro
    } de { $year }
