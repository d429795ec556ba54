# Burimet publike pas udhëzuesve, të renditura nën çdo udhëzues. Titujt mbeten në anglisht; thuhet kush i botoi.
# (The public sources behind the guides. Publication titles stay in English; we say who published each one.) Ids match docs/content-sources.md.

source-contract = Botuar nga NHS England: NHS Standard Contract, Service Conditions (botimi aktual)
source-leaflet-2017 = Botuar nga NHS England dhe BMA (Shoqata Mjekësore Britanike): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = Botuar nga NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = Botuar nga NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = Botuar nga NHS South East London: Primary and secondary care interface consensus (2025)
source-cm-2022 = Botuar nga NHS Cheshire and Merseyside: Consensus on the primary and secondary care interface (2022)
source-fit-note = Botuar nga Department for Work and Pensions (Ministria e Punës dhe Pensioneve): Fit note guidance
source-self-certification = Botuar nga HM Revenue and Customs (Administrata tatimore e Mbretërisë së Bashkuar): Employee's statement of sickness (SC2)
source-ers = Botuar në NHS website: NHS e-Referral Service
source-trust-guidance = Botuar nga spitale dhe klinika GP: këshilla për njerëzit në listat e pritjes (Hospital and GP practice advice for people on waiting lists)
source-my-planned-care = Botuar nga NHS England: My Planned Care
source-planning-2024 = Botuar nga NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Botuar nga Woodman dhe të tjerë: Integrating primary and secondary care for children and young people (revista Archives of Disease in Childhood)
source-brunton-2021 = Botuar nga Brunton dhe të tjerë: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = Botuar nga NHS England: Faster Diagnosis Standard for cancer (nga tetori 2023)
source-constitution = Botuar nga Department of Health and Social Care (Ministria e Shëndetësisë dhe Kujdesit Social): The NHS Constitution for England, and its Handbook
source-choice = Botuar nga NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = Botuar nga spitalet e NHS (NHS hospital trusts): kontrolli i listave të pritjes me mesazh, dhe si të dalloni mesazhet mashtruese
source-pifu = Botuar nga NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = Botuar nga NHS Data Dictionary dhe komitetet mjekësore vendore (local medical committees): lirimi nga lista pas një takimi të humbur
source-prescribing-responsibility = Botuar nga NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = Botuar nga NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = Botuar nga NHS England: Pharmacy First
source-talking-therapies = Botuar në NHS website: NHS Talking Therapies
source-nhs-111 = Botuar në NHS website: NHS 111, its mental health option, and British Sign Language and Relay UK access
source-virtual-wards = Botuar nga NHS England: Virtual wards and care at home after hospital
source-child-unwell = Botuar në NHS website: Signs that a child is seriously ill
source-gmc-young-people = Botuar nga General Medical Council (Këshilli i Përgjithshëm Mjekësor): 0 to 18 years guidance for doctors
source-nice-transition = Botuar nga NICE: Transition from children's to adults' services (NG43)
source-private-care = Botuar nga NHS England dhe BMA: Patients who move between NHS and private care
