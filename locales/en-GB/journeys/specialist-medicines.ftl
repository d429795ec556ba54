# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = A hospital doctor starts you on a new medicine
    .summary = Who gives you the medicine, who gives you more, and who to ask about side effects and checks.
    .intro = A specialist at the hospital has started you on a new medicine. A specialist is a doctor who knows a lot about one kind of health problem. Here is who gives it to you and who gives you more. It also says who to ask if you have a problem with it.
    .keywords = prescription, tablets, medicine, medication, new medicine, specialist started a medicine, clinic medicine, repeat prescription, shared care, shared care agreement, side effects, blood test, monitoring, running out, hospital prescription, specialist drug, pharmacy

specialist-medicines-start =
    .title = The hospital gives you the first supply
    .body =
        A specialist at the hospital decides you need a new medicine.
        If you need to start it now, the hospital gives you the first supply. You do not need to go to your GP for this.
        After a stay in hospital, you get at least 7 days of it, or all of it if the course is shorter.
        After a clinic visit, the hospital gives you enough for now if you need it straight away. Or the clinic letter asks your GP to prescribe it.
    .if-not = If you were told to start a medicine now but were not given it, ring the hospital team.
    .ask =
        What is this medicine for?
        When and how should I take it?
        Will you give it to me, or will my GP?

specialist-medicines-gp =
    .title = Your GP prescribes most medicines after that
    .body =
        For most medicines, the clinic letter asks your GP to prescribe more. A prescription is the note that lets you get a medicine.
        Wait until your GP practice has the letter. Then ask them to add the medicine to your repeat prescriptions.
        Order each repeat in good time, so you do not run out.
    .if-not = If your GP practice has not had the letter and you will soon run out, ring the hospital team. Ask them to send the letter, or to give you more.
    .ask =
        Have you sent the letter to my GP?
        How much will you give me until then?

specialist-medicines-shared-care =
    .title = Medicines a specialist must check
    .body =
        Some medicines need a specialist to keep an eye on them. If the hospital started one of these, the hospital keeps giving it to you.
        Sometimes the hospital asks your GP to take over. This needs a shared care agreement. That is a plan the hospital, your GP and you all agree to.
        Your GP does not have to say yes. Until everyone has agreed, the hospital gives you more.
    .if-not = If you are close to running out and no one has given you more, ring the hospital team. Do this before you run out.
    .ask =
        Will you keep giving me this medicine, or will my GP?
        Has my GP agreed to shared care?
        How do I ask for more?

specialist-medicines-checks =
    .title = Blood tests to check your medicine
    .body =
        Some medicines need blood tests to check they are safe for you. Ask if yours does.
        Ask who does the tests and how often.
        The team that asks for a test checks the result. They tell you what it means.
    .if-not = If a result is late, contact the team who asked for the test. Ask them what it showed.
    .ask =
        Does this medicine need blood tests?
        Who does them, and how often?
        Who tells me the results?

specialist-medicines-problems =
    .title = If you have a problem with it
    .body =
        If you think the medicine is causing a problem, ring the hospital team who started it.
        Some medicines, like cancer medicines, have a helpline that is open day and night. If the team gave you one, use it.
        If you feel very unwell, call NHS 111 or your GP practice the same day. In an emergency, call 999.
    .if-not = If the hospital team has not called you back by the end of the next working day, ring again. If you feel worse, call NHS 111 or your GP the same day.
    .ask =
        What side effects should make me call you?
        Is there a helpline for this medicine?
        What should I do if I miss a dose?
