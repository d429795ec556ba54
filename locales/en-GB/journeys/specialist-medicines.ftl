# Journey: A medicine started by a hospital specialist.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = A hospital specialist starts a new medicine
    .summary = Who gives you the medicine, who gives you more, and who to ask about side effects and checks.
    .intro = A specialist at the hospital has started you on a new medicine. Here is who gives it to you and who gives you more. It also says who to ask if you have a problem with it.
    .keywords = prescription, tablets, medicine, medication, new medicine, repeat prescription, shared care, shared care agreement, side effects, blood test, monitoring, running out, hospital prescription, specialist drug, pharmacy

specialist-medicines-start =
    .title = The hospital starts your medicine
    .body =
        A specialist at the hospital decides you need a new medicine.
        If you need to start it now, the hospital gives you the first prescription. A prescription is the note that lets you get a medicine.
        You do not need to go to your GP for this first supply.
    .if-not = If you were told to start a medicine now but were not given it, ring the hospital team.
    .ask =
        What is this medicine for?
        When and how should I take it?
        Is there a leaflet about it?

specialist-medicines-week =
    .title = You get at least 7 days of it
    .body =
        When you leave the hospital or clinic, you should have at least 7 days of any new medicine. If the course is shorter, you get all of it.
        Before you go, ask what each medicine is for. Ask what side effects it may have. A side effect is an unwanted thing a medicine can do.
        Ask for a leaflet, and for the hospital team's phone number.
    .if-not = If you left with less than 7 days of a new medicine, ring the hospital team straight away.
    .ask =
        How much of this medicine will you give me?
        Who gives me more when it runs out?
        Who do I call if I have a problem with it?

specialist-medicines-more =
    .title = Who gives you more
    .body =
        Some medicines need a specialist to keep an eye on them. If the hospital started one of these, the hospital keeps giving it to you.
        Sometimes the hospital asks your GP to take over. This needs a shared care agreement. That is a plan that the hospital and your GP both agree to.
        Your GP can only take over if they have said yes. Until then, the hospital gives you more.
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
        They should answer your questions. They should not just tell you to ask your GP.
        If you feel unwell and are not sure what to do, call NHS 111. In an emergency, call 999.
    .if-not = If the hospital team does not call you back, ring again. If you feel worse, call NHS 111 or your GP.
    .ask =
        What side effects should make me call you?
        What should I do if I miss a dose?
