# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England خپور کړی: NHS Standard Contract, Service Conditions (current edition)
source-leaflet-2017 = NHS England او BMA خپور کړی: What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England خپور کړی: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England خپور کړی: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London خپور کړی: Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside خپور کړی: Consensus on the primary and secondary care interface (2022)
source-fit-note = د کار او تقاعد وزارت (Department for Work and Pensions) خپور کړی: Fit note guidance
source-self-certification = د مالیې او ګمرک اداره (HM Revenue and Customs) خپور کړی: Employee's statement of sickness (SC2)
source-ers = NHS website (د NHS ویب پاڼه) خپور کړی: NHS e-Referral Service
source-trust-guidance = د روغتونونو او GP کلینیکونو مشوره د هغو خلکو لپاره چې د انتظار په لېست کې دي
source-my-planned-care = NHS England خپور کړی: My Planned Care
source-planning-2024 = NHS England خپور کړی: Priorities and operational planning guidance 2024/25
source-children-care = Woodman او نورو لیکلی: Integrating primary and secondary care for children and young people (Archives of Disease in Childhood)
source-brunton-2021 = Brunton او نورو لیکلی: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England خپور کړی: Faster Diagnosis Standard for cancer (from October 2023)
source-constitution = د روغتیا او ټولنیزې پاملرنې وزارت (Department of Health and Social Care) خپور کړی: The NHS Constitution for England, and its Handbook
source-choice = NHS England خپور کړی: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = د NHS روغتونونه (NHS hospital trusts) خپور کړی: د متني پیغام له لارې د انتظار د لېستونو کتنه، او د درغلیو پیغامونو پېژندل
source-pifu = NHS England خپور کړی: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary او د سیمې طبي کمېټې (local medical committees) خپور کړی: له یوې پاتې شوې کتنې وروسته رخصتول (discharge)
source-prescribing-responsibility = NHS England خپور کړی: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England خپور کړی: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England خپور کړی: Pharmacy First
source-talking-therapies = NHS website (د NHS ویب پاڼه) خپور کړی: NHS Talking Therapies
source-nhs-111 = NHS website (د NHS ویب پاڼه) خپور کړی: NHS 111, its mental health option, and British Sign Language and Relay UK access
source-virtual-wards = NHS England خپور کړی: Virtual wards and care at home after hospital
source-child-unwell = NHS website (د NHS ویب پاڼه) خپور کړی: Signs that a child is seriously ill
source-gmc-young-people = General Medical Council (د ډاکټرانو عمومي شورا) خپور کړی: 0 to 18 years guidance for doctors
source-nice-transition = NICE خپور کړی: Transition from children's to adults' services (NG43)
source-private-care = NHS England او BMA خپور کړی: Patients who move between NHS and private care
