# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# Polish: who published each one is in Polish; the English title stays, so readers can search for it.

source-contract = NHS England: NHS Standard Contract, Service Conditions (standardowa umowa NHS, aktualne wydanie)
source-leaflet-2017 = NHS England i BMA (brytyjskie stowarzyszenie lekarzy): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (plan poprawy dostępu do przychodni, 2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals (wytyczne o pokazywaniu wyników w aplikacjach dla pacjentów)
source-sel-2025 = NHS South East London: Primary and secondary care interface consensus (uzgodnienia między przychodniami a szpitalami, 2025)
source-cm-2022 = NHS Cheshire and Merseyside: Consensus on the primary and secondary care interface (uzgodnienia między przychodniami a szpitalami, 2022)
source-fit-note = Ministerstwo Pracy i Emerytur (Department for Work and Pensions): Fit note guidance (wytyczne o zwolnieniach lekarskich)
source-self-certification = Brytyjski urząd skarbowy (HM Revenue and Customs): Employee's statement of sickness (SC2) (oświadczenie pracownika o chorobie)
source-ers = Strona internetowa NHS: NHS e-Referral Service (system e-skierowań NHS)
source-trust-guidance = Porady szpitali i przychodni GP dla osób na listach oczekujących
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25 (wytyczne planowania na lata 2024/25)
source-children-care = Woodman i współautorzy: Integrating primary and secondary care for children and young people (współpraca przychodni i szpitali w opiece nad dziećmi i młodzieżą; czasopismo Archives of Disease in Childhood)
source-brunton-2021 = Brunton i współautorzy: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (standard szybszej diagnozy raka, od października 2023)
source-constitution = Ministerstwo Zdrowia i Opieki Społecznej (Department of Health and Social Care): The NHS Constitution for England, and its Handbook (Konstytucja NHS dla Anglii i jej przewodnik)
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System (wybór szpitala i system przeniesienia do innego szpitala)
source-validation = Szpitale NHS (NHS hospital trusts): sprawdzanie list oczekujących przez SMS i jak rozpoznać fałszywe SMS-y
source-pifu = NHS England: Patient initiated follow-up guidance (wytyczne o wizytach kontrolnych na prośbę pacjenta)
source-discharge-after-dna = NHS Data Dictionary i lokalne komitety lekarzy (local medical committees): wypisanie z poradni po opuszczonej wizycie
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (kto przepisuje leki: przychodnia czy szpital, 2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies (usługa aptek dotycząca leków po wyjściu ze szpitala)
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = Strona internetowa NHS: NHS Talking Therapies
source-nhs-111 = Strona internetowa NHS: NHS 111, opcja dotycząca zdrowia psychicznego oraz dostęp w brytyjskim języku migowym (BSL) i przez Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital (wirtualne oddziały i opieka w domu po szpitalu)
source-child-unwell = Strona internetowa NHS: Signs that a child is seriously ill (objawy, że dziecko jest poważnie chore)
source-gmc-young-people = General Medical Council (brytyjska izba lekarska): 0 to 18 years guidance for doctors (wytyczne dla lekarzy o pacjentach w wieku od 0 do 18 lat)
source-nice-transition = NICE: Transition from children's to adults' services (NG43) (przejście z opieki dla dzieci do opieki dla dorosłych)
source-private-care = NHS England i BMA (brytyjskie stowarzyszenie lekarzy): Patients who move between NHS and private care (pacjenci przechodzący między NHS a opieką prywatną)
