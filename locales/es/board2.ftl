# Pantalla de la sala de espera (añadidos).
board2-error-unreachable = No se puede conectar con el sistema de atención ({ $hub }). Compruebe que el hub esté encendido y la red conectada, y vuelva a iniciar la pantalla.
board2-last-update = Información de las { $time }
