# 사전 신청 QR(preapp)

preapp-error-not-ours = 이 QR 코드는 사전 신청 QR 코드가 아닙니다.
preapp-error-newer-version = 이 QR 코드는 새로운 형식(버전 { $found })으로 만들어졌습니다. 이 단말기는 버전 { $supported }까지 읽을 수 있습니다. 직원에게 말씀해 주세요.
preapp-error-expired = 이 QR 코드는 유효 기간({ $date })이 지났습니다. 다시 만들어 주세요.
preapp-error-wrong-key = 이 QR 코드는 다른 관공서용으로 만들어져 이 창구에서는 읽을 수 없습니다.
preapp-error-no-key = 이 단말기에는 암호화된 QR 코드를 읽기 위한 키가 설정되어 있지 않습니다. 직원에게 말씀해 주세요.
preapp-error-corrupted = QR 코드를 제대로 읽지 못했습니다(데이터가 손상되었습니다). 화면을 밝게 한 뒤 다시 한번 대 주세요.
preapp-error-missing-parts = { $total }장 중 { $read }장을 읽었습니다. 나머지 QR 코드도 대 주세요.
preapp-error-too-large = QR 코드의 데이터가 너무 큽니다.
preapp-error-plain-not-accepted = 이 창구에서는 암호화되지 않은 QR 코드를 받지 않습니다.
preapp-error-invalid-form = 신청 데이터에 오류가 있습니다({ $path }).

preapp-progress = { $total }장 중 { $read }장을 읽었습니다.
preapp-keygen-done = 창구 키를 만들었습니다. 비밀 키: { $secret } 공개 키: { $public }
preapp-keygen-exists = 키 파일이 이미 있습니다: { $path }(덮어쓰지 않습니다)
preapp-cli-key-unreadable = 키 파일을 읽을 수 없습니다: { $path }
preapp-cli-input-unreadable = 입력 파일을 읽을 수 없습니다: { $path }({ $reason })
preapp-cli-image-unreadable = 이미지를 읽을 수 없습니다: { $path }
preapp-cli-no-code = 이미지에서 QR 코드를 찾을 수 없습니다: { $path }
preapp-cli-write-failed = 파일을 쓸 수 없습니다: { $path }({ $reason })
preapp-cli-bad-days = 유효 일수는 1일부터 { $max }일까지입니다.
preapp-config-nothing-accepted = 키 파일(key_file)이 없고 암호화되지 않은 QR 코드도 받지 않도록 설정되어 있어, 사전 신청 QR 코드를 하나도 읽을 수 없습니다.
preapp-config-empty-key-file = 키 파일(key_file)의 경로가 비어 있습니다.
