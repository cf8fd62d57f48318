## Páginas de espera (para celular, publicadas fora da rede da prefeitura)

wait-ticket-title = Sua senha
wait-ward-title = Movimento nos guichês
wait-language = Idioma
wait-loading = Carregando…
wait-your-number = Sua senha
wait-ahead = { $count ->
    [0] Não há ninguém na sua frente
    [one] { $count } pessoa na sua frente
   *[other] { $count } pessoas na sua frente
}
wait-estimated = Tempo de espera estimado: cerca de { $minutes } min
wait-soon = Você será chamado em breve. Volte para perto do guichê.
wait-called = Sua senha está sendo chamada
wait-counter = Guichê { $counter }
wait-done = O atendimento desta senha terminou. Obrigado pela visita.
wait-unknown = Esta senha não foi encontrada. Ela expirou ou o endereço está errado.
wait-unreachable = Não foi possível carregar as informações. Tentando de novo automaticamente.
wait-stale = Informação de { $time }. As atualizações pararam, então a situação pode ter mudado.
wait-old = Informação antiga
wait-live = Atualizando automaticamente
wait-alerts-ask = Avise-me quando estiver perto
wait-alerts-on = Você será avisado quando estiver perto (enquanto esta página estiver aberta).
wait-alerts-off = As notificações não foram permitidas. Esta tela vai avisar você.
wait-notify-soon = { $number }: você será chamado em breve ({ $count } na sua frente)
wait-notify-called = { $number }: dirija-se ao guichê { $counter }
wait-no-personal-data = Esta página não mostra nenhuma informação pessoal.
wait-waiting = { $count ->
    [0] Ninguém aguardando
    [one] { $count } pessoa aguardando
   *[other] { $count } pessoas aguardando
}
wait-called-recent = Senhas chamadas recentemente
wait-called-none = Nenhuma ainda
wait-open-data = Os mesmos números são publicados como dados abertos (JSON), livres para qualquer pessoa usar. Não contêm informações pessoais:
wait-ward-empty = Não há nenhum posto de atendimento para mostrar.
