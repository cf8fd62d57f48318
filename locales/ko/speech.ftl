# 음성 안내 (안내 화면의 음성 호출, 키오스크 읽어 주기).
speech-number = { $letters } { $digits }
speech-call = { $number }번 고객님, { $counter }번 창구로 와 주십시오.
speech-recall = 다시 한번 안내드립니다. { $number }번 고객님, { $counter }번 창구로 와 주십시오.
speech-ticket = 고객님의 번호는 { $number }번입니다.
speech-error-engine-missing = 음성 합성 프로그램 { $engine }을(를) 찾을 수 없습니다. scripts/setup.sh를 실행하십시오.
speech-error-voice-missing = 음성 데이터 { $voice }을(를) 찾을 수 없습니다. scripts/setup.sh를 실행하십시오.
speech-error-failed = 음성 합성 프로그램 { $engine }이(가) 실패했습니다: { $reason }
speech-error-language = 알 수 없는 언어 코드입니다: { $code }
speech-read-aloud = 읽어 주기
