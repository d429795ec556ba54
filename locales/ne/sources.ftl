# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# (प्रकाशकको नाम नेपालीमा; प्रकाशनको शीर्षक अंग्रेजीमै, ताकि खोज्न सजिलो होस्।)

source-contract = NHS England (इङ्ल्यान्डको NHS): NHS Standard Contract, Service Conditions (current edition)
source-leaflet-2017 = NHS England र BMA (ब्रिटिश मेडिकल एसोसिएसन): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London (दक्षिण-पूर्वी लन्डनको NHS): Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside (चेशायर र मर्सीसाइडको NHS): Consensus on the primary and secondary care interface (2022)
source-fit-note = Department for Work and Pensions (काम र पेन्सन विभाग): Fit note guidance
source-self-certification = HM Revenue and Customs (बेलायती कर तथा भन्सार विभाग): Employee's statement of sickness (SC2)
source-ers = NHS वेबसाइट: NHS e-Referral Service
source-trust-guidance = अस्पताल र GP प्र्याक्टिसहरूले प्रतीक्षा सूचीमा भएका मानिसहरूलाई दिने सल्लाह
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Woodman र अरू: Integrating primary and secondary care for children and young people (Archives of Disease in Childhood)
source-brunton-2021 = Brunton र अरू: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (अक्टोबर 2023 देखि)
source-constitution = Department of Health and Social Care (स्वास्थ्य तथा सामाजिक हेरचाह विभाग): The NHS Constitution for England, and its Handbook
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = NHS अस्पताल ट्रस्टहरू: टेक्स्ट सन्देशबाट प्रतीक्षा सूची जाँच, र ठगी गर्ने टेक्स्ट कसरी चिन्ने
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary र स्थानीय मेडिकल समितिहरू: भेटमा नआएपछि डिस्चार्ज
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = NHS वेबसाइट: NHS Talking Therapies
source-nhs-111 = NHS वेबसाइट: NHS 111, यसको मानसिक स्वास्थ्य विकल्प, र British Sign Language तथा Relay UK मार्फत पहुँच
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = NHS वेबसाइट: Signs that a child is seriously ill
source-gmc-young-people = General Medical Council (डाक्टरहरूको नियामक परिषद्): 0 to 18 years guidance for doctors
source-nice-transition = NICE: Transition from children's to adults' services (NG43)
source-private-care = NHS England र BMA: Patients who move between NHS and private care
