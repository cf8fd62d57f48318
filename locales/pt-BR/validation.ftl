## Verificação das respostas (erros e avisos)

validation-required = Preencha este item
validation-too-long = Use no máximo { $max } caracteres (agora são { $length })
validation-control-characters = Há caracteres que não podem ser usados
validation-script-kanji = Escreva em kanji ou kana
validation-script-kana = Escreva em hiragana ou katakana
validation-script-latin = Escreva em letras do alfabeto romano
validation-script-name = Escreva o nome em kanji e kana, ou em letras do alfabeto romano (sem números nem símbolos)
validation-script-digits = Use somente números
validation-script-any = Há caracteres que não podem ser usados
validation-reading-katakana = Escreva em katakana
validation-reading-hiragana = Escreva em hiragana
validation-reading-kana = Escreva somente em hiragana ou somente em katakana
validation-date-syntax = A data não está em um formato válido (exemplo: 1985-04-12 ou 昭和60年4月12日)
validation-date-no-such-day = Essa data não existe no calendário
validation-date-outside-era = Essa data não existe na era { $era } (o último dia da era { $era } é { $last })
validation-date-too-early = Não é possível usar datas anteriores a 1º de janeiro de 1873 (明治6年)
validation-date-future = Esta data é posterior a hoje
validation-date-order = Esta data é anterior à data de saída
validation-postal = Informe o código postal com 7 números (exemplo: 150-0001)
validation-phone = O número de telefone não é válido (exemplo: 03-1234-5678 ou 090-1234-5678)
validation-choice = Este valor não pode ser escolhido: { $value }
validation-count-syntax = Informe um número
validation-count-range = Informe um número de { $min } a { $max }
validation-yes-no = Escolha “Sim” ou “Não”
validation-prefecture = Escolha a província
validation-household-too-few = { $min ->
    [one] Informe pelo menos { $min } pessoa
   *[other] Informe pelo menos { $min } pessoas
}
validation-household-too-many = { $max ->
    [one] No máximo { $max } pessoa
   *[other] No máximo { $max } pessoas
}
validation-household-needs = { $relationship ->
    [child] { $age ->
        [-1] Informe pelo menos { $min ->
            [one] { $min } criança
           *[other] { $min } crianças
        }
       *[other] Informe pelo menos { $min ->
            [one] { $min } criança
           *[other] { $min } crianças
        } (até o primeiro 31 de março após completar { $age } anos)
    }
   *[other] Informe pelo menos { $min ->
        [one] { $min } pessoa que se enquadre
       *[other] { $min } pessoas que se enquadrem
    }
}
validation-relationship = Escolha o parentesco
validation-sex = Escolha o sexo
validation-unknown-part = Este item não faz parte dos dados de um membro da família
validation-notify-late = { $days ->
    [one] Já se passou { $days } dia desde esta data. O prazo para a notificação ({ $limit } dias) terminou, por isso podemos perguntar o motivo
   *[other] Já se passaram { $days } dias desde esta data. O prazo para a notificação ({ $limit } dias) terminou, por isso podemos perguntar o motivo
}
validation-notify-future = Faça esta notificação a partir desta data. Verifique a data
validation-notify-early = { $days ->
    [one] Esta data é daqui a { $days } dia. A notificação é aceita a partir de { $limit } dias antes
   *[other] Esta data é daqui a { $days } dias. A notificação é aceita a partir de { $limit } dias antes
}
validation-warn-proxy-letter = O representante precisa de uma procuração (委任状)
validation-warn-kisai-form = Traga o formulário a ser certificado (indicado pelo empregador etc.)
validation-warn-inkan-card = Sem o cartão de registro do carimbo (印鑑登録証) não é possível emitir o certificado
validation-warn-inkan-seal = É preciso trazer o carimbo que será registrado
validation-warn-inkan-inquiry = O registro por carta de consulta exige voltar outro dia com a carta que enviaremos pelo correio
validation-warn-koseki-third-party = Quem não for a própria pessoa, o cônjuge ou um parente em linha direta precisa apresentar o motivo do pedido e documentos que o comprovem
validation-warn-kazei-jan1 = Faça o pedido no município onde você morava em 1º de janeiro do ano em que começa o ano fiscal (ex.: ano fiscal 2025 → 1º de janeiro de 2025)
validation-warn-jido-public-servant = Servidores públicos devem fazer o pedido no seu local de trabalho
