# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = When you go home from hospital
    .summary = What you should have before you go home, and who to call after you leave.
    .intro = You are going home after a stay in hospital. Here is what the hospital team should do before you leave. It also says who to ring if you have questions.
    .keywords = leaving hospital, going home, home from hospital, discharge, discharged, discharge letter, discharge summary, new medicines, medication, tablets, prescription, side effects, fit note, sick note, off work, time off work, ward, ward phone number, questions after hospital, follow-up, follow up, aftercare, care at home, district nurse, reablement, virtual ward, checklist, support groups

leaving-hospital-medicines =
    .title = Your new medicines
    .body =
        If you need a new medicine, the hospital gives you at least 7 days of it to take home. If the course is shorter, you get all of it.
        You should not have to get this first supply from your GP. If you are not given it, ask for it before you leave.
        The staff should tell you what each medicine is for. They should also tell you its side effects. A side effect is a problem a medicine can cause.
        The guide on medicines after hospital says who gives you more.
    .if-not = If you are about to leave without your new medicines, ask the ward staff. If you are already home, ring the ward.
    .ask =
        What is each medicine for?
        What side effects should I look out for?
        Who gives me more when these run out?

leaving-hospital-fit-note =
    .title = A fit note for work
    .body =
        A fit note is a note for your work. It says if you are well enough to work. Some people call it a sick note.
        For the first 7 days off sick, you do not need a fit note. You fill in a form for your employer yourself.
        If you need more time off, the hospital gives you a fit note. It should cover the whole time they think you will be off.
        So you should not need to ask your GP for one for that time.
    .if-not = If you leave without a fit note you need, ring the ward and ask for one.
    .ask =
        How long will I need off work?
        Does my fit note cover all of that time?

leaving-hospital-care-at-home =
    .title = Care at home
    .body =
        Some people need help at home after a stay in hospital. The ward team plans this with you before you leave.
        It may be a visit from a district nurse. Or a team may help you get back to doing things for yourself for a short time.
        Some people are cared for at home by a hospital team instead of staying on a ward. This is sometimes called a virtual ward. The team tells you how to reach them, day and night.
    .if-not = If help you were told about has not come, ring the number the ward gave you for it. If you have no number, ring the ward.
    .ask =
        Will I need help at home?
        Who will come, and when?
        Who do I call if they do not come?

leaving-hospital-check =
    .title = Check before you leave
    .body =
        Before you go home, check you have these things.
        At least 7 days of any new medicines. What each one is for, and its side effects. A leaflet about your care.
        The phone number of the ward, and of the hospital team. A fit note, if you need one. How your next visit will be set up.
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
        It tells your GP what happened while you were in hospital, and about any changes to your medicines. You should get a copy too.
    .if-not = If your GP practice says it has not had the letter, ring the ward. Ask them to send it.
    .ask =
        Can I have a copy of my discharge summary?
        Does my GP need to do anything?

leaving-hospital-questions =
    .title = If you have questions at home
    .body =
        If you have a question about your stay or your new medicines, ring the ward. The number is often on your letter from the ward.
        If the letter has no ward number, ring the hospital's main number. Ask them to put you through to the ward.
        The ward team should answer you themselves. They should not tell you to ask your GP.
        If you feel unwell and are not sure what to do, call your GP practice or NHS 111 the same day. In an emergency, call 999.
    .if-not = If the ward has not called you back by the end of the next working day, ring again. If you cannot get through, ask for the patient advice team at the hospital.
    .ask =
        Who do I ring if I have a problem with my medicines?
        When should I call you, and when should I call my GP?
