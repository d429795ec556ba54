# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# 指南所根據的公開資料。刊物名稱保留英文，並以中文說明出版者。

source-contract = NHS England（英格蘭國民保健服務）：NHS Standard Contract, Service Conditions (current edition)
source-leaflet-2017 = NHS England和BMA（英國醫學會）：What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England（英格蘭國民保健服務）：Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England（英格蘭國民保健服務）：Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London（NHS東南倫敦）：Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside（NHS柴郡及默西賽德）：Consensus on the primary and secondary care interface (2022)
source-fit-note = 英國工作及退休保障部（Department for Work and Pensions）：Fit note guidance
source-self-certification = 英國稅務海關總署（HM Revenue and Customs）：Employee's statement of sickness (SC2)
source-ers = NHS網站：NHS e-Referral Service
source-trust-guidance = 醫院和GP診所為輪候名單上的病人提供的建議（Hospital and GP practice advice for people on waiting lists）
source-my-planned-care = NHS England（英格蘭國民保健服務）：My Planned Care
source-planning-2024 = NHS England（英格蘭國民保健服務）：Priorities and operational planning guidance 2024/25
source-children-care = Woodman等人：Integrating primary and secondary care for children and young people（刊於Archives of Disease in Childhood）
source-brunton-2021 = Brunton等人：Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England（英格蘭國民保健服務）：Faster Diagnosis Standard for cancer（由2023年10月起）
source-constitution = 英國衞生及社會護理部（Department of Health and Social Care）：The NHS Constitution for England, and its Handbook
source-choice = NHS England（英格蘭國民保健服務）：Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = NHS醫院信託：以短訊核對輪候名單，以及如何識別詐騙短訊（NHS hospital trusts: checking waiting lists by text, and how to spot scam texts）
source-pifu = NHS England（英格蘭國民保健服務）：Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary（NHS數據字典）和地方醫務委員會：錯過預約後被結束跟進（discharge after a missed appointment）
source-prescribing-responsibility = NHS England（英格蘭國民保健服務）：Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England（英格蘭國民保健服務）：Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England（英格蘭國民保健服務）：Pharmacy First
source-talking-therapies = NHS網站：NHS Talking Therapies
source-nhs-111 = NHS網站：NHS 111、其精神健康選項，以及英國手語（British Sign Language）和Relay UK服務
source-virtual-wards = NHS England（英格蘭國民保健服務）：Virtual wards and care at home after hospital
source-child-unwell = NHS網站：Signs that a child is seriously ill
source-gmc-young-people = 英國醫務委員會（General Medical Council）：0 to 18 years guidance for doctors
source-nice-transition = NICE（英國國家健康與照顧卓越研究院）：Transition from children's to adults' services (NG43)
source-private-care = NHS England和BMA（英國醫學會）：Patients who move between NHS and private care
