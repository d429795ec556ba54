# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England: NHS Standard Contract, Service Conditions (y rhifyn presennol)
source-leaflet-2017 = NHS England a'r BMA (Cymdeithas Feddygol Prydain): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London: Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside: Consensus on the primary and secondary care interface (2022)
source-fit-note = Yr Adran Gwaith a Phensiynau (Department for Work and Pensions): Fit note guidance
source-self-certification = Cyllid a Thollau EF (HM Revenue and Customs): Employee's statement of sickness (SC2)
source-ers = Gwefan yr NHS: NHS e-Referral Service
source-trust-guidance = Cyngor gan ysbytai a meddygfeydd i bobl ar restrau aros
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Woodman ac eraill: Integrating primary and secondary care for children and young people (Archives of Disease in Childhood)
source-brunton-2021 = Brunton ac eraill: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (o fis Hydref 2023)
source-constitution = Yr Adran Iechyd a Gofal Cymdeithasol (Department of Health and Social Care): The NHS Constitution for England, a'i Llawlyfr (Handbook)
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = Ymddiriedolaethau ysbytai'r NHS: gwirio rhestrau aros drwy neges destun, a sut i adnabod negeseuon testun twyllodrus
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary a phwyllgorau meddygol lleol: rhyddhau o'r rhestr ar ôl colli apwyntiad
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = Gwefan yr NHS: NHS Talking Therapies
source-nhs-111 = Gwefan yr NHS: NHS 111, ei opsiwn iechyd meddwl, a mynediad drwy Iaith Arwyddion Prydain (BSL) a Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = Gwefan yr NHS: Signs that a child is seriously ill
source-gmc-young-people = Y Cyngor Meddygol Cyffredinol (General Medical Council): 0 to 18 years guidance for doctors
source-nice-transition = NICE: Transition from children's to adults' services (NG43)
source-private-care = NHS England a'r BMA (Cymdeithas Feddygol Prydain): Patients who move between NHS and private care
