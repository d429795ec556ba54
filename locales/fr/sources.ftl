# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England (direction du NHS en Angleterre) : NHS Standard Contract, Service Conditions (contrat type du NHS, édition actuelle)
source-leaflet-2017 = NHS England et la BMA (association des médecins britanniques) : What happens when you are referred by your GP to see a specialist? (ce qui se passe quand votre GP vous envoie voir un spécialiste, 2017)
source-recovery-2023 = NHS England : Delivery plan for recovering access to primary care (plan pour améliorer l'accès aux soins de premier recours, 2023)
source-results-portal = NHS England : Clinical guidance for automation of results release in patient engagement portals (conseils sur l'envoi automatique des résultats aux patients en ligne)
source-sel-2025 = NHS South East London (NHS du sud-est de Londres) : Primary and secondary care interface consensus (accord entre GP et hôpitaux, 2025)
source-cm-2022 = NHS Cheshire and Merseyside (NHS du Cheshire et du Merseyside) : Consensus on the primary and secondary care interface (accord entre GP et hôpitaux, 2022)
source-fit-note = Department for Work and Pensions (ministère du Travail et des Retraites) : Fit note guidance (conseils sur les arrêts de travail)
source-self-certification = HM Revenue and Customs (administration des impôts et des douanes) : Employee's statement of sickness (SC2) (déclaration de maladie du salarié)
source-ers = NHS website (site internet du NHS) : NHS e-Referral Service (service d'orientation en ligne du NHS)
source-trust-guidance = Conseils des hôpitaux et des cabinets de GP pour les personnes sur liste d'attente
source-my-planned-care = NHS England : My Planned Care
source-planning-2024 = NHS England : Priorities and operational planning guidance 2024/25 (priorités et plan de travail du NHS pour 2024/25)
source-children-care = Woodman et d'autres auteurs : Integrating primary and secondary care for children and young people (revue Archives of Disease in Childhood)
source-brunton-2021 = Brunton et d'autres auteurs : Care navigation and social prescribing in general practice (orientation des patients et aide sociale au cabinet du GP, 2021)
source-faster-diagnosis = NHS England : Faster Diagnosis Standard for cancer (norme pour un diagnostic plus rapide du cancer, depuis octobre 2023)
source-constitution = Department of Health and Social Care (ministère de la Santé et des Affaires sociales) : The NHS Constitution for England, and its Handbook (la charte du NHS pour l'Angleterre, et son guide)
source-choice = NHS England : Choice of hospital and the Patient Initiated Digital Mutual Aid System (choix de l'hôpital, et système pour demander à changer d'hôpital)
source-validation = Hôpitaux du NHS : vérification des listes d'attente par SMS, et comment reconnaître les faux SMS
source-pifu = NHS England : Patient initiated follow-up guidance (conseils sur le suivi à la demande du patient)
source-discharge-after-dna = NHS Data Dictionary (dictionnaire des données du NHS) et comités médicaux locaux : fin de suivi après un rendez-vous manqué
source-prescribing-responsibility = NHS England : Responsibility for prescribing between primary and secondary care (qui prescrit, le GP ou l'hôpital, 2018)
source-discharge-medicines = NHS England : Discharge Medicines Service in community pharmacies (service des pharmacies pour les médicaments après une sortie d'hôpital)
source-pharmacy-first = NHS England : Pharmacy First
source-talking-therapies = NHS website (site internet du NHS) : NHS Talking Therapies
source-nhs-111 = NHS website (site internet du NHS) : NHS 111, son option santé mentale, et l'accès en langue des signes britannique (BSL) et par Relay UK
source-virtual-wards = NHS England : Virtual wards and care at home after hospital (hospitalisation à domicile et soins à domicile après l'hôpital)
source-child-unwell = NHS website (site internet du NHS) : Signs that a child is seriously ill (signes qu'un enfant est gravement malade)
source-gmc-young-people = General Medical Council (ordre des médecins britannique) : 0 to 18 years guidance for doctors (conseils aux médecins pour les 0 à 18 ans)
source-nice-transition = NICE (institut national pour la santé et l'excellence des soins) : Transition from children's to adults' services (NG43) (passage des services pour enfants aux services pour adultes)
source-private-care = NHS England et la BMA (association des médecins britanniques) : Patients who move between NHS and private care (patients qui passent entre le NHS et le privé)
