# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# Somali: who published each one is said in Somali (with the English name where readers may
# search for it); the English title stays, so readers can search for it.

source-contract = NHS England: NHS Standard Contract, Service Conditions (heshiiska caadiga ah ee NHS, daabacaadda hadda)
source-leaflet-2017 = NHS England iyo BMA (ururka dhakhaatiirta Ingiriiska): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (qorshaha lagu hagaajinayo helitaanka xarunta GP, 2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals (tilmaamaha sida natiijooyinka loogu muujiyo app-ka bukaanka)
source-sel-2025 = NHS South East London: Primary and secondary care interface consensus (heshiiska u dhexeeya xarumaha GP iyo isbitaallada, 2025)
source-cm-2022 = NHS Cheshire and Merseyside: Consensus on the primary and secondary care interface (heshiiska u dhexeeya xarumaha GP iyo isbitaallada, 2022)
source-fit-note = Wasaaradda Shaqada iyo Hawlgabka (Department for Work and Pensions): Fit note guidance (tilmaamaha fit note)
source-self-certification = Hay'adda canshuuraha (HM Revenue and Customs): Employee's statement of sickness (SC2) (foomka shaqaaluhu ku sheego inuu xanuunsan yahay)
source-ers = Website-ka NHS: NHS e-Referral Service (nidaamka u-gudbinta internetka ee NHS)
source-trust-guidance = Talooyinka isbitaallada iyo xarumaha GP ee loogu talagalay dadka ku jira liiska sugitaanka
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25 (tilmaamaha qorsheynta 2024/25)
source-children-care = Woodman iyo kuwo kale: Integrating primary and secondary care for children and young people (iskaashiga xarumaha GP iyo isbitaallada ee daryeelka carruurta iyo dhallinyarada; joornaalka Archives of Disease in Childhood)
source-brunton-2021 = Brunton iyo kuwo kale: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (heerka ogaanshaha dhakhsaha ah ee kansarka, laga bilaabo Oktoobar 2023)
source-constitution = Wasaaradda Caafimaadka iyo Daryeelka Bulshada (Department of Health and Social Care): The NHS Constitution for England, and its Handbook (dastuurka NHS ee England iyo buuggiisa sharaxaadda)
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System (doorashada isbitaalka)
source-validation = Isbitaallada NHS: hubinta liiska sugitaanka iyada oo loo marayo fariin qoraal ah, iyo sida loo garto fariimaha khiyaanada (scam)
source-pifu = NHS England: Patient initiated follow-up guidance (tilmaamaha dabagalka uu bukaanku bilaabo)
source-discharge-after-dna = NHS Data Dictionary iyo guddiyada dhakhaatiirta deegaanka: laga saaro liiska kadib ballan la seegay
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (cidda qorta daawada: xarunta GP ama isbitaalka, 2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies (adeegga daawooyinka ee farmashiyaha kadib isbitaalka)
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = Website-ka NHS: NHS Talking Therapies
source-nhs-111 = Website-ka NHS: NHS 111, doorashadiisa caafimaadka maskaxda, iyo helitaanka BSL (luqadda dhagoolayaasha) iyo Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital (daryeelka guriga kadib isbitaalka)
source-child-unwell = Website-ka NHS: Signs that a child is seriously ill (calaamadaha muujinaya in ilmo aad u xanuunsan yahay)
source-gmc-young-people = General Medical Council (golaha dhakhaatiirta): 0 to 18 years guidance for doctors (tilmaamaha dhakhaatiirta ee da'da 0 ilaa 18)
source-nice-transition = NICE: Transition from children's to adults' services (NG43) (ka guurka adeegyada carruurta loona guuro kuwa dadka waaweyn)
source-private-care = NHS England iyo BMA: Patients who move between NHS and private care (bukaannada u kala guura NHS iyo daryeelka gaarka ah)
