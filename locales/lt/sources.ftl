# The public sources behind the guides, listed under each guide. Publication titles stay
# in English; the publisher is said in Lithuanian. Ids match docs/content-sources.md.

source-contract = NHS England (Anglijos NHS): NHS Standard Contract, Service Conditions (dabartinis leidimas)
source-leaflet-2017 = NHS England ir BMA (Britų medikų asociacija): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England (Anglijos NHS): Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England (Anglijos NHS): Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London (NHS Pietryčių Londone): Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside (NHS Češyre ir Merisaide): Consensus on the primary and secondary care interface (2022)
source-fit-note = Darbo ir pensijų departamentas (Department for Work and Pensions): Fit note guidance
source-self-certification = JK mokesčių ir muitų tarnyba (HM Revenue and Customs): Employee's statement of sickness (SC2)
source-ers = NHS svetainė (NHS website): NHS e-Referral Service
source-trust-guidance = Ligoninių ir GP klinikų patarimai žmonėms, kurie laukia eilėje (Hospital and GP practice advice for people on waiting lists)
source-my-planned-care = NHS England (Anglijos NHS): My Planned Care
source-planning-2024 = NHS England (Anglijos NHS): Priorities and operational planning guidance 2024/25
source-children-care = Woodman ir kiti autoriai: Integrating primary and secondary care for children and young people (žurnalas Archives of Disease in Childhood)
source-brunton-2021 = Brunton ir kiti autoriai: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England (Anglijos NHS): Faster Diagnosis Standard for cancer (nuo 2023 m. spalio)
source-constitution = Sveikatos ir socialinės globos departamentas (Department of Health and Social Care): The NHS Constitution for England, and its Handbook
source-choice = NHS England (Anglijos NHS): Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = NHS ligoninių trestai (NHS hospital trusts): kaip tikrinami laukiančiųjų sąrašai SMS žinutėmis ir kaip atpažinti sukčių žinutes
source-pifu = NHS England (Anglijos NHS): Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary ir vietiniai medikų komitetai (local medical committees): išrašymas po praleisto vizito
source-prescribing-responsibility = NHS England (Anglijos NHS): Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England (Anglijos NHS): Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England (Anglijos NHS): Pharmacy First
source-talking-therapies = NHS svetainė (NHS website): NHS Talking Therapies
source-nhs-111 = NHS svetainė (NHS website): NHS 111, jos psichikos sveikatos parinktis ir prieiga britų gestų kalba (BSL) bei per Relay UK
source-virtual-wards = NHS England (Anglijos NHS): Virtual wards and care at home after hospital
source-child-unwell = NHS svetainė (NHS website): Signs that a child is seriously ill
source-gmc-young-people = Generalinė medicinos taryba (General Medical Council): 0 to 18 years guidance for doctors
source-nice-transition = NICE (Nacionalinis sveikatos ir priežiūros kokybės institutas): Transition from children's to adults' services (NG43)
source-private-care = NHS England ir BMA (Britų medikų asociacija): Patients who move between NHS and private care
