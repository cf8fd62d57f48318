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

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = Preencher com o cartão My Number
card-cancel = Cancelar
card-place-heading = Coloque o seu cartão My Number
card-place-body = Deixe o cartão sobre o leitor. Só são lidos o nome, o endereço, a data de nascimento e o sexo. O número individual (My Number) nunca é lido
card-pin-heading = Digite o PIN (4 dígitos)
card-pin-tries = { $tries ->
    [one] Você ainda pode digitar 1 vez
   *[other] Você ainda pode digitar { $tries } vezes
}
card-pin-read = Ler
card-reading = Lendo. Não mova o cartão
card-counter-heading = Dirija-se ao guichê
card-counter-last-try = Mais um erro bloqueará o PIN. Não o digite aqui; fale com um funcionário no guichê
card-counter-blocked = O PIN está bloqueado. O desbloqueio pode ser feito no guichê
card-failed-heading = Não foi possível ler o cartão
card-retry = Tentar de novo
