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
i18n-check-ok = { $count ->
    [0] Todos os idiomas passaram na verificação (0 idiomas)
    [one] Todos os idiomas passaram na verificação ({ $count } idioma)
   *[other] Todos os idiomas passaram na verificação ({ $count } idiomas)
}
i18n-check-failed = { $count ->
    [0] Nenhum problema encontrado
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
i18n-check-stale = { $lang }: "{ $key }" ainda não foi retraduzida desde que o original em japonês mudou. Depois de retraduzir: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-unstamped = { $lang }: "{ $key }" não tem registro do original em japonês do qual foi traduzida. Depois de conferir a tradução: madoguchi i18n stamp { $lang } --key { $key }
i18n-check-render-empty = { $lang }: "{ $key }" fica vazia com o número { $count }
i18n-check-render-brace = { $lang }: "{ $key }" com o número { $count } deixa uma variável sem substituir: { $text }
i18n-check-render-negative = { $lang }: "{ $key }" com o número { $count } mostra um número negativo: { $text }
i18n-check-stamped = { $count ->
    [0] { $lang }: nenhuma tradução registrada
    [one] { $lang }: original em japonês atual registrado para { $count } tradução
   *[other] { $lang }: original em japonês atual registrado para { $count } traduções
}
i18n-check-write-failed = Não foi possível gravar { $file }: { $reason }
