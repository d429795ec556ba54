# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# Hungarian: who published each one is in Hungarian; the English title stays, so readers can search for it.

source-contract = NHS England (az NHS angliai vezető szervezete): NHS Standard Contract, Service Conditions (az NHS szokásos szerződése, aktuális kiadás)
source-leaflet-2017 = NHS England és a BMA (Brit Orvosszövetség): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (terv a háziorvosi ellátás elérhetőségének javítására, 2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals (útmutató arról, hogyan jelenjenek meg az eredmények a betegeknek szóló alkalmazásokban)
source-sel-2025 = NHS South East London (az NHS délkelet-londoni szervezete): Primary and secondary care interface consensus (megállapodás a háziorvosok és a kórházak együttműködéséről, 2025)
source-cm-2022 = NHS Cheshire and Merseyside (az NHS Cheshire és Merseyside térségi szervezete): Consensus on the primary and secondary care interface (megállapodás a háziorvosok és a kórházak együttműködéséről, 2022)
source-fit-note = Munkaügyi és Nyugdíjügyi Minisztérium (Department for Work and Pensions): Fit note guidance (útmutató a munkaképességi igazolásról)
source-self-certification = Brit adóhatóság (HM Revenue and Customs): Employee's statement of sickness (SC2) (a munkavállaló nyilatkozata a betegségéről)
source-ers = NHS website (az NHS honlapja): NHS e-Referral Service (az NHS elektronikus beutaló rendszere)
source-trust-guidance = Kórházak és háziorvosi rendelők tanácsai a várólistán lévőknek
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25 (tervezési útmutató, 2024/25)
source-children-care = Woodman és szerzőtársai: Integrating primary and secondary care for children and young people (a háziorvosok és a kórházak együttműködése gyermekek és fiatalok ellátásában; Archives of Disease in Childhood folyóirat)
source-brunton-2021 = Brunton és szerzőtársai: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (a rák gyorsabb diagnózisának szabálya, 2023 októberétől)
source-constitution = Egészségügyi és Szociális Ellátási Minisztérium (Department of Health and Social Care): The NHS Constitution for England, and its Handbook (az NHS angliai alapokmánya és kézikönyve)
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System (a kórház választása, és átkerülés egy másik kórházba)
source-validation = NHS kórházak (NHS hospital trusts): a várólisták ellenőrzése SMS-ben, és hogyan ismerhetők fel a csaló SMS-ek
source-pifu = NHS England: Patient initiated follow-up guidance (útmutató a beteg által kezdeményezett kontrollról)
source-discharge-after-dna = NHS Data Dictionary és a helyi orvosi bizottságok (local medical committees): elbocsátás kihagyott időpont után
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (ki írja fel a gyógyszert: a háziorvos vagy a kórház, 2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies (a gyógyszertárak szolgáltatása a kórházból hazamenő betegek gyógyszereiről)
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = NHS website (az NHS honlapja): NHS Talking Therapies
source-nhs-111 = NHS website (az NHS honlapja): NHS 111, a lelki egészség lehetősége, valamint elérés brit jelnyelven (BSL) és a Relay UK szolgáltatással
source-virtual-wards = NHS England: Virtual wards and care at home after hospital (virtuális osztályok és otthoni ellátás a kórház után)
source-child-unwell = NHS website (az NHS honlapja): Signs that a child is seriously ill (jelek, amelyek szerint egy gyermek súlyosan beteg)
source-gmc-young-people = General Medical Council (a brit orvosi kamara): 0 to 18 years guidance for doctors (útmutató orvosoknak a 0 és 18 év közötti betegekről)
source-nice-transition = NICE (az angliai egészségügyi szakmai intézet): Transition from children's to adults' services (NG43) (átkerülés a gyermekellátásból a felnőttellátásba)
source-private-care = NHS England és a BMA (Brit Orvosszövetség): Patients who move between NHS and private care (betegek, akik az NHS és a magánellátás között mozognak)
