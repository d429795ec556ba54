# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England: NHS Standard Contract, Service Conditions (el contrato estándar del NHS; edición actual)
source-leaflet-2017 = NHS England y la BMA (la asociación de médicos británica): What happens when you are referred by your GP to see a specialist? (qué pasa cuando su GP le envía a un especialista; 2017)
source-recovery-2023 = NHS England: Delivery plan for recovering access to primary care (plan para recuperar el acceso a la atención primaria; 2023)
source-results-portal = NHS England: Clinical guidance for automation of results release in patient engagement portals (guía clínica sobre la publicación automática de resultados en los portales para pacientes)
source-sel-2025 = NHS South East London: Primary and secondary care interface consensus (acuerdo entre los médicos de cabecera y los hospitales; 2025)
source-cm-2022 = NHS Cheshire and Merseyside: Consensus on the primary and secondary care interface (acuerdo entre los médicos de cabecera y los hospitales; 2022)
source-fit-note = Ministerio de Trabajo y Pensiones (Department for Work and Pensions): Fit note guidance (guía sobre el certificado de baja)
source-self-certification = Agencia tributaria del Reino Unido (HM Revenue and Customs): Employee's statement of sickness (SC2) (declaración de enfermedad del trabajador)
source-ers = Página web del NHS: NHS e-Referral Service (el servicio de derivación electrónica)
source-trust-guidance = Hospitales y consultorios de GP: consejos para las personas que están en una lista de espera
source-my-planned-care = NHS England: My Planned Care
source-planning-2024 = NHS England: Priorities and operational planning guidance 2024/25 (prioridades y guía de planificación 2024/25)
source-children-care = Woodman y otros autores: Integrating primary and secondary care for children and young people (cómo integrar la atención de los médicos de cabecera y de los hospitales para niños y jóvenes; revista Archives of Disease in Childhood)
source-brunton-2021 = Brunton y otros autores: Care navigation and social prescribing in general practice (orientación y prescripción social en los consultorios de GP; 2021)
source-faster-diagnosis = NHS England: Faster Diagnosis Standard for cancer (norma para diagnosticar antes el cáncer; desde octubre de 2023)
source-constitution = Ministerio de Sanidad y Asistencia Social (Department of Health and Social Care): The NHS Constitution for England, and its Handbook (la Constitución del NHS para Inglaterra y su manual)
source-choice = NHS England: Choice of hospital and the Patient Initiated Digital Mutual Aid System (elegir hospital, y el sistema para pedir que le atiendan en otro hospital)
source-validation = Hospitales del NHS: cómo comprueban las listas de espera con mensajes de texto, y cómo reconocer los mensajes falsos
source-pifu = NHS England: Patient initiated follow-up guidance (guía sobre el seguimiento a petición del paciente)
source-discharge-after-dna = NHS Data Dictionary y los comités médicos locales (local medical committees): el alta después de faltar a una cita
source-prescribing-responsibility = NHS England: Responsibility for prescribing between primary and secondary care (quién receta: el médico de cabecera o el hospital; 2018)
source-discharge-medicines = NHS England: Discharge Medicines Service in community pharmacies (el servicio de las farmacias para los medicamentos después del alta)
source-pharmacy-first = NHS England: Pharmacy First
source-talking-therapies = Página web del NHS: NHS Talking Therapies (terapias psicológicas del NHS)
source-nhs-111 = Página web del NHS: NHS 111, su opción de salud mental, y el acceso en lengua de signos británica (BSL) y con Relay UK
source-virtual-wards = NHS England: Virtual wards and care at home after hospital (salas virtuales y atención en casa después del hospital)
source-child-unwell = Página web del NHS: Signs that a child is seriously ill (señales de que un niño está gravemente enfermo)
source-gmc-young-people = General Medical Council (el organismo que regula a los médicos): 0 to 18 years guidance for doctors (guía para médicos sobre pacientes de 0 a 18 años)
source-nice-transition = NICE: Transition from children's to adults' services (NG43) (el paso de los servicios de niños a los de adultos)
source-private-care = NHS England y la BMA (la asociación de médicos británica): Patients who move between NHS and private care (pacientes que pasan entre el NHS y la atención privada)
