# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# Romanian: the publisher is named (with a short explanation where needed); the English
# title is kept so readers can search for it.

source-contract = NHS England: NHS Standard Contract, Service Conditions (contractul standard NHS, ediția actuală)
source-leaflet-2017 = NHS England și BMA (asociația medicilor britanici): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London: Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside: Consensus on the primary and secondary care interface (2022)
source-fit-note = Department for Work and Pensions (ministerul britanic al muncii și pensiilor): Fit note guidance
source-self-certification = HM Revenue and Customs (fiscul britanic): Employee's statement of sickness (SC2)
source-ers = Site-ul NHS: NHS e-Referral Service
source-trust-guidance = Sfaturi de la spitale și cabinete GP pentru persoanele aflate pe liste de așteptare
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Woodman și alții: Integrating primary and secondary care for children and young people (revista Archives of Disease in Childhood)
source-brunton-2021 = Brunton și alții: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (din octombrie 2023)
source-constitution = Department of Health and Social Care (ministerul britanic al sănătății): The NHS Constitution for England, and its Handbook
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = Spitale NHS (NHS hospital trusts): verificarea listelor de așteptare prin SMS și cum recunoașteți SMS-urile înșelătoare
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary și comitetele medicale locale (local medical committees): externarea după o programare pierdută
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = Site-ul NHS: NHS Talking Therapies
source-nhs-111 = Site-ul NHS: NHS 111, opțiunea pentru sănătate mintală și accesul prin limba semnelor britanică (BSL) și Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = Site-ul NHS: Signs that a child is seriously ill (semne că un copil este grav bolnav)
source-gmc-young-people = General Medical Council (consiliul medicilor din Regatul Unit): 0 to 18 years guidance for doctors
source-nice-transition = NICE (institutul național pentru sănătate și îngrijire): Transition from children's to adults' services (NG43)
source-private-care = NHS England și BMA (asociația medicilor britanici): Patients who move between NHS and private care
