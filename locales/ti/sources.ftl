# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = ብ NHS England ዝተሓትመ፦ NHS Standard Contract, Service Conditions (current edition)
source-leaflet-2017 = ብ NHS England ን BMA (ማሕበር ሓካይም ብሪጣንያ) ን ዝተሓትመ፦ What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = ብ NHS England ዝተሓትመ፦ Delivery plan for recovering access to primary care (2023)
source-results-portal = ብ NHS England ዝተሓትመ፦ Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = ብ NHS South East London ዝተሓትመ፦ Primary and secondary care interface consensus (2025)
source-cm-2022 = ብ NHS Cheshire and Merseyside ዝተሓትመ፦ Consensus on the primary and secondary care interface (2022)
source-fit-note = ብ Department for Work and Pensions (ሚኒስትሪ ስራሕን ጥሮታን) ዝተሓትመ፦ Fit note guidance
source-self-certification = ብ HM Revenue and Customs (ቤት ጽሕፈት ግብሪ) ዝተሓትመ፦ Employee's statement of sickness (SC2)
source-ers = ካብ NHS website፦ NHS e-Referral Service
source-trust-guidance = ምኽሪ ካብ ሆስፒታላትን ናይ GP ክሊኒካትን ንዝርዝር ተጸበይቲ ዘለዉ ሰባት (Hospital and GP practice advice for people on waiting lists)
source-my-planned-care = ብ NHS England ዝተሓትመ፦ My Planned Care
source-planning-2024 = ብ NHS England ዝተሓትመ፦ Priorities and operational planning guidance 2024/25
source-children-care = ብ Woodman ከምኡ'ውን ካልኦት ዝተጻሕፈ፦ Integrating primary and secondary care for children and young people (Archives of Disease in Childhood)
source-brunton-2021 = ብ Brunton ከምኡ'ውን ካልኦት ዝተጻሕፈ፦ Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = ብ NHS England ዝተሓትመ፦ Faster Diagnosis Standard for cancer (ካብ October 2023)
source-constitution = ብ Department of Health and Social Care (ሚኒስትሪ ጥዕናን ማሕበራዊ ክንክንን) ዝተሓትመ፦ The NHS Constitution for England, and its Handbook
source-choice = ብ NHS England ዝተሓትመ፦ Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = ብ ሆስፒታላት NHS (NHS hospital trusts) ዝተሓትመ፦ ዝርዝር ተጸበይቲ ብመልእኽቲ ጽሑፍ ምፍታሽ፡ ከምኡ'ውን ናይ ምትላል መልእኽትታት ብኸመይ ከም እትፈልጡ
source-pifu = ብ NHS England ዝተሓትመ፦ Patient initiated follow-up guidance
source-discharge-after-dna = ብ NHS Data Dictionary ን ናይ ከባቢ ሕክምናዊ ኮሚተታት (local medical committees) ን ዝተሓትመ፦ discharge after a missed appointment
source-prescribing-responsibility = ብ NHS England ዝተሓትመ፦ Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = ብ NHS England ዝተሓትመ፦ Discharge Medicines Service in community pharmacies
source-pharmacy-first = ብ NHS England ዝተሓትመ፦ Pharmacy First
source-talking-therapies = ካብ NHS website፦ NHS Talking Therapies
source-nhs-111 = ካብ NHS website፦ NHS 111፡ ናይ ኣእምሮኣዊ ጥዕና ምርጫኡ፡ ከምኡ'ውን ብ British Sign Language ን Relay UK ን ምጥቃሙ
source-virtual-wards = ብ NHS England ዝተሓትመ፦ Virtual wards and care at home after hospital
source-child-unwell = ካብ NHS website፦ Signs that a child is seriously ill
source-gmc-young-people = ብ General Medical Council (ቤት ምኽሪ ሓካይም) ዝተሓትመ፦ 0 to 18 years guidance for doctors
source-nice-transition = ብ NICE ዝተሓትመ፦ Transition from children's to adults' services (NG43)
source-private-care = ብ NHS England ን BMA ን ዝተሓትመ፦ Patients who move between NHS and private care
