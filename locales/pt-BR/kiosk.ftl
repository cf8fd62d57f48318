# Tela do terminal de atendimento (quiosque). O japonês é o texto original.

## Tela de boas-vindas
kiosk-welcome-heading = Bem-vindo(a)
kiosk-welcome-attract = Aqui você não precisa preencher formulários à mão. Basta tocar na tela para pegar uma senha ou preparar sua solicitação.
kiosk-welcome-start = Começar
kiosk-welcome-choose-language = Escolha o idioma

## Botões da parte de cima da tela
kiosk-bar-home = Voltar ao início
kiosk-bar-language = Idioma / Language
kiosk-bar-large-text = Letras maiores
kiosk-bar-normal-text = Letras normais
kiosk-bar-high-contrast = Alto contraste
kiosk-bar-normal-contrast = Cores normais
kiosk-language-heading = Escolha o idioma

## O que você precisa
kiosk-choose-heading = O que você deseja fazer?
kiosk-choose-qr = Tenho um código QR
kiosk-choose-qr-hint = Leia o código QR da solicitação que você fez no celular
kiosk-choose-make = Fazer a solicitação aqui
kiosk-choose-make-hint = Basta responder algumas perguntas, sem escrever nada
kiosk-choose-number = Só pegar uma senha
kiosk-choose-number-hint = Faça o procedimento no guichê com um funcionário
kiosk-choose-staff = Chamar um funcionário
kiosk-choose-staff-hint = Um funcionário virá até você
kiosk-services-heading = Para qual guichê é a senha?
kiosk-issuing = Emitindo a senha…

## Guichês (atendimento de exemplo)

## Senha
kiosk-ticket-heading = Sua senha
kiosk-ticket-ahead = { $count ->
    [0] Não há ninguém esperando na sua frente
    [one] { $count } pessoa está esperando na sua frente
   *[other] { $count } pessoas estão esperando na sua frente
}
kiosk-ticket-wait = Tempo de espera estimado: cerca de { $minutes } min
kiosk-ticket-qr-hint = Leia com o celular para acompanhar as chamadas
kiosk-ticket-returning = Voltando à tela inicial em { $seconds } s
kiosk-ticket-done = Concluir

## Sem uso
kiosk-idle-warning = Sem uso: a tela voltará ao início em { $seconds } s. O que você preencheu será apagado.
kiosk-idle-continue = Continuar

## Avisos
kiosk-notice-ok = Voltar ao início
kiosk-staff-called-heading = Chamamos um funcionário
kiosk-staff-called-body = Aguarde aqui, por favor. Um funcionário virá atendê-lo(a).
kiosk-error-heading = Algo deu errado
kiosk-error-unreachable = Não foi possível conectar ao sistema de atendimento. Por favor, fale com um funcionário próximo.
kiosk-error-unknown-service = O guichê escolhido não está atendendo no momento.

## Administração (funcionários)
kiosk-admin-pin-heading = Digite o PIN de administração
kiosk-admin-pin-wrong = PIN incorreto
kiosk-admin-pin-locked = Muitas tentativas erradas: tente novamente em { $seconds } s
kiosk-admin-pin-not-configured = Nenhum PIN foi configurado ([admin] pin_hash em kiosk.toml)
kiosk-admin-pin-checking = Verificando…
kiosk-admin-ok = OK
kiosk-admin-cancel = Fechar
kiosk-keypad-clear = Apagar tudo
kiosk-keypad-backspace = Apagar 1 dígito
kiosk-admin-panel-heading = Administração
kiosk-admin-name = Nome do terminal
kiosk-admin-idle-timeout = Segundos sem uso antes de voltar ao início
kiosk-admin-languages = Idiomas exibidos
kiosk-admin-apply = Aplicar
kiosk-admin-applied = Aplicado (vale até este terminal ser reiniciado)
kiosk-admin-close = Fechar

## Erros de configuração
kiosk-cli-pin-invalid = O PIN deve ter pelo menos 4 números
kiosk-service-prefix = Guichê { $prefix }
kiosk-offline-banner = Sem conexão com o sistema de atendimento. Você ainda pode pegar uma senha neste terminal; as solicitações ficam salvas e serão enviadas assim que a conexão voltar.
kiosk-scan-heading = Leitura do código QR
kiosk-scan-guidance = Aproxime o código QR da tela do seu celular do leitor abaixo. Não é preciso digitar nada.
kiosk-scan-next-part = Agora aproxime o próximo código QR (em qualquer ordem)
kiosk-scan-back = Voltar
kiosk-scan-file = Ler o código QR de exemplo
kiosk-scan-no-code = Nenhum código QR foi encontrado. Aproxime-o novamente.
kiosk-review-heading = Confira os dados da sua solicitação
kiosk-review-unknown-procedure = O procedimento “{ $id }” deste código QR não é atendido neste guichê. Por favor, fale com um funcionário.
kiosk-review-fix-marked = Escolha novamente os itens marcados
kiosk-review-staff-will-check = Um funcionário vai conferir com você os itens marcados no guichê
kiosk-review-back = Voltar à leitura
kiosk-review-confirm = Enviar a solicitação e pegar a senha
kiosk-review-empty = (não preenchido)
kiosk-review-change = Alterar
kiosk-review-done = Confirmar
kiosk-review-fee = Taxa: { $yen } ienes
kiosk-review-bring = O que você deve trazer:
