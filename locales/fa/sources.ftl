# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# منابع عمومی راهنماها. نام انتشارات به انگلیسی مانده است تا بتوانید آن را جستجو کنید.

source-contract = NHS England (سازمان NHS انگلستان): NHS Standard Contract, Service Conditions (current edition)
source-leaflet-2017 = NHS England و BMA (انجمن پزشکی بریتانیا): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London (NHS جنوب شرق لندن): Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside (NHS چشایر و مرزی‌ساید): Consensus on the primary and secondary care interface (2022)
source-fit-note = وزارت کار و بازنشستگی بریتانیا (Department for Work and Pensions): Fit note guidance
source-self-certification = اداره مالیات و گمرک بریتانیا (HM Revenue and Customs): Employee's statement of sickness (SC2)
source-ers = وب‌سایت NHS: NHS e-Referral Service
source-trust-guidance = توصیه‌های بیمارستان‌ها و مطب‌های پزشک عمومی (GP) برای کسانی که در فهرست انتظار هستند
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = وودمن و همکاران (Woodman and others): Integrating primary and secondary care for children and young people (مجله Archives of Disease in Childhood)
source-brunton-2021 = برانتون و همکاران (Brunton and others): Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (از اکتبر 2023)
source-constitution = وزارت بهداشت و مراقبت اجتماعی بریتانیا (Department of Health and Social Care): The NHS Constitution for England, and its Handbook
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = بیمارستان‌های NHS (NHS hospital trusts): بررسی فهرست انتظار با پیامک، و راه شناختن پیامک‌های کلاهبرداری
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary و کمیته‌های پزشکی محلی (local medical committees): ترخیص از فهرست پس از نرفتن به نوبت
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = وب‌سایت NHS: NHS Talking Therapies
source-nhs-111 = وب‌سایت NHS: NHS 111، گزینه سلامت روان آن، و دسترسی با زبان اشاره بریتانیا (British Sign Language) و Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = وب‌سایت NHS: Signs that a child is seriously ill
source-gmc-young-people = شورای پزشکی بریتانیا (General Medical Council): 0 to 18 years guidance for doctors
source-nice-transition = NICE (مؤسسه ملی سلامت و مراقبت بریتانیا): Transition from children's to adults' services (NG43)
source-private-care = NHS England و BMA: Patients who move between NHS and private care
