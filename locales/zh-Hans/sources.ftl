# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# (这些指南所依据的公开资料。出版物名称保留英文，以便查找。)

source-contract = NHS 英格兰（NHS England）：NHS Standard Contract, Service Conditions（现行版本）
source-leaflet-2017 = NHS 英格兰和英国医学会（BMA）：What happens when you are referred by your GP to see a specialist?（2017 年）
source-recovery-2023 = NHS 英格兰：Delivery plan for recovering access to primary care（2023 年）
source-results-portal = NHS 英格兰：Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS 伦敦东南部（NHS South East London）：Primary and secondary care interface consensus（2025 年）
source-cm-2022 = NHS 柴郡和默西赛德（NHS Cheshire and Merseyside）：Consensus on the primary and secondary care interface（2022 年）
source-fit-note = 英国就业与养老金部（Department for Work and Pensions）：Fit note guidance
source-self-certification = 英国税务海关总署（HM Revenue and Customs）：Employee's statement of sickness (SC2)
source-ers = NHS website（NHS 官方网站）：NHS e-Referral Service
source-trust-guidance = 医院和 GP 诊所给等候名单上的人的建议
source-my-planned-care = NHS 英格兰：My Planned Care
source-planning-2024 = NHS 英格兰：Priorities and operational planning guidance 2024/25
source-children-care = Woodman 等人：Integrating primary and secondary care for children and young people（期刊 Archives of Disease in Childhood）
source-brunton-2021 = Brunton 等人：Care navigation and social prescribing in general practice（2021 年）
source-faster-diagnosis = NHS 英格兰：Faster Diagnosis Standard for cancer（2023 年 10 月起）
source-constitution = 英国卫生和社会保障部（Department of Health and Social Care）：The NHS Constitution for England 及其 Handbook（手册）
source-choice = NHS 英格兰：Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = NHS 医院信托（NHS hospital trusts）：用短信核对等候名单，以及怎样识别诈骗短信
source-pifu = NHS 英格兰：Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary（NHS 数据字典）和地方医学委员会：错过预约后被医院结束诊疗（discharge after a missed appointment）
source-prescribing-responsibility = NHS 英格兰：Responsibility for prescribing between primary and secondary care（2018 年）
source-discharge-medicines = NHS 英格兰：Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS 英格兰：Pharmacy First
source-talking-therapies = NHS website（NHS 官方网站）：NHS Talking Therapies
source-nhs-111 = NHS website（NHS 官方网站）：NHS 111、它的心理健康选项，以及英国手语（BSL）和 Relay UK 服务
source-virtual-wards = NHS 英格兰：Virtual wards（虚拟病房）和出院后的居家照护
source-child-unwell = NHS website（NHS 官方网站）：孩子病情严重的迹象（Signs that a child is seriously ill）
source-gmc-young-people = 英国医学总会（General Medical Council）：0 to 18 years guidance for doctors
source-nice-transition = NICE（英国国家卫生与临床优化研究所）：Transition from children's to adults' services (NG43)
source-private-care = NHS 英格兰和英国医学会（BMA）：Patients who move between NHS and private care
