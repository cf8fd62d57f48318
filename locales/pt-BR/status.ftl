## Página de situação da fila (para celular)

status-title = { $office }: situação da fila de atendimento
status-heading = Situação da fila de atendimento
status-updated = Atualizado às { $time } (atualiza automaticamente)
status-now-calling = Senhas chamadas agora
status-none-calling = Nenhuma
status-waiting = { $count ->
    [0] Ninguém aguardando
    [one] { $count } pessoa aguardando
   *[other] { $count } pessoas aguardando
}
status-estimated-wait = Tempo de espera estimado: cerca de { $minutes } min
status-counter = Guichê { $counter }
status-language = Idioma
status-no-personal-data = Esta página não mostra nenhuma informação pessoal.
