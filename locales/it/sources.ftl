# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# Italian: who published each one is in Italian; the English title stays, so readers can search for it.

source-contract = NHS England: NHS Standard Contract, Service Conditions (il contratto standard dell'NHS, edizione attuale)
source-leaflet-2017 = NHS England e BMA (l'associazione dei medici britannici): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London: Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside: Consensus on the primary and secondary care interface (2022)
source-fit-note = Department for Work and Pensions (il ministero del lavoro e delle pensioni): Fit note guidance
source-self-certification = HM Revenue and Customs (l'agenzia delle entrate britannica): Employee's statement of sickness (SC2)
source-ers = NHS website (il sito dell'NHS): NHS e-Referral Service
source-trust-guidance = Consigli di ospedali e studi di GP per chi è in lista d'attesa
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Woodman e altri autori: Integrating primary and secondary care for children and young people (rivista Archives of Disease in Childhood)
source-brunton-2021 = Brunton e altri autori: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (da ottobre 2023)
source-constitution = Department of Health and Social Care (il ministero della salute britannico): The NHS Constitution for England, e il suo Handbook (manuale)
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = Ospedali dell'NHS (NHS hospital trusts): controllo delle liste d'attesa tramite SMS, e come riconoscere gli SMS truffa
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary e comitati medici locali (local medical committees): dimissione dopo un appuntamento mancato
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = NHS website (il sito dell'NHS): NHS Talking Therapies
source-nhs-111 = NHS website (il sito dell'NHS): NHS 111, la sua opzione per la salute mentale, e l'accesso con la lingua dei segni britannica (BSL) e con Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = NHS website (il sito dell'NHS): Signs that a child is seriously ill
source-gmc-young-people = General Medical Council (l'ordine dei medici britannico): 0 to 18 years guidance for doctors
source-nice-transition = NICE (l'istituto nazionale per la salute e l'eccellenza delle cure): Transition from children's to adults' services (NG43)
source-private-care = NHS England e BMA (l'associazione dei medici britannici): Patients who move between NHS and private care
