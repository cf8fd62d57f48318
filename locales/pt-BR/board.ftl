# Painel de chamadas da sala de espera. O japonês é o texto original.
board-title = Painel de chamadas
board-calling = Senhas chamadas agora
board-counter = Guichê { $counter }
board-no-calls = Nenhuma senha foi chamada ainda
board-waiting-heading = Situação da espera
board-waiting = { $count ->
    [0] Ninguém aguardando
    [one] { $count } pessoa aguardando
   *[other] { $count } pessoas aguardando
}
board-wait-estimate = cerca de { $minutes } min
board-date = { $day }/{ $month }/{ $year }
board-please-go = Se a sua senha for chamada, dirija-se ao guichê indicado
board-connecting = Conectando ao sistema de atendimento…
board-reconnecting = Reconectando ao sistema de atendimento… (mostrando as últimas informações recebidas)
board-error-language = Código de idioma desconhecido: { $code }
board-no-wait = Sem espera
