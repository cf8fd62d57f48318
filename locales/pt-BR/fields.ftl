## Nomes dos campos dos formulários, opções e explicações

fields-applicant-name = Nome completo
fields-applicant-reading = Nome em katakana (フリガナ)
fields-applicant-birth = Data de nascimento
fields-applicant-postal = Código postal
fields-applicant-address = Endereço
fields-applicant-phone = Telefone (para contato durante o dia)
fields-applicant-phone-help = Podemos ligar para confirmar os dados da solicitação
fields-applicant-has-mynumber-card = Tenho o cartão My Number
fields-applicant-has-mynumber-card-help = Não escreva o número. Informe apenas se você tem o cartão
fields-notifier-name = Nome de quem faz a notificação
fields-subject-name = Nome da pessoa de quem é o certificado
fields-subject-birth = Data de nascimento da pessoa de quem é o certificado

fields-requester = Sua relação com a pessoa de quem é o certificado
fields-requester-self = Eu mesmo(a)
fields-requester-household = Alguém da mesma família (mesmo domicílio)
fields-requester-proxy = Representante (procurador)

fields-copies = Número de cópias
fields-purpose = Finalidade (onde será entregue)
fields-purpose-detail = Detalhes da finalidade
fields-purpose-pension = Procedimento de aposentadoria
fields-purpose-employment = Entregar no trabalho
fields-purpose-drivers-license = Carteira de motorista
fields-purpose-vehicle = Registro de veículo
fields-purpose-real-estate = Registro de imóvel
fields-purpose-inheritance = Herança
fields-purpose-school = Entregar na escola
fields-purpose-loan = Empréstimo ou financiamento
fields-purpose-passport = Passaporte
fields-purpose-marriage = Registro de casamento
fields-purpose-nursery = Creche ou jardim de infância
fields-purpose-child-allowance = Auxílio para crianças (児童手当)
fields-purpose-dependents = Procedimento de dependentes
fields-purpose-public-housing = Moradia pública
fields-purpose-address-history = Comprovante de endereços anteriores
fields-purpose-other = Outro

fields-juminhyo-scope = Quem deve constar no certificado
fields-juminhyo-scope-self = Somente eu
fields-juminhyo-scope-household-all = Todos da família (mesmo domicílio)
fields-juminhyo-scope-household-some = Algumas pessoas da família
fields-juminhyo-members = Pessoas que devem constar
fields-juminhyo-show-relationship = Mostrar o parentesco com o chefe da família
fields-juminhyo-show-honseki = Mostrar o domicílio de registro (本籍) e o titular do registro de família (筆頭者)
fields-juminhyo-show-honseki-help = Escolha “Sim” somente se for necessário, por exemplo para passaporte ou herança

fields-kisai-has-form = Trouxe o formulário a ser certificado
fields-kisai-submit-to = Onde será entregue

fields-inkan-registrant-name = Nome da pessoa registrada
fields-inkan-has-card = Trouxe o cartão de registro do carimbo (印鑑登録証)
fields-inkan-card-number = Número do registro do carimbo
fields-inkan-has-seal = Trouxe o carimbo que será registrado
fields-inkan-verification = Como confirmar a identidade
fields-inkan-verification-photo-id = Documento oficial com foto
fields-inkan-verification-guarantor = Um fiador com carimbo registrado neste distrito
fields-inkan-verification-inquiry = Carta de consulta (enviada depois pelo correio)

fields-koseki-honseki = Domicílio de registro (本籍)
fields-koseki-hittosha = Nome do titular do registro de família (筆頭者)
fields-koseki-certificate = Tipo de certificado
fields-koseki-certificate-zenbu = Certidão completa do registro de família (戸籍謄本) 450 ienes
fields-koseki-certificate-kojin = Certidão individual do registro de família (戸籍抄本) 450 ienes
fields-koseki-certificate-joseki-zenbu = Certidão completa de registro de família encerrado (除籍) 750 ienes
fields-koseki-relation = Sua relação com as pessoas do registro de família
fields-koseki-relation-self = Eu mesmo(a)
fields-koseki-relation-spouse = Cônjuge
fields-koseki-relation-lineal = Pai, mãe, avós, filhos, netos etc.
fields-koseki-relation-other = Outro

fields-fuhyo-scope = Quem deve constar no certificado
fields-fuhyo-scope-self = Somente eu
fields-fuhyo-scope-all = Todos do registro de família

