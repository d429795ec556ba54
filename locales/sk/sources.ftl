# The public sources behind the guides, listed under each guide. Publication titles stay in
# English; the publisher is said in Slovak. Ids match docs/content-sources.md.

source-contract = NHS England: NHS Standard Contract, Service Conditions (aktuálne vydanie)
source-leaflet-2017 = NHS England a BMA (Britská lekárska asociácia): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London: Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside: Consensus on the primary and secondary care interface (2022)
source-fit-note = Ministerstvo práce a dôchodkov (Department for Work and Pensions): Fit note guidance
source-self-certification = Daňový a colný úrad (HM Revenue and Customs): Employee's statement of sickness (SC2)
source-ers = NHS website (webová stránka NHS): NHS e-Referral Service
source-trust-guidance = Nemocnice a ordinácie GP (rady pre ľudí na čakacích zoznamoch): Hospital and GP practice advice for people on waiting lists
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Woodman a ďalší autori (časopis Archives of Disease in Childhood): Integrating primary and secondary care for children and young people
source-brunton-2021 = Brunton a ďalší autori: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (od októbra 2023)
source-constitution = Ministerstvo zdravotníctva a sociálnej starostlivosti (Department of Health and Social Care): The NHS Constitution for England, and its Handbook
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = Nemocnice NHS (NHS hospital trusts): kontrola čakacích zoznamov cez SMS a ako spoznať podvodné SMS
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary a miestne lekárske výbory (local medical committees): prepustenie po zmeškanom termíne
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = NHS website (webová stránka NHS): NHS Talking Therapies
source-nhs-111 = NHS website (webová stránka NHS): NHS 111, jeho možnosť pre duševné zdravie a prístup cez BSL (britský posunkový jazyk) a Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = NHS website (webová stránka NHS): Signs that a child is seriously ill
source-gmc-young-people = Všeobecná lekárska rada (General Medical Council): 0 to 18 years guidance for doctors
source-nice-transition = NICE (národný inštitút pre zdravie a kvalitu starostlivosti): Transition from children's to adults' services (NG43)
source-private-care = NHS England a BMA (Britská lekárska asociácia): Patients who move between NHS and private care
