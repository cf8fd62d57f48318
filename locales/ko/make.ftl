# "여기서 신청서 만들기" 화면(쓰지 않는 입력).

make-pick-heading = 어떤 절차를 하시겠어요?
make-pick-events = 생활 속 일
make-pick-certificates = 증명서
make-forms-heading = 함께 제출할 서류를 선택해 주세요
make-forms-required = ✓ { $name } (반드시 제출)
make-forms-none = 서류를 하나 이상 선택해 주세요
make-progress = { $current } / { $total }
make-member-number = { $number }번째 사람
make-household-empty = 아직 추가된 사람이 없습니다
make-add-person = ＋ 사람 추가
make-remove = 삭제
make-back = 뒤로
make-next = 다음
make-skip = 건너뛰기
make-clear = 모두 지우기
make-backspace = 한 글자 지우기
make-kana-space = 띄어쓰기
make-date-western = 서기
make-date-year = 년
make-date-month = 월
make-date-day = 일
make-clerk-note = 한자 이름과 주소의 번지는 창구에서 직원이 여쭤보고 기입합니다.
make-clerk-completes = 창구에서 직원이 기입합니다
