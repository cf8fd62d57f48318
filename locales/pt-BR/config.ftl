## Verificação dos arquivos de configuração (kiosk.toml, arquivos de procedimentos)

config-kiosk-empty = “{ $key }” está vazio
config-kiosk-hub-url = A URL do hub não é válida (deve começar com http:// ou https://): { $url }
config-kiosk-out-of-range = “{ $key }” deve estar entre { $min } e { $max }
config-kiosk-default-language = O idioma inicial “{ $lang }” não está entre os idiomas disponíveis
config-kiosk-duplicate = “{ $id }” aparece duas vezes
config-kiosk-nothing-offered = Nenhum procedimento é oferecido
config-kiosk-catalog = Não foi possível ler a pasta de procedimentos: { $dir }
config-kiosk-pin-hash = O hash do PIN de administração não está no formato Argon2 ($argon2id$…)

config-procedure-bad-id = “{ $id }” não pode ser usado como nome (letras minúsculas, números e hífens)
config-procedure-bad-shared-id = O nome do campo comum “{ $id }” deve ser separado por pontos, como “applicant.name”
config-procedure-bad-message-key = “{ $key }” não tem o formato de uma chave de tradução
config-procedure-bad-service = O tipo de atendimento “{ $service }” deve ser uma única letra maiúscula (exemplo: A, B)
config-procedure-bundle-empty = O conjunto não tem nenhum procedimento
config-procedure-choice-no-options = Não há opções para escolher
config-procedure-duplicate = “{ $id }” está definido duas vezes
config-procedure-field-no-id = O campo não tem id nem shared
config-procedure-field-no-kind = O campo não tem kind
config-procedure-field-no-label = O campo não tem label
config-procedure-id-not-file-name = O id do procedimento “{ $id }” é diferente do nome do arquivo “{ $file }”
config-procedure-min-over-max = min ({ $min }) é maior que max ({ $max })
config-procedure-option-not-for-kind = “{ $option }” não pode ser usado neste tipo de campo
config-procedure-optional-not-in-bundle = “{ $id }” não faz parte dos procedimentos deste conjunto
config-procedure-bundle-two-windows = “{ $procedure }” dá a “{ $id }” um prazo de notificação diferente do de outro procedimento deste conjunto; uma data tem um só prazo
config-procedure-shared-in-shared = Não é possível usar shared na definição de um campo comum
config-procedure-shared-with-kind = Um campo que usa o campo comum “{ $shared }” não pode ter id nem kind
config-procedure-two-households = Um procedimento só pode ter um campo de membros da família
config-procedure-unknown-field = Não existe o campo “{ $id }”
config-procedure-unknown-option = Não existe a opção “{ $value }”
config-procedure-unknown-relationship = Não existe o parentesco “{ $value }” (head, spouse, child, parent, grandparent, grandchild, sibling, other)
config-procedure-unknown-shared = Não existe o campo comum “{ $id }”
config-procedure-wrong-kind = O tipo ({ $kind }) do campo “{ $id }” não pode ser usado aqui
config-procedure-zero-length = O número máximo de caracteres não pode ser 0
config-procedure-missing-text = A chave de tradução “{ $key }” não está no arquivo de tradução em japonês

config-check-ok = { $file }: nenhum problema ({ $kind })
config-check-unknown-kind = Não foi possível identificar o tipo deste arquivo de configuração; indique-o com --kind
config-town-prefecture = Não existe a província "{ $value }" (escreva como 東京都 ou 北海道)
config-town-chome = O número de chōme deve ser de 1 a 99 ({ $value })
