## 양식의 항목 이름, 선택지, 설명

fields-applicant-name = 이름
fields-applicant-reading = 이름(가타카나)
fields-applicant-birth = 생년월일
fields-applicant-postal = 우편번호
fields-applicant-address = 주소
fields-applicant-phone = 전화번호(낮에 연락이 되는 번호)
fields-applicant-phone-help = 내용 확인을 위해 전화를 드릴 수 있습니다
fields-applicant-has-mynumber-card = 마이넘버 카드를 가지고 있음
fields-applicant-has-mynumber-card-help = 번호는 적지 않습니다. 카드가 있는지만 알려 주세요
fields-notifier-name = 신고인의 이름
fields-subject-name = 증명서가 필요한 분의 이름
fields-subject-birth = 증명서가 필요한 분의 생년월일

fields-requester = 창구에 오신 분과 증명서가 필요한 분의 관계
fields-requester-self = 본인
fields-requester-household = 같은 세대의 사람
fields-requester-proxy = 대리인

fields-copies = 통수
fields-purpose = 용도(제출처)
fields-purpose-detail = 용도의 내용
fields-purpose-pension = 연금 절차
fields-purpose-employment = 근무처에 제출
fields-purpose-drivers-license = 운전면허
fields-purpose-vehicle = 자동차 등록
fields-purpose-real-estate = 부동산 등기
fields-purpose-inheritance = 상속
fields-purpose-school = 학교에 제출
fields-purpose-loan = 대출·융자
fields-purpose-passport = 여권
fields-purpose-marriage = 혼인 신고
fields-purpose-nursery = 어린이집·유치원
fields-purpose-child-allowance = 아동수당
fields-purpose-dependents = 부양 관련 절차
fields-purpose-public-housing = 공영 주택
fields-purpose-address-history = 주소 이력 증명
fields-purpose-other = 기타

fields-juminhyo-scope = 증명서에 기재할 분
fields-juminhyo-scope-self = 본인만
fields-juminhyo-scope-household-all = 세대 전원
fields-juminhyo-scope-household-some = 세대의 일부 사람
fields-juminhyo-members = 기재가 필요한 분
fields-juminhyo-show-relationship = 세대주와의 관계를 기재함
fields-juminhyo-show-honseki = 본적·필두자를 기재함
fields-juminhyo-show-honseki-help = 여권이나 상속 등으로 필요한 경우에만 “예”를 선택해 주세요

fields-kisai-has-form = 증명받을 양식을 가져옴
fields-kisai-submit-to = 제출처

fields-inkan-registrant-name = 인감을 등록한 분의 이름
fields-inkan-has-card = 인감등록증(카드)을 가져옴
fields-inkan-card-number = 인감 등록 번호
fields-inkan-has-seal = 등록할 도장을 가져옴
fields-inkan-verification = 본인 확인 방법
fields-inkan-verification-photo-id = 얼굴 사진이 있는 공적 증명서
fields-inkan-verification-guarantor = 구 안에서 인감을 등록한 보증인
fields-inkan-verification-inquiry = 조회서(나중에 우편으로 발송)

fields-koseki-honseki = 본적(本籍)
fields-koseki-hittosha = 필두자(筆頭者)의 이름
fields-koseki-certificate = 증명서 종류
fields-koseki-certificate-zenbu = 호적 전부사항 증명서(등본) 450엔
fields-koseki-certificate-kojin = 호적 개인사항 증명서(초본) 450엔
fields-koseki-certificate-joseki-zenbu = 제적 전부사항 증명서 750엔
fields-koseki-relation = 호적에 기재된 분과의 관계
fields-koseki-relation-self = 본인
fields-koseki-relation-spouse = 배우자
fields-koseki-relation-lineal = 부모·조부모·자녀·손자녀 등
fields-koseki-relation-other = 기타

fields-fuhyo-scope = 증명서에 기재할 분
fields-fuhyo-scope-self = 본인만
fields-fuhyo-scope-all = 호적에 기재된 전원

