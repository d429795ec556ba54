# Easy Read: Your medicines when you get home from hospital.
# Facts: locales/en-GB/journeys/medicines-after-hospital.ftl; sources: src/journeys/medicines_after_hospital.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-medicines-after-hospital =
    .title = Your medicines when you get home from hospital
    .medicine = Your medicines may change when you stay in hospital or see a hospital team.
    .talk = This guide says who gives you each lot. It says who changes your list. It says who to ask.

easy-medicines-after-hospital-first-supply =
    .title = The hospital gives you the first lot
    .bed = After a hospital stay, you get at least 7 days of any new medicine.
    .medicine = Need it for less time than that? Then you get all of it.
    .hospital = After a clinic visit, it is different. Need to start now? The hospital gives you enough until your GP gets the clinic letter.
    .gp = If not, the letter asks your GP to give you the medicine.
    .if-not = About to leave without a new medicine you need now? Ask the ward staff or the clinic. Already home? Ring the ward or the hospital team.

easy-medicines-after-hospital-list =
    .title = You get a list of your medicines
    .bed = Before you leave, the ward team should tell you which medicines are new or changed. They tell you which to stop.
    .letter = This list is also in the letter the hospital sends to your GP. Ask for a copy.
    .medicine = Did the hospital stop a medicine? Do not keep taking it, unless a doctor tells you to.
    .if-not = Not sure which medicines to take? Ring the ward. Or ask a pharmacist. A pharmacist is someone who knows a lot about medicines.

easy-medicines-after-hospital-pharmacy =
    .title = Your pharmacy can check your medicines
    .hospital = The hospital may tell your pharmacy about your new medicines. This is the pharmacy you use.
    .pharmacy = Then the pharmacist can talk them through with you. They check your new list against what you used to take. They can spot problems.
    .talk = You can ask the ward to send your details to the pharmacy you use.
    .if-not = The pharmacy has not heard from the hospital? Take your letter from the ward to them. Ask them to check it.

easy-medicines-after-hospital-repeat =
    .title = Your GP practice changes your repeat list
    .letter = Your GP practice gets a letter from the hospital. Then it changes your repeat list. This is the medicine you order again and again.
    .medicine = Check your repeat list before you order. It should show your new medicines. It should not show the ones you stopped.
    .calendar = Order each repeat in good time, so you do not run out.
    .if-not = Your repeat list is wrong, or the new medicine is not on it? Ring your GP practice. They do not have the letter yet? Ring the hospital team or the ward.

easy-medicines-after-hospital-running-out =
    .title = If you are about to run out
    .phone = Will you run out soon, and your GP does not have the letter? Ring the hospital team or the ward.
    .letter = Ask them to send the letter, or to give you more.
    .nhs-111 = Your GP practice is closed and you need a medicine today? Call 111. They can help you get it from a pharmacy.
    .if-not = No one can help, and you feel unwell without your medicine? Call 111 the same day. In an emergency, call 999.

easy-medicines-after-hospital-high-risk =
    .title = Medicines that need fast help
    .medicine = Some medicines need fast help if you feel ill. Cancer medicines are one kind.
    .medicine-2 = Medicines that thin your blood are another kind. So are medicines that make it harder to fight germs.
    .phone = The hospital team should give you a helpline for these. Some are open day and night. Keep the number with you.
    .emergency = Feel very unwell? Use the helpline straight away. In an emergency, call 999.
    .if-not = No helpline number? Ring the hospital team and ask for one. Feel unwell and cannot reach them? Call 111 the same day.
