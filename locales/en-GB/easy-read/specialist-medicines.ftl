# Easy Read: A hospital doctor starts you on a new medicine.
# Facts: locales/en-GB/journeys/specialist-medicines.ftl; sources: src/journeys/specialist_medicines.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-specialist-medicines =
    .title = A hospital doctor starts you on a new medicine
    .hospital = You have a new medicine. A specialist at the hospital started it.
    .person = A specialist is a doctor who knows a lot about one kind of health problem.
    .talk = This guide says who gives it to you. It says who gives you more. It says who to ask if you have a problem with it.

easy-specialist-medicines-start =
    .title = The hospital gives you the first lot
    .hospital = A specialist decides you need a new medicine. Need to start it now? The hospital gives you the first lot.
    .gp = You do not need to go to your GP for this.
    .bed = After a stay in hospital, you get at least 7 days of it. Or all of it, if you need it for less time.
    .letter = After a clinic visit, it is different. Need it straight away? The hospital gives you enough for now. If not, the clinic letter asks your GP to give it.
    .if-not = Told to start a medicine now, but not given it? Ring the hospital team.

easy-specialist-medicines-gp =
    .title = Your GP gives you most medicines after that
    .letter = For most medicines, the clinic letter asks your GP to give you more. They give you a prescription. A prescription is the note that lets you get a medicine.
    .gp = Wait until your GP practice has the letter. Then ask them to add the medicine to your repeat prescriptions.
    .calendar = Order each repeat in good time, so you do not run out.
    .if-not = Your GP practice has not had the letter, and you will soon run out? Ring the hospital team. Ask them to send the letter, or to give you more.

easy-specialist-medicines-shared-care =
    .title = Medicines that need extra checks
    .hospital = Some medicines need a specialist to keep an eye on them. If the hospital started one, it keeps giving it to you.
    .gp = Sometimes the hospital asks your GP to take over. This needs a plan called a shared care agreement.
    .talk = It is a plan that the hospital, your GP and you all agree to.
    .medicine = Your GP does not have to say yes. Until everyone agrees, the hospital gives you more.
    .if-not = Close to running out, and no one has given you more? Ring the hospital team. Do this before you run out.

easy-specialist-medicines-checks =
    .title = Blood tests to check your medicine
    .test = Some medicines need blood tests to check they are safe for you. Ask if yours does.
    .calendar = Ask who does the tests, and how often.
    .results = The team that asks for a test checks the result. They tell you what it means.
    .if-not = A result is late? Ring the team who asked for the test. Ask them what it showed.

easy-specialist-medicines-problems =
    .title = If you have a problem with it
    .phone = Think the medicine is causing a problem? Ring the hospital team who started it.
    .clock = Some medicines, like cancer medicines, have a helpline open day and night. If the team gave you one, use it.
    .nhs-111 = Feel very unwell? Call 111 or your GP practice the same day.
    .emergency = In an emergency, call 999.
    .if-not = No call back from the hospital team by the end of the next working day? Ring again. Feel worse? Call 111 or your GP the same day.
