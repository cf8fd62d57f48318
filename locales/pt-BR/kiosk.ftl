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
kiosk-service-certificates = Certificados (atestado de residência, registro de carimbo etc.)
kiosk-service-moving = Mudança (entrada, mudança dentro do distrito, saída)
kiosk-service-consultation = Outros assuntos

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
kiosk-unavailable-heading = Ainda não disponível neste terminal
kiosk-unavailable-body = Por favor, escolha “Só pegar uma senha” e informe o funcionário no guichê.
kiosk-error-heading = Algo deu errado
kiosk-error-unreachable = Não foi possível conectar ao sistema de atendimento. Por favor, fale com um funcionário próximo.
kiosk-error-unknown-service = O guichê escolhido não está atendendo no momento.

## Administração (funcionários)
kiosk-admin-pin-heading = Digite o PIN de administração
kiosk-admin-pin-wrong = PIN incorreto
kiosk-admin-pin-locked = Muitas tentativas erradas: tente novamente em { $seconds } s
kiosk-admin-pin-not-configured = Nenhum PIN foi configurado (admin_pin_hash em kiosk.toml)
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
kiosk-settings-error-name-empty = Informe o nome do terminal
kiosk-settings-error-idle-range = O tempo sem uso deve ser de { $min } a { $max } segundos
kiosk-settings-error-linger-range = O tempo de exibição da senha deve ser de { $min } a { $max } segundos
kiosk-settings-error-no-language = Escolha pelo menos um idioma
kiosk-settings-error-duplicate-language = O idioma “{ $lang }” foi indicado duas vezes
kiosk-settings-error-default-language = O idioma inicial “{ $lang }” não está entre os idiomas exibidos
kiosk-settings-error-pin-hash = admin_pin_hash deve ser um hash argon2 (formato PHC)
kiosk-cli-pin-invalid = O PIN deve ter pelo menos 4 números
