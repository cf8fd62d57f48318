# Painel da sala de espera (acréscimos).
board2-error-unreachable = Não foi possível conectar ao sistema de atendimento ({ $hub }). Verifique se o hub está ligado e a rede conectada, e inicie o painel novamente.
board2-last-update = Informações de { $time }
