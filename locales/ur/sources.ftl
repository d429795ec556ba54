# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# Urdu: publisher first, in Urdu (with the English name where people may search for it),
# then the publication's English title so readers can search for it.

source-contract = NHS England کی طرف سے: NHS Standard Contract, Service Conditions (موجودہ ایڈیشن)
source-leaflet-2017 = NHS England اور BMA (برطانوی ڈاکٹروں کی تنظیم) کی طرف سے: What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England کی طرف سے: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England کی طرف سے: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London کی طرف سے: Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside کی طرف سے: Consensus on the primary and secondary care interface (2022)
source-fit-note = محکمہ روزگار و پنشن (Department for Work and Pensions) کی طرف سے: Fit note guidance
source-self-certification = برطانوی ٹیکس محکمہ (HM Revenue and Customs) کی طرف سے: Employee's statement of sickness (SC2)
source-ers = NHS کی ویب سائٹ: NHS e-Referral Service
source-trust-guidance = انتظار کی فہرست پر موجود لوگوں کے لیے ہسپتالوں اور جی پی پریکٹسز کا مشورہ
source-my-planned-care = NHS England کی طرف سے: My Planned Care
source-planning-2024 = NHS England کی طرف سے: Priorities and operational planning guidance 2024/25
source-children-care = Woodman اور دیگر محققین کی طرف سے: Integrating primary and secondary care for children and young people (طبی رسالہ Archives of Disease in Childhood)
source-brunton-2021 = Brunton اور دیگر محققین کی طرف سے: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England کی طرف سے: Faster Diagnosis Standard for cancer (اکتوبر 2023 سے)
source-constitution = محکمہ صحت و سماجی نگہداشت (Department of Health and Social Care) کی طرف سے: The NHS Constitution for England، اور اس کی Handbook
source-choice = NHS England کی طرف سے: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = NHS ہسپتال ٹرسٹس کی طرف سے: ٹیکسٹ میسج کے ذریعے انتظار کی فہرست کی جانچ، اور فراڈ ٹیکسٹ میسج کیسے پہچانیں
source-pifu = NHS England کی طرف سے: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary اور مقامی طبی کمیٹیوں (local medical committees) کی طرف سے: اپائنٹمنٹ چھوٹنے کے بعد ڈسچارج
source-prescribing-responsibility = NHS England کی طرف سے: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England کی طرف سے: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England کی طرف سے: Pharmacy First
source-talking-therapies = NHS کی ویب سائٹ: NHS Talking Therapies
source-nhs-111 = NHS کی ویب سائٹ: NHS 111، اس کا ذہنی صحت کا آپشن، اور برطانوی اشاروں کی زبان (BSL) اور Relay UK کے ذریعے رسائی
source-virtual-wards = NHS England کی طرف سے: Virtual wards and care at home after hospital
source-child-unwell = NHS کی ویب سائٹ: Signs that a child is seriously ill (بچے کے شدید بیمار ہونے کی علامات)
source-gmc-young-people = جنرل میڈیکل کونسل (General Medical Council) کی طرف سے: 0 to 18 years guidance for doctors
source-nice-transition = NICE کی طرف سے: Transition from children's to adults' services (NG43)
source-private-care = NHS England اور BMA (برطانوی ڈاکٹروں کی تنظیم) کی طرف سے: Patients who move between NHS and private care
