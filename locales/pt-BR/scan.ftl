# Leitura de QR (src/scan)
scan-error-read = Não foi possível ler { $path }: { $reason }
scan-error-image = Não foi possível abrir { $path } como imagem: { $reason }
