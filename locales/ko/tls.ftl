## 허브의 HTTPS, 연결 제한, 단말기가 신뢰하는 인증서 (hub, sync)

hub-config-error-tls-pair = 구청 자체 인증서를 쓰려면 [tls]에 cert_chain과 key를 모두 적어 주세요
hub-config-error-tls-name = 이름 “{ $value }”은(는) 인증서에 넣을 수 없습니다. 호스트 이름이나 IP 주소를 적어 주세요
hub-tls-error-files = 인증서 파일 { $path }을(를) 사용할 수 없습니다: { $reason }
hub-tls-error-certificate = 인증서를 준비할 수 없습니다: { $reason }
hub-tls-error-empty-chain = { $path }에 인증서가 없습니다
hub-error-plain-on-lan = { $addr }은(는) LAN에서 접속할 수 있는 주소이므로 암호화하지 않은 HTTP로는 시작하지 않습니다. [tls] mode를 “auto” 또는 “on”으로 설정해 주세요. 다른 방법이 없을 때만 insecure = true(또는 --insecure)를 지정합니다
hub-error-timeout = 요청을 제시간에 받지 못했거나 처리하지 못했습니다
hub-cli-insecure-warning = 경고: { $addr }에서 암호화하지 않은 HTTP를 사용 중입니다(insecure). 이름, 주소, 토큰이 그대로 네트워크를 지나갑니다
hub-cli-enroll-fingerprint = 허브 CA 인증서의 지문(SHA-256): { $fingerprint }. 단말기는 이 인증서만 신뢰합니다. 직접 입력할 때는 QR 코드 아래 줄을 전부 입력해 주세요.
hub-sync-untrusted = 허브의 인증서가 등록할 때와 달라 연결을 거부했습니다. 설정 담당자에게 확인해 주세요
hub-sync-ca-mismatch = 허브 CA 인증서의 지문이 등록 코드와 일치하지 않아 등록을 중단했습니다
hub-sync-no-fingerprint = HTTPS 허브에 등록하려면 CA 인증서의 지문이 필요합니다. QR 코드를 읽거나 그 아래 줄을 전부 입력해 주세요
hub-sync-ca-file = 저장된 허브 인증서 { $file }을(를) 읽을 수 없습니다. 단말기를 다시 등록해 주세요
