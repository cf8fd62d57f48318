## HTTPS do hub, limites de conexão, o certificado em que os aparelhos confiam (hub, sync)

hub-config-error-tls-pair = Para usar o certificado próprio da prefeitura, informe cert_chain e key em [tls]
hub-config-error-tls-name = O nome “{ $value }” não pode entrar em um certificado: escreva um nome de host ou um endereço IP
hub-tls-error-files = Não é possível usar o arquivo de certificado { $path }: { $reason }
hub-tls-error-certificate = Não é possível preparar o certificado: { $reason }
hub-tls-error-empty-chain = { $path } não contém nenhum certificado
hub-error-plain-on-lan = { $addr } pode ser acessado pela rede local, então o hub não inicia com HTTP sem criptografia. Defina [tls] mode como “auto” ou “on”; só se não houver outro jeito, defina insecure = true (ou --insecure)
hub-error-timeout = A solicitação não foi recebida ou processada a tempo
hub-cli-insecure-warning = Aviso: HTTP sem criptografia em { $addr } (insecure). Nomes, endereços e tokens trafegam pela rede sem proteção
hub-cli-enroll-fingerprint = Impressão digital (SHA-256) do certificado da CA do hub: { $fingerprint }. Os aparelhos confiam somente neste certificado. Ao digitar à mão, digite a linha inteira abaixo do código QR.
hub-sync-untrusted = O certificado do hub não é o mesmo do registro, então a conexão foi recusada. Consulte o responsável pela configuração
hub-sync-ca-mismatch = A impressão digital do certificado da CA do hub não confere com a do código de registro, então o registro foi interrompido
hub-sync-no-fingerprint = Para registrar em um hub HTTPS é preciso a impressão digital do certificado da CA: leia o código QR ou digite a linha inteira abaixo dele
hub-sync-ca-file = Não foi possível ler o certificado do hub salvo em { $file }. Registre este aparelho de novo
