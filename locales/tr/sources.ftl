# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.
# Turkish: who published each one is in Turkish; the English title stays, so readers can search for it.

source-contract = NHS England (İngiltere NHS yönetimi): NHS Standard Contract, Service Conditions (NHS standart sözleşmesi, güncel baskı)
source-leaflet-2017 = NHS England ve BMA (İngiliz Tabipler Birliği): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (aile hekimliğine erişimi iyileştirme planı, 2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals (test sonuçlarının hasta uygulamalarında gösterilmesi hakkında rehber)
source-sel-2025 = NHS South East London (Güneydoğu Londra NHS): Primary and secondary care interface consensus (aile hekimleri ile hastaneler arasındaki uzlaşı, 2025)
source-cm-2022 = NHS Cheshire and Merseyside (Cheshire ve Merseyside NHS): Consensus on the primary and secondary care interface (aile hekimleri ile hastaneler arasındaki uzlaşı, 2022)
source-fit-note = Çalışma ve Emeklilik Bakanlığı (Department for Work and Pensions): Fit note guidance (iş göremezlik raporu rehberi)
source-self-certification = İngiltere vergi dairesi (HM Revenue and Customs): Employee's statement of sickness (SC2) (çalışanın hastalık beyanı)
source-ers = NHS internet sitesi (NHS website): NHS e-Referral Service (NHS elektronik sevk hizmeti)
source-trust-guidance = Bekleme listesindeki kişiler için hastanelerin ve GP muayenehanelerinin tavsiyeleri
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25 (öncelikler ve planlama rehberi, 2024/25)
source-children-care = Woodman ve diğer yazarlar: Integrating primary and secondary care for children and young people (çocuklar ve gençler için aile hekimliği ile hastane bakımının birleştirilmesi; Archives of Disease in Childhood dergisi)
source-brunton-2021 = Brunton ve diğer yazarlar: Care navigation and social prescribing in general practice (aile hekimliğinde yönlendirme ve sosyal reçete, 2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (kanserde daha hızlı tanı standardı, Ekim 2023'ten itibaren)
source-constitution = Sağlık ve Sosyal Bakım Bakanlığı (Department of Health and Social Care): The NHS Constitution for England, and its Handbook (İngiltere için NHS Anayasası ve el kitabı)
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System (hastane seçimi ve başka bir hastaneye geçme sistemi)
source-validation = NHS hastaneleri (NHS hospital trusts): bekleme listelerinin kısa mesajla kontrol edilmesi ve dolandırıcı mesajların nasıl anlaşılacağı
source-pifu = NHS England: Patient initiated follow-up guidance (hastanın başlattığı kontrol randevuları rehberi)
source-discharge-after-dna = NHS Data Dictionary ve yerel hekim kurulları (local medical committees): kaçırılan randevudan sonra taburcu etme
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (reçeteyi kim yazar: aile hekimi mi, hastane mi, 2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies (eczanelerin taburculuk sonrası ilaç hizmeti)
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = NHS internet sitesi (NHS website): NHS Talking Therapies
source-nhs-111 = NHS internet sitesi (NHS website): NHS 111, ruh sağlığı seçeneği ve BSL (İngiliz İşaret Dili) ile Relay UK üzerinden erişim
source-virtual-wards = NHS England: Virtual wards and care at home after hospital (sanal servisler ve hastaneden sonra evde bakım)
source-child-unwell = NHS internet sitesi (NHS website): Signs that a child is seriously ill (bir çocuğun ağır hasta olduğunu gösteren belirtiler)
source-gmc-young-people = General Medical Council (İngiltere Tabipler Kurulu): 0 to 18 years guidance for doctors (0 ile 18 yaş arası hastalar için doktorlara rehber)
source-nice-transition = NICE: Transition from children's to adults' services (NG43) (çocuk hizmetlerinden yetişkin hizmetlerine geçiş)
source-private-care = NHS England ve BMA (İngiliz Tabipler Birliği): Patients who move between NHS and private care (NHS ile özel sağlık hizmeti arasında geçiş yapan hastalar)
