# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = 직원 호출 ({ $count }건)
clerk-staff-call-answer = 응대
clerk-staff-call-taken = { $kiosk }(으)로 가 주세요
hub-error-staff-call-note = 사유는 { $max }자까지입니다
hub-error-staff-call-answered = 이미 응대한 호출입니다 ({ $clerk })
clerk-error-unreachable = 허브에 연결할 수 없습니다. 네트워크와 허브 실행 상태를 확인하세요
clerk-export-open = 내보내기·통계
clerk-export-close = 대기열로 돌아가기
clerk-export-heading = { $day } 내보내기와 통계
clerk-export-prev-day = 전날
clerk-export-next-day = 다음 날
clerk-export-records = 접수 기록 CSV
clerk-export-stats = 통계 CSV
clerk-export-saved = 저장했습니다: { $path }
clerk-export-failed = 저장하지 못했습니다: { $reason }
clerk-stats-visits = 창구별 방문 수
clerk-stats-languages = 사용 언어
clerk-stats-wait = 호출까지 대기 시간: 평균 { $avg }분, 90%가 { $p90 }분 이내
clerk-stats-wait-none = 아직 호출이 없습니다
clerk-stats-qr = QR 사전 신청 이용: 방문의 { $percent }%
clerk-stats-empty = 이날 방문이 없습니다
hub-error-bad-date = 날짜 { $date }이(가) 올바르지 않습니다 (YYYY-MM-DD)
hub-error-body-syntax = 요청 본문이 올바른 JSON이 아닙니다
hub-error-body-data = 요청 본문의 항목이 없거나 형식이 틀렸습니다 ({ $path })
hub-error-body-type = 요청 본문은 JSON(application/json)으로 보내 주세요
# A chart with nothing to show yet.
clerk-stats-none = 아직 없습니다
# The record panel before anyone is called.
clerk-record-hint = 다음 분을 호출하면(F1) 그분의 신청 내용이 여기에 표시됩니다.
clerk-postal-choose = 우편번호 { $code }에 해당하는 지역이 여러 곳입니다. 하나를 선택해 주세요
clerk-postal-unknown = 우편번호 { $code }을(를) 찾을 수 없습니다
clerk-postal-filled = 우편번호에서 (아직 저장되지 않음)
