# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# منابع عمومی این رهنماها. نام نشریه‌ها به انگلیسی مانده است.

source-contract = NHS England (ادارهٔ NHS در انگلستان): NHS Standard Contract, Service Conditions (نسخهٔ فعلی)
source-leaflet-2017 = NHS England و BMA (انجمن داکتران برتانیه): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London (NHS جنوب شرق لندن): Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside (NHS چشایر و مرزی‌ساید): Consensus on the primary and secondary care interface (2022)
source-fit-note = وزارت کار و تقاعد (Department for Work and Pensions): Fit note guidance
source-self-certification = ادارهٔ مالیات و گمرک برتانیه (HM Revenue and Customs): Employee's statement of sickness (SC2)
source-ers = ویب‌سایت NHS: NHS e-Referral Service
source-trust-guidance = مشوره‌های شفاخانه‌ها و کلینیک‌های GP برای کسانی که در لست انتظار هستند
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Woodman و همکاران: Integrating primary and secondary care for children and young people (مجلهٔ Archives of Disease in Childhood)
source-brunton-2021 = Brunton و همکاران: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (از اکتوبر 2023)
source-constitution = وزارت صحت و مراقبت اجتماعی (Department of Health and Social Care): The NHS Constitution for England, and its Handbook
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = شفاخانه‌های NHS: بررسی لست انتظار از طریق پیام کوتاه، و چطور پیام‌های فریب‌کارانه را بشناسید
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary و کمیته‌های محلی داکتران: رخصت کردن بعد از ملاقات از دست رفته
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = ویب‌سایت NHS: NHS Talking Therapies
source-nhs-111 = ویب‌سایت NHS: NHS 111، گزینهٔ صحت روانی آن، و دسترسی از طریق زبان اشارهٔ برتانوی (BSL) و Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = ویب‌سایت NHS: Signs that a child is seriously ill
source-gmc-young-people = شورای عمومی طبی (General Medical Council): 0 to 18 years guidance for doctors
source-nice-transition = NICE (ادارهٔ ملی رهنمودهای صحی): Transition from children's to adults' services (NG43)
source-private-care = NHS England و BMA: Patients who move between NHS and private care
