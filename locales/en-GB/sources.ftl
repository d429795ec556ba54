# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England: NHS Standard Contract, Service Conditions (current edition)
source-leaflet-2017 = NHS England and BMA: What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London: Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside: Consensus on the primary and secondary care interface (2022)
source-fit-note = Department for Work and Pensions: Fit note guidance
source-self-certification = HM Revenue and Customs: Employee's statement of sickness (SC2)
source-ers = NHS website: NHS e-Referral Service
source-trust-guidance = Hospital and GP practice advice for people on waiting lists
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Woodman and others: Integrating primary and secondary care for children and young people (Archives of Disease in Childhood)
source-brunton-2021 = Brunton and others: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (from October 2023)
source-constitution = Department of Health and Social Care: The NHS Constitution for England, and its Handbook
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = NHS hospital trusts: checking waiting lists by text, and how to spot scam texts
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary and local medical committees: discharge after a missed appointment
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = NHS website: NHS Talking Therapies
source-nhs-111 = NHS website: NHS 111, its mental health option, and British Sign Language and Relay UK access
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = NHS website: Signs that a child is seriously ill
source-gmc-young-people = General Medical Council: 0 to 18 years guidance for doctors
source-nice-transition = NICE: Transition from children's to adults' services (NG43)
source-private-care = NHS England and BMA: Patients who move between NHS and private care
