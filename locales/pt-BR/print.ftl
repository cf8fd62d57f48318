# Impressora de senhas (recibo): quiosque, painel de instalações, `madoguchi print slip`.

## Estados e erros da impressora
print-error-uri = Endereço de impressora inválido: "{ $uri }" (tcp://HOST:9100 ou usb:/dev/usb/lp0)
print-error-connect = Não foi possível conectar à impressora { $printer }: { $reason }
print-error-write = Não foi possível enviar dados à impressora { $printer }: { $reason }
print-error-reply = A resposta da impressora não é um status ESC/POS
print-error-interrupted = A impressão parou antes de a senha ser enviada
print-state-online = Pronta para imprimir
print-state-paper-near-end = Pronta para imprimir (o papel está acabando)
print-state-paper-out = Sem papel
print-state-cover-open = A tampa está aberta
print-state-offline = A impressora está offline
print-state-error = A impressora indica um erro
print-state-unknown = Enviado (a impressora não informa seu status)

## A senha
print-slip-number = Sua senha
print-slip-issued = Emitida em { $time }
print-slip-resident-line = Aguarde até sua senha ser chamada. Leia o código QR para ver a fila.
print-slip-sample-office = Prefeitura distrital Madoguchi (exemplo)
print-staff-call-note = Impressora de senhas: { $problem }

## madoguchi print slip
print-cli-lang = Não existe o idioma "{ $lang }" (ja, en, zh-Hans, …)
print-cli-written = Imagem da senha gravada: { $file }
print-cli-printed = Senha de exemplo impressa em { $printer } ({ $state })

## [printer] no kiosk.toml
config-kiosk-printer-uri = O uri da impressora "{ $uri }" deve ser tcp://HOST:9100 ou usb:/dev/usb/lp0
config-kiosk-printer-paper = A largura do papel paper_mm deve ser 58 ou 80 ({ $paper })

## Painel de instalações
kiosk-admin-printer = Impressora de senhas
kiosk-admin-printer-none = Não configurada ([printer] no kiosk.toml)
kiosk-admin-printer-busy = Consultando a impressora…
kiosk-admin-printer-unchecked = Ainda não verificada
kiosk-admin-printer-test = Impressão de teste

## Quando a senha não sai (para o morador)
kiosk-ticket-slip-paper-out = A impressora está sem papel: tire uma foto da sua senha na tela. A equipe foi avisada.
kiosk-ticket-slip-cover-open = A tampa da impressora está aberta: tire uma foto da sua senha na tela. A equipe foi avisada.
kiosk-ticket-slip-failed = Não foi possível imprimir sua senha: tire uma foto da sua senha na tela. A equipe foi avisada.
