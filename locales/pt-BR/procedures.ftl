## Nomes dos procedimentos (formulários), documentos necessários, erros do catálogo

procedures-juminhyo-utsushi = Atestado de residência (住民票の写し)
procedures-juminhyo-kisai-jiko = Certificado de itens do registro de residência (住民票記載事項証明書)
procedures-inkan-shomei = Certificado de registro do carimbo pessoal (印鑑登録証明書)
procedures-koseki-shomei = Certidão do registro de família japonês (戸籍謄本・抄本)
procedures-fuhyo-utsushi = Cópia do anexo do registro de família (戸籍の附票の写し)
procedures-kazei-shomei = Certificado de tributação (ou isenção) / certificado de pagamento de impostos (課税・納税証明書)
procedures-tennyu = Notificação de entrada (転入届): mudança vinda de outro município
procedures-tenkyo = Notificação de mudança de endereço dentro do distrito (転居届)
procedures-tenshutsu = Notificação de saída (転出届): mudança para outro município
procedures-inkan-toroku = Registro do carimbo pessoal (印鑑登録)
procedures-kokuho-kanyu = Inscrição no Seguro Nacional de Saúde (国民健康保険)
procedures-jido-teate = Solicitação do auxílio para crianças (児童手当)

procedures-bundle-hikkoshi-tennyu = Mudança (vindo de fora do distrito)
procedures-bundle-hikkoshi-tenkyo = Mudança (dentro do distrito)
procedures-bundle-hikkoshi-tenshutsu = Mudança (para fora do distrito)
procedures-bundle-shomeisho = Pedir certificados

procedures-doc-identity = Documento de identidade (cartão My Number, carteira de motorista, passaporte etc.)
procedures-doc-proxy-letter = Se vier no lugar de outra pessoa: procuração (委任状)
procedures-doc-certify-form = O formulário a ser certificado (indicado pelo empregador, pela escola etc.)
procedures-doc-inkan-card = Cartão de registro do carimbo pessoal (印鑑登録証)
procedures-doc-tenshutsu-certificate = Certificado de saída (転出証明書), não é necessário se você fez a notificação de saída com o cartão My Number
procedures-doc-mynumber-cards = Cartão My Number de todas as pessoas que vão se mudar (de quem tiver)
procedures-doc-insurance-cards = Certificado de qualificação do Seguro Nacional de Saúde (資格確認書) ou similar (de quem for inscrito)
procedures-doc-insurance-loss = Documento que mostre a data em que terminou o seguro de saúde anterior (資格喪失証明書 etc.)
procedures-doc-seal = O carimbo (inkan) que será registrado
procedures-doc-photo-id = Documento oficial de identidade com foto (cartão My Number, carteira de motorista etc.)
procedures-doc-bank-account = Caderneta bancária ou cartão do banco em nome do solicitante

procedures-error-unknown = Não existe o procedimento “{ $id }”
procedures-error-unknown-bundle = Não existe o conjunto de procedimentos “{ $id }”
