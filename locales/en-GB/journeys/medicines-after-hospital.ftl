# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Your medicines when you get home from hospital
    .summary = Who gives you new medicines, who changes your repeat list, and what to do before you run out.
    .intro = Your medicines may change when you stay in hospital or see a hospital team. Here is who gives you each supply, who updates your list, and who to ask.
    .keywords = medicines after hospital, new medicines, changed medicines, stopped medicines, tablets, medication, repeat prescription, repeat list, running out, run out, first supply, pharmacy, pharmacist, discharge medicines, blood thinner, chemotherapy, helpline, which medicines do I take

medicines-after-hospital-first-supply =
    .title = The hospital gives you the first supply
    .body =
        After a stay in hospital, you should go home with at least 7 days of any new medicine. If the course is shorter, you get all of it.
        After a clinic visit, it is different. If you need to start now, the hospital gives you enough until your GP has the clinic letter. Otherwise, the letter asks your GP to prescribe it.
    .if-not = If you are about to leave without a new medicine you need now, ask the ward staff or the clinic. If you are already home, ring the ward or the hospital team.
    .ask =
        Do I need to start this medicine now?
        How much are you giving me?
        Will my GP give me more, or will you?

medicines-after-hospital-list =
    .title = You get a list of your medicines
    .body =
        Before you leave, the ward team should tell you which medicines are new, which have changed, and which you should stop.
        This list is also in the letter the hospital sends to your GP. Ask for a copy.
        Do not keep taking a medicine the hospital stopped, unless a doctor tells you to.
    .if-not = If you are not sure which medicines to take, ring the ward. Or ask a pharmacist.
    .ask =
        Which of my medicines are new, changed or stopped?
        Can I have a written list?

medicines-after-hospital-pharmacy =
    .title = Your pharmacy can check your medicines
    .body =
        The hospital may send details of your new medicines to your usual pharmacy. Then the pharmacist can talk them through with you.
        The pharmacist checks your new list against what you used to take. They can spot problems.
        You can ask the ward to send your details to the pharmacy you use.
    .if-not = If the pharmacy has not heard from the hospital, take your letter from the ward to them. Ask them to check it.
    .ask =
        Can you send my medicines to my pharmacy?
        Can the pharmacist check my new list with me?

medicines-after-hospital-repeat =
    .title = Your GP practice updates your repeat list
    .body =
        Your GP practice gets a letter from the hospital. Then it updates your repeat prescriptions.
        Check your repeat list before you order. Make sure it shows your new medicines, and not the ones you stopped.
        Order each repeat in good time, so you do not run out.
    .if-not = If your repeat list is wrong, or the new medicine is not on it, contact your GP practice. If they do not have the letter yet, ring the hospital team or the ward.
    .ask =
        Have you had my letter from the hospital?
        Is my repeat list up to date?

medicines-after-hospital-running-out =
    .title = If you are about to run out
    .body =
        If you will soon run out and your GP does not have the letter, ring the hospital team or the ward. Ask them to send the letter or give you more.
        If your GP practice is closed and you need a medicine today, call NHS 111. They can help you get it from a pharmacy.
    .if-not = If no one can help and you feel unwell without your medicine, call NHS 111 the same day. In an emergency, call 999.
    .ask =
        What should I do if I run out at the weekend?
        Is it safe to miss a dose of this medicine?

medicines-after-hospital-high-risk =
    .title = Medicines that need fast help
    .body =
        Some medicines need fast help if you feel ill. Cancer medicines are one kind. Medicines that thin your blood, or make it harder to fight germs, are others.
        The hospital team should give you a helpline for these. Some are open day and night. Keep the number with you.
        If you feel very unwell, use the helpline straight away. In an emergency, call 999.
    .if-not = If you do not have a helpline number, ring the hospital team and ask for one. If you feel unwell and cannot reach them, call NHS 111 the same day.
    .ask =
        Is there a helpline for this medicine?
        What signs mean I should call it straight away?
