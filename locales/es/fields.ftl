## Nombres de los campos de los formularios, opciones y explicaciones

fields-applicant-name = Nombre completo
fields-applicant-reading = Nombre en katakana (フリガナ)
fields-applicant-birth = Fecha de nacimiento
fields-applicant-postal = Código postal
fields-applicant-address = Dirección
fields-applicant-phone = Teléfono (para contactarle durante el día)
fields-applicant-phone-help = Es posible que le llamemos para confirmar los datos de la solicitud
fields-applicant-has-mynumber-card = Tengo la tarjeta My Number
fields-applicant-has-mynumber-card-help = No escriba el número. Solo indique si tiene la tarjeta
fields-notifier-name = Nombre de quien hace la notificación
fields-subject-name = Nombre de la persona a quien corresponde el certificado
fields-subject-birth = Fecha de nacimiento de la persona a quien corresponde el certificado

fields-requester = Su relación con la persona a quien corresponde el certificado
fields-requester-self = Yo mismo/a
fields-requester-household = Alguien de mi mismo hogar
fields-requester-proxy = Representante (apoderado)

fields-copies = Número de copias
fields-purpose = Uso (dónde lo va a presentar)
fields-purpose-detail = Detalles del uso
fields-purpose-pension = Trámite de pensión
fields-purpose-employment = Para presentar en el trabajo
fields-purpose-drivers-license = Licencia de conducir
fields-purpose-vehicle = Registro de vehículo
fields-purpose-real-estate = Registro de inmueble
fields-purpose-inheritance = Herencia
fields-purpose-school = Para presentar en la escuela
fields-purpose-loan = Préstamo o financiamiento
fields-purpose-passport = Pasaporte
fields-purpose-marriage = Registro de matrimonio
fields-purpose-nursery = Guardería o jardín de niños
fields-purpose-child-allowance = Subsidio por hijos (児童手当)
fields-purpose-dependents = Trámite de dependientes
fields-purpose-public-housing = Vivienda pública
fields-purpose-address-history = Constancia de direcciones anteriores
fields-purpose-other = Otro

fields-juminhyo-scope = Quiénes deben aparecer en el certificado
fields-juminhyo-scope-self = Solo yo
fields-juminhyo-scope-household-all = Todos los miembros del hogar
fields-juminhyo-scope-household-some = Algunos miembros del hogar
fields-juminhyo-members = Personas que deben aparecer
fields-juminhyo-show-relationship = Mostrar el parentesco con el jefe de hogar
fields-juminhyo-show-honseki = Mostrar el domicilio registral (本籍) y el titular del registro familiar (筆頭者)
fields-juminhyo-show-honseki-help = Elija “Sí” solo si lo necesita, por ejemplo para un pasaporte o una herencia

fields-kisai-has-form = Traje el formulario que se debe certificar
fields-kisai-submit-to = Dónde lo va a presentar

fields-inkan-registrant-name = Nombre de la persona registrada
fields-inkan-has-card = Traje la tarjeta de registro del sello (印鑑登録証)
fields-inkan-card-number = Número de registro del sello
fields-inkan-has-seal = Traje el sello que voy a registrar
fields-inkan-verification = Forma de confirmar la identidad
fields-inkan-verification-photo-id = Documento oficial con foto
fields-inkan-verification-guarantor = Un garante con sello registrado en este distrito
fields-inkan-verification-inquiry = Carta de consulta (se envía después por correo)

fields-koseki-honseki = Domicilio registral (本籍)
fields-koseki-hittosha = Nombre del titular del registro familiar (筆頭者)
fields-koseki-certificate = Tipo de certificado
fields-koseki-certificate-zenbu = Certificado completo del registro familiar (戸籍謄本) 450 yenes
fields-koseki-certificate-kojin = Certificado individual del registro familiar (戸籍抄本) 450 yenes
fields-koseki-certificate-joseki-zenbu = Certificado completo de registro familiar cerrado (除籍) 750 yenes
fields-koseki-relation = Su relación con las personas del registro familiar
fields-koseki-relation-self = Yo mismo/a
fields-koseki-relation-spouse = Cónyuge
fields-koseki-relation-lineal = Padre, madre, abuelos, hijos, nietos, etc.
fields-koseki-relation-other = Otro

fields-fuhyo-scope = Quiénes deben aparecer en el certificado
fields-fuhyo-scope-self = Solo yo
fields-fuhyo-scope-all = Todas las personas del registro familiar

