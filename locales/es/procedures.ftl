## Nombres de los trámites (formularios), documentos que debe traer, errores del catálogo

procedures-juminhyo-utsushi = Certificado de residencia (住民票の写し)
procedures-juminhyo-kisai-jiko = Certificado de datos del registro de residencia (住民票記載事項証明書)
procedures-inkan-shomei = Certificado de registro del sello personal (印鑑登録証明書)
procedures-koseki-shomei = Certificado del registro familiar japonés (戸籍謄本・抄本)
procedures-fuhyo-utsushi = Copia del anexo del registro familiar (戸籍の附票の写し)
procedures-kazei-shomei = Certificado de impuestos (o de exención) / certificado de pago de impuestos (課税・納税証明書)
procedures-tennyu = Notificación de llegada (転入届): mudanza desde otro municipio
procedures-tenkyo = Notificación de cambio de domicilio dentro del distrito (転居届)
procedures-tenshutsu = Notificación de salida (転出届): mudanza a otro municipio
procedures-inkan-toroku = Registro del sello personal (印鑑登録)
procedures-kokuho-kanyu = Afiliación al Seguro Nacional de Salud (国民健康保険)
procedures-jido-teate = Solicitud del subsidio por hijos (児童手当)

procedures-bundle-hikkoshi-tennyu = Mudanza (desde fuera del distrito)
procedures-bundle-hikkoshi-tenkyo = Mudanza (dentro del distrito)
procedures-bundle-hikkoshi-tenshutsu = Mudanza (hacia fuera del distrito)
procedures-bundle-shomeisho = Solicitar certificados

procedures-doc-identity = Documento de identidad (tarjeta My Number, licencia de conducir, pasaporte, etc.)
procedures-doc-proxy-letter = Si viene en nombre de otra persona: carta poder (委任状)
procedures-doc-certify-form = El formulario que se debe certificar (indicado por su empleador, escuela, etc.)
procedures-doc-inkan-card = Tarjeta de registro del sello personal (印鑑登録証)
procedures-doc-tenshutsu-certificate = Certificado de salida (転出証明書); no es necesario si hizo la notificación de salida con la tarjeta My Number
procedures-doc-mynumber-cards = Tarjeta My Number de todas las personas que se mudan (de quienes la tengan)
procedures-doc-insurance-cards = Certificado de elegibilidad del Seguro Nacional de Salud (資格確認書) u otro similar (de quienes estén afiliados)
procedures-doc-insurance-loss = Un documento que indique la fecha en que terminó su seguro de salud anterior (資格喪失証明書, etc.)
procedures-doc-seal = El sello (inkan) que va a registrar
procedures-doc-photo-id = Documento oficial de identidad con foto (tarjeta My Number, licencia de conducir, etc.)
procedures-doc-bank-account = Libreta bancaria o tarjeta del banco a nombre del solicitante

procedures-error-unknown = No existe el trámite “{ $id }”
procedures-error-unknown-bundle = No existe el grupo de trámites “{ $id }”
