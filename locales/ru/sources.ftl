# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England (руководство NHS в Англии): NHS Standard Contract, Service Conditions (действующая редакция)
source-leaflet-2017 = NHS England и BMA (Британская медицинская ассоциация): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London (NHS юго-восточного Лондона): Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside (NHS Чешира и Мерсисайда): Consensus on the primary and secondary care interface (2022)
source-fit-note = Министерство труда и пенсий (Department for Work and Pensions): Fit note guidance
source-self-certification = Налоговая и таможенная служба Великобритании (HM Revenue and Customs): Employee's statement of sickness (SC2)
source-ers = Сайт NHS (NHS website): NHS e-Referral Service
source-trust-guidance = Советы больниц и клиник GP для людей в листах ожидания (Hospital and GP practice advice for people on waiting lists)
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Вудман и соавторы (Woodman and others): Integrating primary and secondary care for children and young people (журнал Archives of Disease in Childhood)
source-brunton-2021 = Брантон и соавторы (Brunton and others): Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (с октября 2023 года)
source-constitution = Министерство здравоохранения и социальной помощи (Department of Health and Social Care): The NHS Constitution for England, and its Handbook
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = Больничные трасты NHS (NHS hospital trusts): проверка листов ожидания через SMS и как распознать мошеннические SMS
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary и местные медицинские комитеты (local medical committees): выписка из листа ожидания после пропущенного приёма
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = Сайт NHS (NHS website): NHS Talking Therapies
source-nhs-111 = Сайт NHS (NHS website): NHS 111, вариант помощи по психическому здоровью, доступ на британском жестовом языке (BSL) и через Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = Сайт NHS (NHS website): Signs that a child is seriously ill
source-gmc-young-people = Генеральный медицинский совет (General Medical Council): 0 to 18 years guidance for doctors
source-nice-transition = NICE (Национальный институт здравоохранения и совершенствования медицинской помощи): Transition from children's to adults' services (NG43)
source-private-care = NHS England и BMA: Patients who move between NHS and private care
