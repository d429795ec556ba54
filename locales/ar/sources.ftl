# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# Arabic: the publisher is given in Arabic (with its English name where readers may search for it);
# real publication titles stay in English so readers can search for them.

source-contract = هيئة NHS England: NHS Standard Contract, Service Conditions (النسخة الحالية)
source-leaflet-2017 = هيئة NHS England والجمعية الطبية البريطانية (BMA): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = هيئة NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = هيئة NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = هيئة NHS South East London: Primary and secondary care interface consensus (2025)
source-cm-2022 = هيئة NHS Cheshire and Merseyside: Consensus on the primary and secondary care interface (2022)
source-fit-note = وزارة العمل والمعاشات (Department for Work and Pensions): Fit note guidance
source-self-certification = هيئة الإيرادات والجمارك (HM Revenue and Customs): Employee's statement of sickness (SC2)
source-ers = موقع NHS على الإنترنت: NHS e-Referral Service
source-trust-guidance = نصائح من المستشفيات وعيادات الأطباء العامين للأشخاص الموجودين على قوائم الانتظار
source-my-planned-care = هيئة NHS England: My Planned Care
source-planning-2024 = هيئة NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Woodman وآخرون: Integrating primary and secondary care for children and young people (مجلة Archives of Disease in Childhood)
source-brunton-2021 = Brunton وآخرون: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = هيئة NHS England: Faster Diagnosis Standard for cancer (منذ أكتوبر 2023)
source-constitution = وزارة الصحة والرعاية الاجتماعية (Department of Health and Social Care): The NHS Constitution for England، ودليله (Handbook)
source-choice = هيئة NHS England: اختيار المستشفى، ونظام Patient Initiated Digital Mutual Aid System
source-validation = مستشفيات NHS (NHS hospital trusts): التأكد من قوائم الانتظار برسائل نصية، وكيف تكتشف الرسائل النصية الاحتيالية
source-pifu = هيئة NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary واللجان الطبية المحلية (local medical committees): إنهاء المتابعة بعد موعد فائت
source-prescribing-responsibility = هيئة NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = هيئة NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = هيئة NHS England: Pharmacy First
source-talking-therapies = موقع NHS على الإنترنت: NHS Talking Therapies
source-nhs-111 = موقع NHS على الإنترنت: خدمة NHS 111، وخيار الصحة النفسية فيها، والوصول إليها بلغة الإشارة البريطانية (BSL) وعن طريق Relay UK
source-virtual-wards = هيئة NHS England: Virtual wards، والرعاية في البيت بعد المستشفى
source-child-unwell = موقع NHS على الإنترنت: علامات تدل على أن الطفل مريض بشكل خطير (Signs that a child is seriously ill)
source-gmc-young-people = المجلس الطبي العام (General Medical Council): 0 to 18 years guidance for doctors
source-nice-transition = المعهد الوطني للصحة والتميز في الرعاية (NICE): Transition from children's to adults' services (NG43)
source-private-care = هيئة NHS England والجمعية الطبية البريطانية (BMA): Patients who move between NHS and private care
