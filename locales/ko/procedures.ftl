## 절차(양식) 이름, 준비물, 절차 목록 오류

procedures-juminhyo-utsushi = 주민표 사본(住民票の写し)
procedures-juminhyo-kisai-jiko = 주민표 기재사항 증명서(住民票記載事項証明書)
procedures-inkan-shomei = 인감등록 증명서(印鑑登録証明書)
procedures-koseki-shomei = 호적 증명서(호적 등본·초본, 戸籍証明書)
procedures-fuhyo-utsushi = 호적 부표 사본(戸籍の附票の写し)
procedures-kazei-shomei = 과세(비과세) 증명서·납세 증명서(課税・納税証明書)
procedures-tennyu = 전입 신고(다른 시구정촌에서 이사, 転入届)
procedures-tenkyo = 전거 신고(구 안에서 이사, 転居届)
procedures-tenshutsu = 전출 신고(다른 시구정촌으로 이사, 転出届)
procedures-inkan-toroku = 인감 등록
procedures-kokuho-kanyu = 국민건강보험 가입
procedures-jido-teate = 아동수당 인정 청구

procedures-bundle-hikkoshi-tennyu = 이사(구 밖에서 전입)
procedures-bundle-hikkoshi-tenkyo = 이사(구 안에서)
procedures-bundle-hikkoshi-tenshutsu = 이사(구 밖으로 전출)
procedures-bundle-shomeisho = 증명서 발급

procedures-doc-identity = 본인 확인 서류(마이넘버 카드, 운전면허증, 여권 등)
procedures-doc-proxy-letter = 대리인인 경우 위임장
procedures-doc-certify-form = 증명받을 양식(근무처·학교 등에서 지정한 것)
procedures-doc-inkan-card = 인감등록증(카드)
procedures-doc-tenshutsu-certificate = 전출 증명서(마이넘버 카드로 전출 신고를 한 분은 필요 없음)
procedures-doc-mynumber-cards = 이사하는 분 전원의 마이넘버 카드(가지고 계신 분)
procedures-doc-insurance-cards = 국민건강보험 자격확인서 등(가입한 분)
procedures-doc-insurance-loss = 이전 건강보험을 그만둔 날짜를 알 수 있는 서류(자격상실 증명서 등)
procedures-doc-seal = 등록할 도장
procedures-doc-photo-id = 얼굴 사진이 있는 공적 신분증(마이넘버 카드, 운전면허증 등)
procedures-doc-bank-account = 청구자 명의의 예금 통장 또는 현금 카드

procedures-error-unknown = “{ $id }” 절차는 없습니다
procedures-error-unknown-bundle = “{ $id }” 절차 묶음은 없습니다
