## Hub: nomes dos serviços, erros, CLI

hub-service-certificates = Certificados
hub-service-moving = Mudança de endereço
hub-service-tax = Impostos
hub-service-insurance-pension = Seguro e previdência

hub-config-error-listen = O endereço de escuta “{ $value }” deve estar no formato “127.0.0.1:8750”
hub-config-error-empty = O valor está vazio
hub-config-error-timezone = O fuso horário “{ $value }” não pode ser usado (exemplo: Asia/Tokyo)
hub-config-error-range = O valor deve estar entre { $min } e { $max }
hub-config-error-no-services = Não há nenhum serviço de atendimento
hub-config-error-prefix = O prefixo de senha “{ $value }” deve ser uma única letra maiúscula
hub-config-error-office-id = O identificador do posto “{ $value }” só pode ter letras minúsculas, dígitos e hífens
hub-config-error-duplicate-prefix = O prefixo de senha “{ $value }” está repetido
hub-config-error-counter = O nome do guichê deve ter de 1 a 16 caracteres

hub-error-database = Falha em uma operação do banco de dados: { $reason }
hub-error-schema-too-new = Não é possível abrir o banco de dados: a versão dele ({ $found }) é mais nova que a deste programa ({ $known })
hub-error-data-dir = Não foi possível criar a pasta de dados: { $reason }
hub-error-not-found = { $what } { $id } não foi encontrado
hub-error-unknown-service = Não existe o serviço “{ $service }”
hub-error-unknown-counter = Não existe o guichê “{ $counter }”
hub-error-no-services-for-counter = O guichê “{ $counter }” não atende nenhum serviço
hub-error-numbers-exhausted = Todas as senhas de hoje já foram usadas
hub-error-no-room-for-lease = Não resta nenhum bloco de senhas para emprestar
hub-error-bad-transition = Este atendimento está em “{ $state }”, por isso não é possível “{ $action }”
hub-error-counter-busy = Este guichê está atendendo a senha { $number }. Conclua o atendimento ou marque como ausente antes de chamar a próxima
hub-error-same-service = Não é possível transferir para o mesmo serviço
hub-error-device-name = O nome do aparelho deve ter de 1 a 64 caracteres
hub-error-enroll-code = O código de registro está incorreto, vencido ou já foi usado
hub-error-clerk-id = O ID do funcionário pode ter letras, números, “-” e “_”, até 32 caracteres
hub-error-pin = O PIN deve ter de 4 a 12 números
hub-error-login = ID do funcionário ou PIN incorreto
hub-error-login-locked = { $minutes ->
    [one] Muitas tentativas falharam: não é possível entrar por { $minutes } minuto
   *[other] Muitas tentativas falharam: não é possível entrar por { $minutes } minutos
}
hub-error-bad-number = O formato da senha “{ $number }” não é válido
hub-error-not-leased = A senha { $number } não foi emprestada a este aparelho
hub-error-lease-day = Só é possível emprestar senhas de hoje ou de amanhã
hub-error-record-procedures = Os procedimentos indicados não são válidos
hub-error-record-fields = Há campos demais (no máximo { $max })
hub-error-record-field-name = O nome do campo “{ $field }” não é válido
hub-error-record-field-size = O valor do campo “{ $field }” é longo demais
hub-error-record-source = A origem do campo “{ $field }” não é válida
hub-error-record-my-number = O número individual (My Number) nunca é guardado (campo “{ $field }”)
hub-error-record-lang = O idioma “{ $lang }” não pode ser usado
hub-error-record-unknown-procedure = O procedimento "{ $procedure }" não está no catálogo deste órgão
hub-error-record-unknown-field = O campo "{ $field }" não está no catálogo deste órgão
hub-error-record-control-characters = O campo "{ $field }" contém caracteres de controle ou marcas de direção do texto
hub-error-lease-limit = Este dispositivo já tem { $outstanding } números emprestados não usados de { $service } (no máximo { $max })
hub-error-audit-key = Não é possível ler nem gravar o arquivo de chave de auditoria { $path }: { $reason }
hub-error-plain-refused = Esta repartição não aceita solicitações antecipadas sem criptografia
hub-error-record-closed = Esta solicitação já foi confirmada ou devolvida
hub-error-reject-reason = Escreva o motivo da devolução, de 1 a 500 caracteres
hub-error-batch-too-large = É possível enviar no máximo { $max } itens de uma vez
hub-error-unauthorized = É necessária autenticação (token do aparelho ou login do funcionário)
hub-error-forbidden = Este aparelho ou funcionário não tem permissão para esta operação
hub-error-body-too-large = O conteúdo enviado é grande demais (no máximo { $max } bytes)
hub-error-not-found-route = Essa API não existe
hub-error-internal = Ocorreu um erro interno no hub
hub-error-query = Para pesquisar, indique number ou kana

hub-cli-enroll-code = Código de registro do aparelho “{ $name }” ({ $role }): { $code }
hub-cli-enroll-hint = { $hours ->
    [one] Leia este código QR no quiosque ou digite o código. Ele vale por { $hours } hora e só pode ser usado uma vez.
   *[other] Leia este código QR no quiosque ou digite o código. Ele vale por { $hours } horas e só pode ser usado uma vez.
}
hub-cli-clerk-added = O funcionário “{ $id }” foi registrado
hub-cli-audit-intact = { $entries ->
    [0] O registro de auditoria não foi alterado (0 entradas, último hash { $head })
    [one] O registro de auditoria não foi alterado ({ $entries } entrada, último hash { $head })
   *[other] O registro de auditoria não foi alterado ({ $entries } entradas, último hash { $head })
}
hub-cli-audit-broken = A entrada { $seq } do registro de auditoria foi adulterada
hub-cli-config-problems = O arquivo de configuração tem problemas:

hub-sync-offline = Não foi possível conectar ao hub. Os atendimentos ficam guardados neste aparelho e serão enviados quando a conexão voltar
hub-sync-no-lease = Não foi possível conectar ao hub e não restam senhas emprestadas a este aparelho
hub-config-error-name-key = A chave do nome do serviço “{ $value }” não está no arquivo de tradução (locales/ja/hub.ftl)
hub-cli-revoked = O registro do aparelho { $id } foi cancelado
hub-error-postal-unavailable = Este hub não tem dados de CEP; digite o endereço à mão
hub-error-login-station-locked = { $minutes ->
    [one] Muitas tentativas falharam neste posto: não é possível entrar por { $minutes } minuto
   *[other] Muitas tentativas falharam neste posto: não é possível entrar por { $minutes } minutos
}
hub-error-enroll-throttled = { $minutes ->
    [one] Muitos códigos de cadastro errados: não é possível cadastrar por { $minutes } minuto
   *[other] Muitos códigos de cadastro errados: não é possível cadastrar por { $minutes } minutos
}
hub-error-repeated-service = O serviço “{ $service }” foi indicado mais de uma vez
hub-error-record-other-ticket = A senha { $number } foi emitida por outro aparelho; este aparelho não pode enviar um pedido para ela
hub-cli-pin-prompt = PIN (de 4 a 12 dígitos):
hub-cli-clerk-disabled = O funcionário “{ $id }” foi desativado (as sessões abertas foram encerradas)
