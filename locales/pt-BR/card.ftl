# Leitura do cartão My Number (src/card)
card-error-no-reader = Nenhum leitor de cartão encontrado. Verifique a conexão e se o pcscd está em execução
card-error-reader-unplugged = O leitor de cartão foi desconectado
card-error-no-card = Não há cartão no leitor
card-error-card-removed = O cartão saiu do leitor durante a leitura. Coloque-o novamente
card-error-not-my-number-card = Este não é o cartão My Number
card-error-wrong-pin = PIN incorreto. { $tries ->
    [one] Mais um erro e ele será bloqueado
   *[other] Mais { $tries } erros e ele será bloqueado
}
card-error-pin-blocked = O PIN está bloqueado. Peça o desbloqueio no guichê
card-error-timeout = O leitor de cartão não responde
card-error-malformed = Não foi possível ler as informações do cartão
card-error-pin-format = O PIN tem 4 dígitos
card-error-unexpected = O cartão deu uma resposta inesperada ({ $status })
card-error-reader = Erro do leitor de cartão: { $detail }
