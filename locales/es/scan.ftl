# Lectura de QR (src/scan)
scan-error-read = No se puede leer { $path }: { $reason }
scan-error-image = No se puede abrir { $path } como imagen: { $reason }
