# QR de solicitação antecipada (preapp)

preapp-error-not-ours = Este código QR não é um código QR de solicitação antecipada.
preapp-error-newer-version = Este código QR foi feito em um formato mais novo (versão { $found }). Este aparelho lê até a versão { $supported }. Por favor, fale com um funcionário.
preapp-error-expired = Este código QR venceu em { $date }. Por favor, faça um novo.
preapp-error-wrong-key = Este código QR foi feito para outra prefeitura e não pode ser lido aqui.
preapp-error-no-key = Este aparelho não tem a chave para ler códigos QR criptografados. Por favor, fale com um funcionário.
preapp-error-corrupted = Não foi possível ler o código QR corretamente (os dados estão danificados). Aumente o brilho da tela e tente novamente.
preapp-error-missing-parts = Foram lidos { $read } de { $total } códigos QR. Mostre também os códigos restantes.
preapp-error-too-large = O código QR contém dados demais.
preapp-error-plain-not-accepted = Este atendimento não aceita códigos QR sem criptografia.
preapp-error-invalid-form = Os dados da solicitação têm um erro ({ $path }).

preapp-progress = Foram lidos { $read } de { $total } códigos QR.
preapp-keygen-done = O par de chaves do atendimento foi criado. Chave privada: { $secret } Chave pública: { $public }
preapp-keygen-exists = O arquivo de chave já existe: { $path } (não foi sobrescrito)
preapp-cli-key-unreadable = Não foi possível ler o arquivo de chave: { $path }
preapp-cli-input-unreadable = Não foi possível ler o arquivo de entrada: { $path } ({ $reason })
preapp-cli-image-unreadable = Não foi possível ler a imagem: { $path }
preapp-cli-no-code = Nenhum código QR foi encontrado na imagem: { $path }
preapp-cli-write-failed = Não foi possível gravar o arquivo: { $path } ({ $reason })
preapp-cli-bad-days = A validade deve ser de 1 a { $max } dias.
preapp-config-nothing-accepted = Sem arquivo de chave (key_file) e sem aceitar códigos QR sem criptografia, nenhum QR de solicitação antecipada pode ser lido.
preapp-config-empty-key-file = O caminho do arquivo de chave (key_file) está vazio.
