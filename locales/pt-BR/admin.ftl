# Painel de instalações (configurações do terminal, cadastro, verificação de dispositivos) e a câmera da tela de leitura.

## Salvar configurações
kiosk-admin-saved = Salvo em { $path }
kiosk-admin-save-failed = Não foi salvo (o arquivo antigo não mudou): { $path }: { $reason }
kiosk-admin-refused = Corrija “{ $key }”: { $reason }

## Terminal e hub
kiosk-admin-hub = Endereço do hub
kiosk-admin-enrollment = Cadastro no hub
kiosk-admin-enrolled = Este terminal está cadastrado
kiosk-admin-not-enrolled = Este terminal ainda não está cadastrado
kiosk-admin-enroll-hint = Aproxime do leitor ou da câmera o QR de cadastro mostrado pelo hub, ou digite o código de cadastro
kiosk-admin-enroll = Cadastrar
kiosk-admin-enrolling = Cadastrando…
kiosk-admin-enrolled-as = Cadastrado em { $hub } como “{ $name }” (usado após reiniciar)
kiosk-admin-enroll-no-data-dir = Não é possível cadastrar: a pasta de dados é desconhecida (inicie o terminal com --data-dir)

## O que é oferecido
kiosk-admin-default-language = Idioma da tela inicial
kiosk-admin-bundles = Pacotes de procedimentos (eventos da vida)
kiosk-admin-procedures = Procedimentos avulsos

## Dispositivos
kiosk-admin-camera = Câmera
kiosk-admin-camera-auto = Automática
kiosk-admin-camera-none = Nenhuma
kiosk-admin-camera-none-found = Nenhuma câmera encontrada
kiosk-admin-camera-found = Câmeras encontradas: { $count }
kiosk-admin-camera-showing = Imagens de { $device } (recebidas: { $frames })
kiosk-admin-camera-test = Testar esta câmera
kiosk-admin-scanner-test = Teste do leitor (último texto lido)
kiosk-admin-scanner-nothing = Nada lido ainda. Aproxime um código QR do leitor.

## Sincronização
kiosk-admin-sync = Caixa de saída e sincronização com o hub
kiosk-admin-sync-none = Este terminal não sincroniza com um hub
kiosk-admin-sync-never = ainda não
kiosk-admin-sync-online = Conectado ao hub
kiosk-admin-sync-offline = Hub inacessível
kiosk-admin-sync-pending = Aguardando envio: pedidos { $records }, senhas { $tickets }
kiosk-admin-sync-last = Última sincronização: { $time }
kiosk-admin-sync-refused = Pedidos recusados pelo hub: { $count }
kiosk-admin-quit = Encerrar o programa do terminal

## Câmera da tela de leitura
kiosk-scan-camera-guidance = Aproxime o código QR do seu celular da câmera ou do leitor abaixo. Não é preciso digitar nada.
kiosk-scan-no-camera = Não há câmera. Aproxime o código QR do leitor.
kiosk-scan-camera-lost = A câmera foi desconectada. O leitor continua funcionando.
kiosk-scan-camera-starting = Iniciando a câmera…
