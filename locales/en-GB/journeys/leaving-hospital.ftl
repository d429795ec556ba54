# Journey: Leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Leaving hospital
    .summary = What you should have before you go home, and who to call after you leave.
    .intro = You are going home after a stay in hospital. Here is what the hospital team should do before you leave. It also says who to ring if you have questions.
    .keywords = leaving hospital, going home, home from hospital, discharge, discharged, discharge letter, discharge summary, new medicines, medication, tablets, prescription, side effects, fit note, sick note, off work, time off work, ward, ward phone number, questions after hospital, follow-up, follow up, aftercare, checklist, support groups

leaving-hospital-medicines =
    .title = Your new medicines
    .body =
        If you need a new medicine, the hospital gives you at least 7 days of it to take home. If the course is shorter, you get all of it.
        If a medicine must start now, the hospital gives you the first lot. You should not have to get it from your GP.
        The staff should tell you what each medicine is for. They should also tell you its side effects. A side effect is a problem a medicine can cause.
    .if-not = If you are about to leave without your new medicines, ask the ward staff. If you are already home, ring the ward.
    .ask =
        What is each medicine for?
        What side effects should I look out for?
        Who gives me more when these run out?

leaving-hospital-fit-note =
    .title = A fit note for work
    .body =
        A fit note is a note for your work. It says if you are well enough to work. Some people call it a sick note.
        If you need time off work, the hospital gives you a fit note. It should cover the whole time they think you will be off.
        So you should not need to ask your GP for one for that time.
    .if-not = If you leave without a fit note, ring the ward and ask for one.
    .ask =
        How long will I need off work?
        Does my fit note cover all of that time?

leaving-hospital-check =
    .title = Check before you leave
    .body =
        Before you go home, check you have these things.
        A week of any new medicines. What each one is for, and its side effects. A leaflet about your care.
        The phone number of the hospital team. A fit note, if you need one. How your next visit will be set up.
        The names of groups that can help you, such as charities.
    .if-not = If something is missing, ask the ward staff before you leave. If you are already home, ring the ward.
    .ask =
        Who do I call if I have a question at home?
        How will my next visit be set up?
        Is there a group that can help me?

leaving-hospital-letter =
    .title = The hospital writes to your GP
    .body =
        When you leave, the hospital team writes a letter to your GP. It is called a discharge summary. Discharge means leaving hospital.
        It tells your GP what happened while you were in hospital. It should reach your GP within 24 hours.
    .if-not = If your GP practice says it has not had the letter, ring the ward. Ask them to send it.
    .ask =
        Can I have a copy of my discharge summary?
        Does my GP need to do anything?

leaving-hospital-questions =
    .title = If you have questions at home
    .body =
        If you have a question about your stay or your new medicines, ring the ward. The number is on your letter from the ward.
        The ward team should answer you themselves. They should not tell you to ask your GP.
        If you feel unwell and are not sure what to do, call your GP practice or NHS 111. In an emergency, call 999.
    .if-not = If you cannot get through to the ward, ask for the patient advice team at the hospital.
    .ask =
        Who do I ring if I have a problem with my medicines?
        When should I call you, and when should I call my GP?