fields-kazei-certificate = Tipo de certificado
fields-kazei-certificate-kazei = Certificado de impuestos (o de exención) (課税・非課税証明書)
fields-kazei-certificate-nozei = Certificado de pago de impuestos (納税証明書)
fields-kazei-fiscal-year = Año fiscal
fields-kazei-fiscal-year-latest = Año fiscal más reciente
fields-kazei-fiscal-year-previous = Año fiscal anterior
fields-kazei-fiscal-year-before-previous = Hace dos años fiscales
fields-kazei-lived-here-jan1 = Vivía en este distrito el 1 de enero del año en que empieza ese año fiscal (p. ej.: año fiscal 2025 → 1 de enero de 2025)

fields-move-date = Fecha de la mudanza
fields-move-out-date = Fecha prevista de salida (la que figura en el certificado de salida)
fields-move-previous-address = Dirección anterior
fields-move-destination-address = Dirección a la que se muda
fields-move-head-name = Nombre del jefe de hogar
fields-move-previous-head-name = Nombre del jefe de hogar anterior
fields-move-new-postal = Código postal de la nueva dirección
fields-move-new-address = Nueva dirección
fields-move-members = Personas que se mudan
fields-tennyu-date = Fecha en que empezó a vivir aquí
fields-tenkyo-date = Fecha de la mudanza
fields-tenshutsu-date = Fecha de la mudanza (prevista)
fields-tenshutsu-current-address = Dirección actual
fields-tenshutsu-head-name = Nombre del jefe de hogar en la nueva dirección
fields-household-members = Miembros del hogar

fields-kokuho-reason = Motivo de la afiliación
fields-kokuho-reason-moved-in = Me mudé aquí desde fuera del distrito
fields-kokuho-reason-left-employer-insurance = Dejé el seguro de salud de mi trabajo
fields-kokuho-reason-left-welfare = Dejé de recibir la asistencia pública (生活保護)
fields-kokuho-reason-birth = Nació un hijo o una hija
fields-kokuho-reason-other = Otro
fields-kokuho-start-date = Fecha de afiliación (fecha en que obtuvo el derecho)
fields-kokuho-previous-insurer = Nombre del seguro de salud anterior
fields-kokuho-members = Personas que se afilian

fields-jido-requester-name = Nombre del solicitante (quien más aporta al sustento familiar)
fields-jido-reason = Motivo de la solicitud
fields-jido-reason-birth = Nació un hijo o una hija
fields-jido-reason-moved-in = Me mudé aquí desde fuera del distrito
fields-jido-reason-other = Otro
fields-jido-pension = Sistema de pensiones al que está afiliado
fields-jido-pension-national = Pensión Nacional (国民年金)
fields-jido-pension-employee = Pensión para Empleados (厚生年金)
fields-jido-pension-mutual-aid = Asociación de ayuda mutua (共済組合, funcionarios públicos)
fields-jido-has-spouse = Tengo cónyuge
fields-jido-children = Niños beneficiarios

fields-bank-name = Nombre del banco
fields-bank-branch = Nombre de la sucursal
fields-bank-account-type = Tipo de cuenta
fields-bank-account-type-ordinary = Cuenta de ahorros (普通)
fields-bank-account-type-current = Cuenta corriente (当座)
fields-bank-account-number = Número de cuenta (7 dígitos)
fields-bank-account-holder = Titular de la cuenta (en katakana)

fields-address-prefecture = Prefectura (都道府県)
fields-address-city = Municipio (ciudad, distrito, pueblo o aldea)
fields-address-town = Barrio y número (町名・番地)
fields-address-building = Nombre del edificio y número de departamento

fields-member-name = Nombre completo
fields-member-reading = Nombre en katakana (フリガナ)
fields-member-birth = Fecha de nacimiento
fields-member-relationship = Parentesco con el jefe de hogar
fields-member-sex = Sexo

fields-relationship-head = Jefe de hogar (世帯主)
fields-relationship-spouse = Esposa o esposo
fields-relationship-child = Hijo/a
fields-relationship-parent = Padre o madre
fields-relationship-grandparent = Abuelo o abuela
fields-relationship-grandchild = Nieto/a
fields-relationship-sibling = Hermano o hermana
fields-relationship-other = Otro

fields-sex-male = Masculino
fields-sex-female = Femenino

fields-answer-yes = Sí
fields-answer-no = No

fields-era-meiji = Meiji
fields-era-taisho = Taisho
fields-era-showa = Showa
fields-era-heisei = Heisei
fields-era-reiwa = Reiwa
