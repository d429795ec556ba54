# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England (Национална здравна служба на Англия): NHS Standard Contract, Service Conditions (текущото издание)
source-leaflet-2017 = NHS England и BMA (Британската медицинска асоциация): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London (NHS в Югоизточен Лондон): Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside (NHS в Чешър и Мърсисайд): Consensus on the primary and secondary care interface (2022)
source-fit-note = Министерство на труда и пенсиите (Department for Work and Pensions): Fit note guidance
source-self-certification = Данъчната и митническа служба (HM Revenue and Customs): Employee's statement of sickness (SC2)
source-ers = NHS website (уебсайтът на NHS): NHS e-Referral Service
source-trust-guidance = Съвети от болници и GP практики за хора в списъци на чакащи (Hospital and GP practice advice for people on waiting lists)
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Удман и съавтори (Woodman and others): Integrating primary and secondary care for children and young people (списание Archives of Disease in Childhood)
source-brunton-2021 = Брънтън и съавтори (Brunton and others): Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (от октомври 2023 г.)
source-constitution = Министерство на здравеопазването и социалните грижи (Department of Health and Social Care): The NHS Constitution for England, and its Handbook
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = Болнични тръстове на NHS (NHS hospital trusts): проверка на списъците на чакащи чрез SMS и как да разпознаете измамни SMS съобщения
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary и местните медицински комитети (local medical committees): изписване след пропуснат преглед
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = NHS website (уебсайтът на NHS): NHS Talking Therapies
source-nhs-111 = NHS website (уебсайтът на NHS): NHS 111, опцията му за психично здраве и достъп на британски жестов език (BSL) и чрез Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = NHS website (уебсайтът на NHS): Signs that a child is seriously ill
source-gmc-young-people = Общият медицински съвет (General Medical Council): 0 to 18 years guidance for doctors
source-nice-transition = NICE (Националният институт за здраве и качество на грижите): Transition from children's to adults' services (NG43)
source-private-care = NHS England и BMA (Британската медицинска асоциация): Patients who move between NHS and private care
