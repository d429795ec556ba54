# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England ਵੱਲੋਂ: NHS Standard Contract, Service Conditions (ਮੌਜੂਦਾ ਐਡੀਸ਼ਨ)
source-leaflet-2017 = NHS England ਅਤੇ BMA (ਬ੍ਰਿਟਿਸ਼ ਮੈਡੀਕਲ ਐਸੋਸੀਏਸ਼ਨ) ਵੱਲੋਂ: What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England ਵੱਲੋਂ: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England ਵੱਲੋਂ: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London ਵੱਲੋਂ: Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside ਵੱਲੋਂ: Consensus on the primary and secondary care interface (2022)
source-fit-note = ਕੰਮ ਅਤੇ ਪੈਨਸ਼ਨ ਵਿਭਾਗ (Department for Work and Pensions) ਵੱਲੋਂ: Fit note guidance
source-self-certification = HM Revenue and Customs (ਟੈਕਸ ਵਿਭਾਗ) ਵੱਲੋਂ: Employee's statement of sickness (SC2)
source-ers = NHS ਦੀ ਵੈੱਬਸਾਈਟ ਵੱਲੋਂ: NHS e-Referral Service
source-trust-guidance = ਹਸਪਤਾਲਾਂ ਅਤੇ GP ਪ੍ਰੈਕਟਿਸਾਂ ਵੱਲੋਂ: ਉਡੀਕ ਸੂਚੀ ਵਾਲੇ ਲੋਕਾਂ ਲਈ ਸਲਾਹ (Hospital and GP practice advice for people on waiting lists)
source-my-planned-care = NHS England ਵੱਲੋਂ: My Planned Care
source-planning-2024 = NHS England ਵੱਲੋਂ: Priorities and operational planning guidance 2024/25
source-children-care = Woodman ਅਤੇ ਹੋਰ ਖੋਜਕਾਰਾਂ ਵੱਲੋਂ: Integrating primary and secondary care for children and young people (Archives of Disease in Childhood)
source-brunton-2021 = Brunton ਅਤੇ ਹੋਰ ਖੋਜਕਾਰਾਂ ਵੱਲੋਂ: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England ਵੱਲੋਂ: Faster Diagnosis Standard for cancer (ਅਕਤੂਬਰ 2023 ਤੋਂ)
source-constitution = ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਵਿਭਾਗ (Department of Health and Social Care) ਵੱਲੋਂ: The NHS Constitution for England, ਅਤੇ ਇਸ ਦੀ Handbook
source-choice = NHS England ਵੱਲੋਂ: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = NHS ਹਸਪਤਾਲ ਟਰੱਸਟਾਂ ਵੱਲੋਂ: ਟੈਕਸਟ ਸੁਨੇਹਿਆਂ ਰਾਹੀਂ ਉਡੀਕ ਸੂਚੀਆਂ ਦੀ ਜਾਂਚ, ਅਤੇ ਧੋਖੇ ਵਾਲੇ ਸੁਨੇਹੇ ਕਿਵੇਂ ਪਛਾਣਨੇ ਹਨ
source-pifu = NHS England ਵੱਲੋਂ: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary ਅਤੇ ਸਥਾਨਕ ਮੈਡੀਕਲ ਕਮੇਟੀਆਂ (local medical committees) ਵੱਲੋਂ: ਮੁਲਾਕਾਤ ਖੁੰਝਣ ਤੋਂ ਬਾਅਦ ਡਿਸਚਾਰਜ
source-prescribing-responsibility = NHS England ਵੱਲੋਂ: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England ਵੱਲੋਂ: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England ਵੱਲੋਂ: Pharmacy First
source-talking-therapies = NHS ਦੀ ਵੈੱਬਸਾਈਟ ਵੱਲੋਂ: NHS Talking Therapies
source-nhs-111 = NHS ਦੀ ਵੈੱਬਸਾਈਟ ਵੱਲੋਂ: NHS 111, ਇਸ ਦਾ ਮਾਨਸਿਕ ਸਿਹਤ ਵਾਲਾ ਵਿਕਲਪ, ਅਤੇ British Sign Language ਅਤੇ Relay UK ਰਾਹੀਂ ਪਹੁੰਚ
source-virtual-wards = NHS England ਵੱਲੋਂ: Virtual wards ਅਤੇ ਹਸਪਤਾਲ ਤੋਂ ਬਾਅਦ ਘਰ ਵਿੱਚ ਦੇਖਭਾਲ
source-child-unwell = NHS ਦੀ ਵੈੱਬਸਾਈਟ ਵੱਲੋਂ: ਨਿਸ਼ਾਨੀਆਂ ਕਿ ਬੱਚਾ ਗੰਭੀਰ ਬਿਮਾਰ ਹੈ (Signs that a child is seriously ill)
source-gmc-young-people = General Medical Council (ਡਾਕਟਰਾਂ ਦੀ ਕੌਂਸਲ) ਵੱਲੋਂ: 0 to 18 years guidance for doctors
source-nice-transition = NICE ਵੱਲੋਂ: Transition from children's to adults' services (NG43)
source-private-care = NHS England ਅਤੇ BMA ਵੱਲੋਂ: Patients who move between NHS and private care