fields-kazei-certificate = 증명서 종류
fields-kazei-certificate-kazei = 과세(비과세) 증명서
fields-kazei-certificate-nozei = 납세 증명서
fields-kazei-fiscal-year = 연도
fields-kazei-fiscal-year-latest = 최신 연도
fields-kazei-fiscal-year-previous = 전년도
fields-kazei-fiscal-year-before-previous = 2년 전 연도
fields-kazei-lived-here-jan1 = 해당 연도가 시작되는 해의 1월 1일(예: 2025년도 → 2025년 1월 1일)에 구 안에 살고 있었음

fields-move-date = 이사한 날
fields-move-out-date = 전출 예정일(전출 증명서에 적힌 날짜)
fields-move-previous-address = 이전 주소
fields-move-destination-address = 이사할 곳의 주소
fields-move-head-name = 세대주의 이름
fields-move-previous-head-name = 이전 세대주의 이름
fields-move-new-postal = 새 주소의 우편번호
fields-move-new-address = 새 주소
fields-move-members = 이사하는 분
fields-tennyu-date = 살기 시작한 날
fields-tenkyo-date = 이사한 날
fields-tenshutsu-date = 이사하는 날(예정일)
fields-tenshutsu-current-address = 현재 주소
fields-tenshutsu-head-name = 이사할 곳에서의 세대주 이름
fields-household-members = 세대원

fields-kokuho-reason = 가입 사유
fields-kokuho-reason-moved-in = 구 밖에서 이사 옴
fields-kokuho-reason-left-employer-insurance = 근무처의 건강보험을 그만둠
fields-kokuho-reason-left-welfare = 생활보호를 더 이상 받지 않게 됨
fields-kokuho-reason-birth = 아이가 태어남
fields-kokuho-reason-other = 기타
fields-kokuho-start-date = 가입일(자격을 얻은 날)
fields-kokuho-previous-insurer = 이전 건강보험의 이름
fields-kokuho-members = 가입하는 분

fields-jido-requester-name = 청구자(생계를 주로 책임지는 분)의 이름
fields-jido-reason = 청구 사유
fields-jido-reason-birth = 아이가 태어남
fields-jido-reason-moved-in = 구 밖에서 이사 옴
fields-jido-reason-other = 기타
fields-jido-pension = 가입한 연금
fields-jido-pension-national = 국민연금
fields-jido-pension-employee = 후생연금
fields-jido-pension-mutual-aid = 공제조합(공무원)
fields-jido-has-spouse = 배우자가 있음
fields-jido-children = 대상 자녀

fields-bank-name = 금융기관 이름
fields-bank-branch = 지점 이름
fields-bank-account-type = 계좌 종류
fields-bank-account-type-ordinary = 보통
fields-bank-account-type-current = 당좌
fields-bank-account-number = 계좌번호(7자리)
fields-bank-account-holder = 예금주(가타카나)

fields-address-prefecture = 도도부현
fields-address-city = 시구정촌
fields-address-town = 동네 이름·번지
fields-address-building = 건물 이름·호실

fields-member-name = 이름
fields-member-reading = 이름(가타카나)
fields-member-birth = 생년월일
fields-member-relationship = 세대주와의 관계
fields-member-sex = 성별

fields-relationship-head = 세대주
fields-relationship-spouse = 아내·남편
fields-relationship-child = 자녀
fields-relationship-parent = 아버지·어머니
fields-relationship-grandparent = 할아버지·할머니
fields-relationship-grandchild = 손자녀
fields-relationship-sibling = 형제자매
fields-relationship-other = 기타

fields-sex-male = 남
fields-sex-female = 여

fields-answer-yes = 예
fields-answer-no = 아니요

fields-era-meiji = 메이지
fields-era-taisho = 다이쇼
fields-era-showa = 쇼와
fields-era-heisei = 헤이세이
fields-era-reiwa = 레이와
