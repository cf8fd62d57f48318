# Lectura de QR (src/scan)
scan-error-read = No se puede leer { $path }: { $reason }
scan-error-image = No se puede abrir { $path } como imagen: { $reason }
scan-camera-opened = Usando la cámara { $device }
scan-camera-lost = No se encuentra la cámara { $device }. Revise la conexión (se reconecta automáticamente)
scan-camera-none = No hay cámara. Los códigos QR también se pueden leer con el escáner