fields-kazei-certificate = Tipo de certificado
fields-kazei-certificate-kazei = Certificado de tributação (ou isenção) (課税・非課税証明書)
fields-kazei-certificate-nozei = Certificado de pagamento de impostos (納税証明書)
fields-kazei-fiscal-year = Ano fiscal
fields-kazei-fiscal-year-latest = Ano fiscal mais recente
fields-kazei-fiscal-year-previous = Ano fiscal anterior
fields-kazei-fiscal-year-before-previous = Dois anos fiscais atrás
fields-kazei-lived-here-jan1 = Eu morava neste distrito em 1º de janeiro do ano em que começa o ano fiscal (ex.: ano fiscal 2025 → 1º de janeiro de 2025)

fields-move-date = Data da mudança
fields-move-out-date = Data prevista de saída (a que consta no certificado de saída)
fields-move-previous-address = Endereço anterior
fields-move-destination-address = Endereço para onde vai se mudar
fields-move-head-name = Nome do chefe da família
fields-move-previous-head-name = Nome do chefe da família anterior
fields-move-new-postal = Código postal do novo endereço
fields-move-new-address = Novo endereço
fields-move-members = Pessoas que vão se mudar
fields-tennyu-date = Data em que começou a morar aqui
fields-tenkyo-date = Data da mudança
fields-tenshutsu-date = Data da mudança (prevista)
fields-tenshutsu-current-address = Endereço atual
fields-tenshutsu-head-name = Nome do chefe da família no novo endereço
fields-household-members = Membros da família

fields-kokuho-reason = Motivo da inscrição
fields-kokuho-reason-moved-in = Mudei de fora do distrito para cá
fields-kokuho-reason-left-employer-insurance = Saí do seguro de saúde do trabalho
fields-kokuho-reason-left-welfare = Deixei de receber assistência social (生活保護)
fields-kokuho-reason-birth = Nasceu uma criança
fields-kokuho-reason-other = Outro
fields-kokuho-start-date = Data de inscrição (data em que passou a ter direito)
fields-kokuho-previous-insurer = Nome do seguro de saúde anterior
fields-kokuho-members = Pessoas que vão se inscrever

fields-jido-requester-name = Nome do solicitante (quem mais sustenta a família)
fields-jido-reason = Motivo da solicitação
fields-jido-reason-birth = Nasceu uma criança
fields-jido-reason-moved-in = Mudei de fora do distrito para cá
fields-jido-reason-other = Outro
fields-jido-pension = Sistema de previdência em que está inscrito
fields-jido-pension-national = Previdência Nacional (国民年金)
fields-jido-pension-employee = Previdência dos Empregados (厚生年金)
fields-jido-pension-mutual-aid = Associação de ajuda mútua (共済組合, servidores públicos)
fields-jido-has-spouse = Tenho cônjuge
fields-jido-children = Crianças beneficiárias

fields-bank-name = Nome do banco
fields-bank-branch = Nome da agência
fields-bank-account-type = Tipo de conta
fields-bank-account-type-ordinary = Conta comum (普通)
fields-bank-account-type-current = Conta corrente (当座)
fields-bank-account-number = Número da conta (7 dígitos)
fields-bank-account-holder = Titular da conta (em katakana)

fields-address-prefecture = Província (都道府県)
fields-address-city = Município (cidade, distrito, vila)
fields-address-town = Bairro e número (町名・番地)
fields-address-building = Nome do prédio e número do apartamento

fields-member-name = Nome completo
fields-member-reading = Nome em katakana (フリガナ)
fields-member-birth = Data de nascimento
fields-member-relationship = Parentesco com o chefe da família
fields-member-sex = Sexo

fields-relationship-head = Chefe da família (世帯主)
fields-relationship-spouse = Esposa ou marido
fields-relationship-child = Filho(a)
fields-relationship-parent = Pai ou mãe
fields-relationship-grandparent = Avô ou avó
fields-relationship-grandchild = Neto(a)
fields-relationship-sibling = Irmão ou irmã
fields-relationship-other = Outro

fields-sex-male = Masculino
fields-sex-female = Feminino

fields-answer-yes = Sim
fields-answer-no = Não

fields-era-meiji = Meiji
fields-era-taisho = Taisho
fields-era-showa = Showa
fields-era-heisei = Heisei
fields-era-reiwa = Reiwa
