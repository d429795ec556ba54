# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# Gujarati: who published it comes first, in Gujarati; the English title is kept so
# readers can search for it. A short Gujarati explanation is added in brackets where useful.

source-contract = NHS ઇંગ્લેન્ડ (NHS England): NHS Standard Contract, Service Conditions (હોસ્પિટલો માટેનો NHS નો માનક કરાર, હાલની આવૃત્તિ)
source-leaflet-2017 = NHS ઇંગ્લેન્ડ (NHS England) અને BMA (ડૉક્ટરોનું મંડળ): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS ઇંગ્લેન્ડ (NHS England): Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS ઇંગ્લેન્ડ (NHS England): Clinical guidance for automation of results release in patient engagement portals (ઍપમાં ટેસ્ટનાં પરિણામ બતાવવા વિશે માર્ગદર્શન)
source-sel-2025 = NHS સાઉથ ઈસ્ટ લંડન (NHS South East London): Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS ચેશાયર અને મર્સીસાઇડ (NHS Cheshire and Merseyside): Consensus on the primary and secondary care interface (2022)
source-fit-note = કામ અને પેન્શન વિભાગ (Department for Work and Pensions): Fit note guidance (ફિટ નોટ વિશે માર્ગદર્શન)
source-self-certification = HM રેવન્યુ એન્ડ કસ્ટમ્સ (HM Revenue and Customs): Employee's statement of sickness (SC2)
source-ers = NHS ની વેબસાઇટ: NHS e-Referral Service
source-trust-guidance = રાહ જોવાની યાદીમાં રહેલા લોકો માટે હોસ્પિટલો અને GP પ્રેક્ટિસોની સલાહ
source-my-planned-care = NHS ઇંગ્લેન્ડ (NHS England): My Planned Care
source-planning-2024 = NHS ઇંગ્લેન્ડ (NHS England): Priorities and operational planning guidance 2024/25
source-children-care = વુડમેન અને બીજા લેખકો (Woodman and others): Integrating primary and secondary care for children and young people (Archives of Disease in Childhood)
source-brunton-2021 = બ્રન્ટન અને બીજા લેખકો (Brunton and others): Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS ઇંગ્લેન્ડ (NHS England): Faster Diagnosis Standard for cancer (ઑક્ટોબર 2023 થી)
source-constitution = આરોગ્ય અને સામાજિક સંભાળ વિભાગ (Department of Health and Social Care): The NHS Constitution for England, અને તેની Handbook
source-choice = NHS ઇંગ્લેન્ડ (NHS England): Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = NHS હોસ્પિટલ ટ્રસ્ટ: ટેક્સ્ટ મેસેજથી રાહ જોવાની યાદીની તપાસ, અને છેતરપિંડીવાળા ટેક્સ્ટ મેસેજ કેવી રીતે ઓળખવા
source-pifu = NHS ઇંગ્લેન્ડ (NHS England): Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary અને લોકલ મેડિકલ કમિટીઓ (local medical committees): મુલાકાત ચૂકી જવાય પછી ડિસ્ચાર્જ
source-prescribing-responsibility = NHS ઇંગ્લેન્ડ (NHS England): Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS ઇંગ્લેન્ડ (NHS England): Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS ઇંગ્લેન્ડ (NHS England): Pharmacy First
source-talking-therapies = NHS ની વેબસાઇટ: NHS Talking Therapies
source-nhs-111 = NHS ની વેબસાઇટ: NHS 111, તેનો માનસિક આરોગ્યનો વિકલ્પ, અને British Sign Language (BSL) અને Relay UK દ્વારા સેવા
source-virtual-wards = NHS ઇંગ્લેન્ડ (NHS England): Virtual wards, અને હોસ્પિટલ પછી ઘરે સંભાળ
source-child-unwell = NHS ની વેબસાઇટ: Signs that a child is seriously ill (બાળક ગંભીર રીતે બીમાર હોય તેનાં ચિહ્નો)
source-gmc-young-people = જનરલ મેડિકલ કાઉન્સિલ (General Medical Council): 0 to 18 years guidance for doctors
source-nice-transition = NICE: Transition from children's to adults' services (NG43)
source-private-care = NHS ઇંગ્લેન્ડ (NHS England) અને BMA (ડૉક્ટરોનું મંડળ): Patients who move between NHS and private care
