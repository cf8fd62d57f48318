# Leitura de QR (src/scan)
scan-error-read = Não foi possível ler { $path }: { $reason }
scan-error-image = Não foi possível abrir { $path } como imagem: { $reason }
scan-camera-opened = Usando a câmera { $device }
scan-camera-lost = Câmera { $device } não encontrada. Verifique a conexão (ela se reconecta automaticamente)
scan-camera-none = Não há câmera. Os códigos QR também podem ser lidos com o leitor
