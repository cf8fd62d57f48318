# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = Chamadas de atendente ({ $count })
clerk-staff-call-answer = Atender
clerk-staff-call-taken = Vá até { $kiosk }
hub-error-staff-call-note = O motivo pode ter no máximo { $max } caracteres
hub-error-staff-call-answered = Esta chamada já foi atendida ({ $clerk })
clerk-error-unreachable = Não foi possível acessar o hub. Verifique a rede e se o hub está ligado
clerk-export-open = Exportação e estatísticas
clerk-export-close = Voltar à fila
clerk-export-heading = Exportação e estatísticas de { $day }
clerk-export-prev-day = Dia anterior
clerk-export-next-day = Dia seguinte
clerk-export-records = CSV de registros
clerk-export-stats = CSV de estatísticas
clerk-export-saved = Salvo: { $path }
clerk-export-failed = Não foi possível salvar: { $reason }
clerk-stats-visits = Atendimentos por serviço
clerk-stats-languages = Idiomas usados
clerk-stats-wait = Espera até a chamada: média de { $avg } min, 90% em até { $p90 } min
clerk-stats-wait-none = Ninguém foi chamado ainda
clerk-stats-qr = Pré-solicitação por QR: { $percent }% dos atendimentos
clerk-stats-empty = Nenhum atendimento neste dia
hub-error-bad-date = A data { $date } não é válida (AAAA-MM-DD)
hub-error-body-syntax = O corpo da requisição não é um JSON válido
hub-error-body-data = Um campo do corpo da requisição falta ou tem o tipo errado ({ $path })
hub-error-body-type = Envie o corpo da requisição como JSON (application/json)
# A chart with nothing to show yet.
clerk-stats-none = Nenhum ainda
# The record panel before anyone is called.
clerk-record-hint = Chame o próximo (F1) e o pedido dele aparece aqui.
clerk-postal-choose = O código postal { $code } corresponde a vários bairros; escolha um
clerk-postal-unknown = O código postal { $code } não foi encontrado
clerk-postal-filled = do código postal (ainda não salvo)
