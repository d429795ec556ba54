# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# (गाइडों के पीछे की सार्वजनिक जानकारी। प्रकाशक हिन्दी में, प्रकाशन का नाम अंग्रेज़ी में।)

source-contract = NHS इंग्लैंड: NHS Standard Contract, Service Conditions (अभी का संस्करण)
source-leaflet-2017 = NHS इंग्लैंड और BMA (ब्रिटिश मेडिकल एसोसिएशन, डॉक्टरों की संस्था): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS इंग्लैंड: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS इंग्लैंड: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS साउथ ईस्ट लंदन: Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS चेशायर और मर्सीसाइड: Consensus on the primary and secondary care interface (2022)
source-fit-note = काम और पेंशन विभाग (Department for Work and Pensions): Fit note guidance
source-self-certification = HM रेवेन्यू एंड कस्टम्स (ब्रिटेन का टैक्स विभाग): Employee's statement of sickness (SC2)
source-ers = NHS website: NHS e-Referral Service
source-trust-guidance = वेटिंग लिस्ट (इंतज़ार की सूची) पर मौजूद लोगों के लिए अस्पतालों और GP प्रैक्टिसों की सलाह
source-my-planned-care = NHS इंग्लैंड: My Planned Care
source-planning-2024 = NHS इंग्लैंड: Priorities and operational planning guidance 2024/25
source-children-care = वुडमैन और अन्य लेखक: Integrating primary and secondary care for children and young people (Archives of Disease in Childhood)
source-brunton-2021 = ब्रंटन और अन्य लेखक: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS इंग्लैंड: Faster Diagnosis Standard for cancer (अक्टूबर 2023 से)
source-constitution = स्वास्थ्य और सामाजिक देखभाल विभाग (Department of Health and Social Care): The NHS Constitution for England, and its Handbook
source-choice = NHS इंग्लैंड: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = NHS अस्पताल ट्रस्ट: टेक्स्ट मैसेज से वेटिंग लिस्ट की जाँच, और धोखाधड़ी वाले मैसेज कैसे पहचानें
source-pifu = NHS इंग्लैंड: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary और स्थानीय मेडिकल कमेटियाँ: अपॉइंटमेंट छूटने के बाद डिस्चार्ज
source-prescribing-responsibility = NHS इंग्लैंड: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS इंग्लैंड: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS इंग्लैंड: Pharmacy First
source-talking-therapies = NHS website: NHS Talking Therapies
source-nhs-111 = NHS website: NHS 111, उसका मानसिक स्वास्थ्य वाला विकल्प, और ब्रिटिश साइन लैंग्वेज (BSL) और Relay UK से उस तक पहुँच
source-virtual-wards = NHS इंग्लैंड: Virtual wards and care at home after hospital
source-child-unwell = NHS website: Signs that a child is seriously ill
source-gmc-young-people = जनरल मेडिकल काउंसिल (General Medical Council, डॉक्टरों की नियामक संस्था): 0 to 18 years guidance for doctors
source-nice-transition = NICE (इलाज के दिशानिर्देश बनाने वाली संस्था): Transition from children's to adults' services (NG43)
source-private-care = NHS इंग्लैंड और BMA: Patients who move between NHS and private care
