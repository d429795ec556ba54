# Journey: After a hospital appointment.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = After a hospital visit
    .summary = What happens after you see a hospital team, and who does each thing.
    .intro = You have seen a hospital team at a clinic. Here is what happens next. It says who does each part, and who to ask.
    .keywords = after appointment, after clinic, outpatient, clinic letter, letter to GP, hospital letter, consultant letter, follow-up, follow up, next appointment, come back, more tests, results, who to contact, who to ask, questions, complaint, complain, PALS, patient advice, problem with hospital, GP and hospital, ask your GP, sent to another team

after-appointment-letter =
    .title = The hospital writes to your GP
    .body =
        After your visit, the hospital team writes a letter about it. This is called a clinic letter.
        If your GP needs to do something, the letter goes to your GP within 10 days. It says what your GP needs to do.
        The hospital team does the other parts of your plan itself.
    .if-not = If your GP has not had the letter after 2 weeks, ring the hospital team. Ask them to send it.
    .ask =
        Does my GP need to do anything?
        Can I have a copy of the letter?
        Who will do each part of my plan?

after-appointment-tests =
    .title = The hospital does its own tests
    .body =
        If the hospital team wants you to have more tests, they ask for them. They check the results and tell you what they mean.
        This is true even if you have blood taken at your GP surgery. Your GP often cannot see hospital test results.
    .if-not = If you have not heard about a result by the time you were told, ring the hospital team.
    .ask =
        Why do I need this test?
        How and when will you tell me the result?

after-appointment-next =
    .title = If you need to come back
    .body =
        If you need to see the team again, they should tell you how this will be booked. Most of the time they book it.
        If you need to see a different hospital team for a linked problem, the hospital team sends you there. You do not need to go back to your GP first.
    .if-not = Were you told you would see the team again? If you have heard nothing, ring the hospital team.
    .ask =
        Do I need to come back, and when?
        Who will book my next visit?
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
