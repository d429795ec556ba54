# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England வெளியிட்டது: NHS Standard Contract, Service Conditions (current edition)
source-leaflet-2017 = NHS England மற்றும் BMA (பிரிட்டிஷ் மருத்துவச் சங்கம்) வெளியிட்டது: What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England வெளியிட்டது: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England வெளியிட்டது: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London வெளியிட்டது: Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside வெளியிட்டது: Consensus on the primary and secondary care interface (2022)
source-fit-note = வேலை மற்றும் ஓய்வூதியத் துறை (Department for Work and Pensions) வெளியிட்டது: Fit note guidance
source-self-certification = அரசின் வருவாய் மற்றும் சுங்கத் துறை (HM Revenue and Customs) வெளியிட்டது: Employee's statement of sickness (SC2)
source-ers = NHS website (NHS இணையதளம்) வெளியிட்டது: NHS e-Referral Service
source-trust-guidance = மருத்துவமனைகளும் GP மருத்துவ நிலையங்களும் காத்திருப்போர் பட்டியலில் உள்ளவர்களுக்குத் தரும் ஆலோசனை
source-my-planned-care = NHS England வெளியிட்டது: My Planned Care
source-planning-2024 = NHS England வெளியிட்டது: Priorities and operational planning guidance 2024/25
source-children-care = Woodman மற்றும் பிறர் எழுதியது: Integrating primary and secondary care for children and young people (Archives of Disease in Childhood)
source-brunton-2021 = Brunton மற்றும் பிறர் எழுதியது: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England வெளியிட்டது: Faster Diagnosis Standard for cancer (from October 2023)
source-constitution = சுகாதாரம் மற்றும் சமூகப் பராமரிப்புத் துறை (Department of Health and Social Care) வெளியிட்டது: The NHS Constitution for England, and its Handbook
source-choice = NHS England வெளியிட்டது: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = NHS மருத்துவமனை அறக்கட்டளைகள் (NHS hospital trusts) வெளியிட்டவை: காத்திருப்போர் பட்டியலைக் குறுஞ்செய்தி மூலம் சரிபார்த்தல், மோசடிக் குறுஞ்செய்திகளை அடையாளம் காணுதல்
source-pifu = NHS England வெளியிட்டது: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary மற்றும் உள்ளூர் மருத்துவக் குழுக்கள் (local medical committees) வெளியிட்டவை: சந்திப்பைத் தவறவிட்ட பிறகு வெளியேற்றம் (discharge after a missed appointment)
source-prescribing-responsibility = NHS England வெளியிட்டது: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England வெளியிட்டது: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England வெளியிட்டது: Pharmacy First
source-talking-therapies = NHS website (NHS இணையதளம்) வெளியிட்டது: NHS Talking Therapies
source-nhs-111 = NHS website (NHS இணையதளம்) வெளியிட்டது: NHS 111, அதன் மனநலத் தெரிவு, பிரிட்டிஷ் சைகை மொழி (British Sign Language), Relay UK மூலம் அணுகுதல்
source-virtual-wards = NHS England வெளியிட்டது: Virtual wards and care at home after hospital
source-child-unwell = NHS website (NHS இணையதளம்) வெளியிட்டது: Signs that a child is seriously ill
source-gmc-young-people = பொது மருத்துவ மன்றம் (General Medical Council) வெளியிட்டது: 0 to 18 years guidance for doctors
source-nice-transition = NICE வெளியிட்டது: Transition from children's to adults' services (NG43)
source-private-care = NHS England மற்றும் BMA (பிரிட்டிஷ் மருத்துவச் சங்கம்) வெளியிட்டது: Patients who move between NHS and private care
