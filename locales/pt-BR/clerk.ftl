# Terminal do guichê (para funcionários). O japonês é o texto original.
clerk-title = Terminal do guichê
clerk-bar-who = Guichê { $counter } · funcionário { $clerk }
clerk-online = Conectado ao sistema de atendimento
clerk-offline = Reconectando ao sistema de atendimento…
clerk-logout = Sair

## Login
clerk-login-heading = Entrar
clerk-login-id = ID do funcionário
clerk-login-pin = PIN
clerk-login-counter = Número do guichê
clerk-login-services = Serviços chamados neste guichê
clerk-login-submit = Entrar
clerk-login-pending = Verificando…
clerk-login-missing = Informe o ID do funcionário e o PIN
clerk-login-no-counter = Informe o número do guichê
clerk-login-no-service = Escolha pelo menos um serviço
clerk-login-no-hub = A lista de serviços ainda não foi recebida do sistema de atendimento. Verifique a conexão

## Chamadas
clerk-no-current = Nenhuma senha em atendimento
clerk-call-next = Chamar o próximo
clerk-recall = Chamar de novo
clerk-no-show = Ausente
clerk-finish = Concluir atendimento
clerk-transfer = Transferir
clerk-walk-in = Atendimento direto
clerk-pick-transfer = Escolha o serviço de destino (teclas numéricas)
clerk-pick-walk-in = Escolha o serviço para emitir a senha (teclas numéricas)
clerk-cancel = Cancelar
clerk-recalls = { $count ->
    [0] Nenhuma nova chamada
    [one] Chamado de novo { $count } vez
   *[other] Chamado de novo { $count } vezes
}
clerk-state-waiting = Aguardando
clerk-state-called = Chamando
clerk-state-serving = Em atendimento
clerk-state-done = Concluído
clerk-state-no_show = Ausente
clerk-state-transferred = Transferido
clerk-queue-heading = Fila de espera
clerk-queue-count = { $count ->
    [0] 0 pessoas
    [one] { $count } pessoa
   *[other] { $count } pessoas
}
clerk-queue-more = { $count ->
    [0] mais 0 pessoas
    [one] mais { $count } pessoa
   *[other] mais { $count } pessoas
}
clerk-waited = { $minutes } min de espera
clerk-origin-walk-in = direto
clerk-search-placeholder = Buscar por número (A-012) ou kana

## Dados da solicitação
clerk-no-record = Não há dados de solicitação para esta senha. Pergunte as informações no guichê.
clerk-preapp-encrypted = QR (criptografado)
clerk-preapp-plain = QR
clerk-preapp-none = Preenchido no terminal
clerk-status-received = A verificar
clerk-status-confirmed = Recebido
clerk-status-rejected = Devolvido
clerk-record-lang = Idioma do solicitante: { $lang }
clerk-record-clean = { $warnings ->
    [0] Sem problemas (nenhum aviso)
    [one] Sem problemas ({ $warnings } aviso)
   *[other] Sem problemas ({ $warnings } avisos)
}
clerk-record-problems = { $count ->
    [0] Nenhum item a verificar
    [one] { $count } item a verificar
   *[other] { $count } itens a verificar
}
clerk-record-other-fields = Outros campos
clerk-source-qr = QR
clerk-source-kiosk = Terminal
clerk-source-postal = Dados do CEP
clerk-source-card = Cartão My Number
clerk-source-clerk = Corrigido pelo funcionário
clerk-value-empty = (não preenchido)
clerk-edit = Corrigir
clerk-save = Salvar
clerk-confirm = Confirmar recebimento
clerk-confirm-anyway = Confirmar recebimento mesmo com problemas
clerk-reject = Devolver
clerk-reject-placeholder = Motivo da devolução
clerk-reject-send = Devolver
clerk-rejected-because = Motivo da devolução: { $reason }
clerk-keys-hint = F1 chamar · E corrigir · Esc cancelar

## Avisos
clerk-notice-called = Senha { $number } chamada
clerk-notice-nobody = Ninguém está aguardando
clerk-notice-numbers-low = O serviço { $service } está ficando sem números hoje (restam { $left })
clerk-notice-finish-first = Conclua primeiro o atendimento de { $number }
clerk-notice-recalled = Senha { $number } chamada de novo
clerk-notice-started = Atendimento de { $number } iniciado
clerk-notice-done = Atendimento de { $number } concluído
clerk-notice-no-show = { $number } marcado como ausente
clerk-notice-transferred = { $number } transferido para o serviço { $service }
clerk-notice-walk-in = Senha { $number } emitida
clerk-notice-confirmed = Recebimento da solicitação de { $number } confirmado
clerk-notice-rejected = Solicitação de { $number } devolvida
clerk-notice-edited = Correção salva (fica registrada no histórico)
clerk-notice-has-problems = { $count ->
    [0] Há 0 itens a verificar. Corrija-os ou pressione Ctrl+Enter para confirmar o recebimento
    [one] Há { $count } item a verificar. Corrija-o ou pressione Ctrl+Enter para confirmar o recebimento
   *[other] Há { $count } itens a verificar. Corrija-os ou pressione Ctrl+Enter para confirmar o recebimento
}
clerk-notice-reason-needed = Informe o motivo da devolução
clerk-notice-not-found = Nada encontrado
clerk-error-closed = Esta solicitação já foi verificada e não pode ser alterada
clerk-error-no-token = Este terminal não está registrado. Informe o código de registro com --enroll (arquivo: { $file })
clerk-error-token-file = Não foi possível salvar a chave do terminal: { $reason }
clerk-session-expired = Sua sessão expirou. Faça login novamente
