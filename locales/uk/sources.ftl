# Відкриті джерела, на яких засновані порадники; їх перелічено під кожним порадником.
# Publication titles stay in English; the publisher is said in Ukrainian. Ids match docs/content-sources.md.

source-contract = NHS England (Національна служба здоров’я Англії): NHS Standard Contract, Service Conditions (чинне видання)
source-leaflet-2017 = NHS England і BMA (Британська медична асоціація): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London (NHS Південно-Східного Лондона): Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside (NHS Чеширу і Мерсісайду): Consensus on the primary and secondary care interface (2022)
source-fit-note = Міністерство праці та пенсій (Department for Work and Pensions): Fit note guidance
source-self-certification = Податкова і митна служба Великої Британії (HM Revenue and Customs): Employee's statement of sickness (SC2)
source-ers = NHS website (сайт NHS): NHS e-Referral Service
source-trust-guidance = Поради лікарень і клінік GP для людей у списках очікування
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Вудман та інші (Woodman and others): Integrating primary and secondary care for children and young people (журнал Archives of Disease in Childhood)
source-brunton-2021 = Брантон та інші (Brunton and others): Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (з жовтня 2023)
source-constitution = Міністерство охорони здоров’я та соціальної допомоги (Department of Health and Social Care): The NHS Constitution for England, and its Handbook
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = Лікарні NHS (NHS hospital trusts): перевірка списків очікування через SMS і як розпізнати шахрайські SMS
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary і місцеві медичні комітети: виписка після пропущеного прийому
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = NHS website (сайт NHS): NHS Talking Therapies
source-nhs-111 = NHS website (сайт NHS): NHS 111, його варіант про психічне здоров’я, а також доступ мовою BSL (британська мова жестів) і через Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = NHS website (сайт NHS): Signs that a child is seriously ill
source-gmc-young-people = Генеральна медична рада (General Medical Council): 0 to 18 years guidance for doctors
source-nice-transition = NICE (Національний інститут здоров’я та якості медичної допомоги): Transition from children's to adults' services (NG43)
source-private-care = NHS England і BMA: Patients who move between NHS and private care
