# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = After you see a hospital team
    .summary = What happens after you see a hospital team, and who does each thing.
    .intro = You have seen a hospital team at a clinic. Here is what happens next. It says who does each part, and who to ask.
    .keywords = after appointment, after clinic, outpatient, clinic letter, letter to GP, hospital letter, consultant letter, follow-up, follow up, next appointment, come back, more tests, letter asks GP to do a test, who books the test, results, who to contact, who to ask, questions, complaint, complain, PALS, patient advice, problem with hospital, GP and hospital, ask your GP, sent to another team

after-appointment-letter =
    .title = The hospital writes to your GP
    .body =
        After your visit, the hospital team writes a letter about it. This is called a clinic letter.
        If your GP needs to do something, the letter says what. You should get a copy too.
        The hospital team does the other parts of your plan itself.
    .if-not = If your GP practice has not had the letter by the time shown, ring the hospital team. Ask them to send it.
    .ask =
        Does my GP need to do anything?
        Can I have a copy of the letter?
        Who will do each part of my plan?

after-appointment-gp-task =
    .title = If the letter asks your GP to do something
    .body =
        Sometimes the letter asks your GP to do a task, like a test or a new prescription.
        Wait until the letter has reached your GP. Then contact your GP practice to book it or ask about it.
        If the hospital team asked for a test themselves, they should tell you how to book it. They also give you the result.
    .if-not = If your GP practice is not sure what the letter asks, they can ask the hospital team. You can also ring the hospital team yourself.
    .ask =
        Who books this test, you or my GP?
        Who will tell me the result?

after-appointment-tests =
    .title = The hospital does its own tests
    .body =
        If the hospital team wants you to have more tests, they ask for them. They check the results and tell you what they mean.
        Where you have the test depends on where you live. Ask the hospital team where to go.
        Wherever the test is done, the hospital team that asked for it tells you the result.
    .if-not = If you have not heard about a result by the time you were told, ring the hospital team.
    .ask =
        Why do I need this test?
        Where do I go for it?
        How and when will you tell me the result?

after-appointment-next =
    .title = If you need to come back
    .body =
        If you need to see the team again, they should tell you how it will be set up. When the hospital wants to see you again, it books the visit or test itself.
        Some teams ask you to get in touch when you need them instead. This is called patient initiated follow-up. Ask how long you can do this for. The guide on follow-up says more.
        If you need to see a different hospital team for a linked problem, the hospital team sends you there. You do not need to go back to your GP first.
    .if-not = Were you told the hospital would book your next visit? If you have heard nothing by the time they said, ring the hospital team.
    .ask =
        Do I need to come back, and when?
        Will you book my next visit, or should I contact you?
        Do I need to see any other team?

after-appointment-questions =
    .title = If you have a question
    .body =
        The hospital must tell you how to get in touch with it. Look on your clinic letter or the hospital website.
        If you have a question about your hospital care, ask the hospital team. They should answer it themselves. They should not tell you to ask your GP.
    .if-not = If you cannot get an answer, ask for the patient advice team at the hospital. They help when things go wrong.
    .ask =
        What is the best way to reach you?
        Who do I ask about my new medicines?

after-appointment-problems =
    .title = If things go wrong
    .body =
        Sometimes things go wrong between your GP and the hospital. For example, each one may say the other should do a task.
        If this happens, ask for the hospital's patient advice team. This is often called PALS. They help when things go wrong.
        Each hospital also has a named lead. Their job is to help the hospital and GP practices work well together.
    .if-not = If the patient advice team cannot help, ask them how to make a complaint. You can also tell your GP practice.
    .ask =
        Who will sort this out?
        Can you tell the lead who works with GP practices about this?
