# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England: NHS Standard Contract, Service Conditions (edição em vigor)
source-leaflet-2017 = NHS England e BMA (associação dos médicos britânicos): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London: Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside: Consensus on the primary and secondary care interface (2022)
source-fit-note = Department for Work and Pensions (ministério do trabalho e pensões): Fit note guidance
source-self-certification = HM Revenue and Customs (autoridade tributária britânica): Employee's statement of sickness (SC2)
source-ers = Site do NHS: NHS e-Referral Service
source-trust-guidance = Hospitais e consultórios de GP: conselhos para pessoas em listas de espera
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Woodman e outros: Integrating primary and secondary care for children and young people (revista Archives of Disease in Childhood)
source-brunton-2021 = Brunton e outros: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (desde outubro de 2023)
source-constitution = Department of Health and Social Care (ministério da saúde britânico): The NHS Constitution for England, e o seu Handbook (manual)
source-choice = NHS England: escolha do hospital (Choice) e o Patient Initiated Digital Mutual Aid System
source-validation = Hospitais do NHS (NHS trusts): confirmação das listas de espera por SMS, e como reconhecer SMS falsos
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary e comités médicos locais (local medical committees): alta depois de faltar a uma consulta
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service nas farmácias
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = Site do NHS: NHS Talking Therapies
source-nhs-111 = Site do NHS: NHS 111, a sua opção de saúde mental, e o acesso em língua gestual britânica (BSL) e pelo Relay UK
source-virtual-wards = NHS England: Virtual wards (enfermarias virtuais) e cuidados em casa depois do hospital
source-child-unwell = Site do NHS: sinais de que uma criança está gravemente doente
source-gmc-young-people = General Medical Council (ordem dos médicos britânica): 0 to 18 years guidance for doctors
source-nice-transition = NICE: Transition from children's to adults' services (NG43)
source-private-care = NHS England e BMA: doentes que passam dos cuidados privados para o NHS, ou do NHS para os privados
