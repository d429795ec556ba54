# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# سەرچاوە گشتییەکانی ڕێنماییەکان. ناونیشانی بڵاوکراوەکان بە ئینگلیزی ماونەتەوە بۆ ئەوەی بتوانن بەدوایاندا بگەڕێن.

source-contract = NHS England (دەزگای NHS لە ئینگلتەرا): NHS Standard Contract, Service Conditions (current edition)
source-leaflet-2017 = NHS England و BMA (کۆمەڵەی پزیشکیی بەریتانی): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England (دەزگای NHS لە ئینگلتەرا): Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England (دەزگای NHS لە ئینگلتەرا): Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London (NHS لە باشووری ڕۆژهەڵاتی لەندەن): Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside (NHS لە چێشەر و مێرزیساید): Consensus on the primary and secondary care interface (2022)
source-fit-note = وەزارەتی کار و خانەنشینیی بەریتانیا (Department for Work and Pensions): Fit note guidance
source-self-certification = فەرمانگەی باج و گومرگی بەریتانیا (HM Revenue and Customs): Employee's statement of sickness (SC2)
source-ers = ماڵپەڕی NHS (NHS website): NHS e-Referral Service
source-trust-guidance = ئامۆژگاریی نەخۆشخانەکان و بنکەکانی دکتۆری خێزان (GP) بۆ ئەو کەسانەی لە لیستی چاوەڕوانیدان
source-my-planned-care = NHS England (دەزگای NHS لە ئینگلتەرا): My Planned Care
source-planning-2024 = NHS England (دەزگای NHS لە ئینگلتەرا): Priorities and operational planning guidance 2024/25
source-children-care = وودمان و هاوکارانی (Woodman and others): Integrating primary and secondary care for children and young people (گۆڤاری Archives of Disease in Childhood)
source-brunton-2021 = برەنتن و هاوکارانی (Brunton and others): Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England (دەزگای NHS لە ئینگلتەرا): Faster Diagnosis Standard for cancer (لە تشرینی یەکەمی 2023ەوە)
source-constitution = وەزارەتی تەندروستی و چاودێریی کۆمەڵایەتیی بەریتانیا (Department of Health and Social Care): The NHS Constitution for England, and its Handbook
source-choice = NHS England (دەزگای NHS لە ئینگلتەرا): Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = نەخۆشخانەکانی NHS (NHS hospital trusts): پشکنینی لیستی چاوەڕوانی بە نامەی مۆبایل، و چۆن نامەی فێڵبازی بناسنەوە
source-pifu = NHS England (دەزگای NHS لە ئینگلتەرا): Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary و لیژنە پزیشکییە ناوچەییەکان (local medical committees): کۆتاییهێنان بە چاودێری دوای نەچوون بۆ سەردان
source-prescribing-responsibility = NHS England (دەزگای NHS لە ئینگلتەرا): Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England (دەزگای NHS لە ئینگلتەرا): Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England (دەزگای NHS لە ئینگلتەرا): Pharmacy First
source-talking-therapies = ماڵپەڕی NHS (NHS website): NHS Talking Therapies
source-nhs-111 = ماڵپەڕی NHS (NHS website): NHS 111، بژاردەی تەندروستیی دەروونیی ئەو، و گەیشتن پێی بە زمانی ئاماژەی بەریتانی (British Sign Language) و Relay UK
source-virtual-wards = NHS England (دەزگای NHS لە ئینگلتەرا): Virtual wards and care at home after hospital
source-child-unwell = ماڵپەڕی NHS (NHS website): Signs that a child is seriously ill
source-gmc-young-people = ئەنجومەنی گشتیی پزیشکیی بەریتانیا (General Medical Council): 0 to 18 years guidance for doctors
source-nice-transition = NICE (پەیمانگەی نیشتمانیی تەندروستی و چاودێریی بەریتانیا): Transition from children's to adults' services (NG43)
source-private-care = NHS England و BMA (کۆمەڵەی پزیشکیی بەریتانی): Patients who move between NHS and private care
