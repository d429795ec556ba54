# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England (η διοίκηση του NHS στην Αγγλία): NHS Standard Contract, Service Conditions (τρέχουσα έκδοση)
source-leaflet-2017 = NHS England και BMA (Βρετανικός Ιατρικός Σύλλογος): What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = NHS South East London (NHS Νοτιοανατολικού Λονδίνου): Primary and secondary care interface consensus (2025)
source-cm-2022 = NHS Cheshire and Merseyside (NHS Τσέσιρ και Μέρσισαϊντ): Consensus on the primary and secondary care interface (2022)
source-fit-note = Department for Work and Pensions (Υπουργείο Εργασίας και Συντάξεων): Fit note guidance
source-self-certification = HM Revenue and Customs (Βρετανική Φορολογική Αρχή): Employee's statement of sickness (SC2)
source-ers = NHS website (ο ιστότοπος του NHS): NHS e-Referral Service
source-trust-guidance = Νοσοκομεία και ιατρεία GP: Hospital and GP practice advice for people on waiting lists
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25
source-children-care = Woodman και συνεργάτες: Integrating primary and secondary care for children and young people (Archives of Disease in Childhood)
source-brunton-2021 = Brunton και συνεργάτες: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (από τον Οκτώβριο του 2023)
source-constitution = Department of Health and Social Care (Υπουργείο Υγείας και Κοινωνικής Φροντίδας): The NHS Constitution for England, and its Handbook
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = Νοσοκομεία του NHS (NHS hospital trusts): έλεγχος των λιστών αναμονής με γραπτά μηνύματα, και πώς να αναγνωρίζετε μηνύματα απάτης
source-pifu = NHS England: Patient initiated follow-up guidance
source-discharge-after-dna = NHS Data Dictionary και τοπικές ιατρικές επιτροπές (local medical committees): έξοδος από τη λίστα μετά από ραντεβού που χάθηκε
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = NHS website (ο ιστότοπος του NHS): NHS Talking Therapies
source-nhs-111 = NHS website (ο ιστότοπος του NHS): NHS 111, η επιλογή του για την ψυχική υγεία, και πρόσβαση με British Sign Language (βρετανική νοηματική γλώσσα) και Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital
source-child-unwell = NHS website (ο ιστότοπος του NHS): Signs that a child is seriously ill
source-gmc-young-people = General Medical Council (Γενικό Ιατρικό Συμβούλιο): 0 to 18 years guidance for doctors
source-nice-transition = NICE (Εθνικό Ινστιτούτο Υγείας και Φροντίδας): Transition from children's to adults' services (NG43)
source-private-care = NHS England και BMA: Patients who move between NHS and private care
