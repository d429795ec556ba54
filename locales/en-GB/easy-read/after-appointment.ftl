# Easy Read: After you see a hospital team.
# Facts: locales/en-GB/journeys/after-appointment.ftl; sources: src/journeys/after_appointment.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-after-appointment =
    .title = After you see a hospital team
    .hospital = You have seen a hospital team at a clinic.
    .help = This says what happens next. It says who does each part, and who to ask.

easy-after-appointment-letter =
    .title = The hospital writes to your GP
    .letter = After your visit, the hospital team writes a letter about it. This is called a clinic letter.
    .gp = If your GP needs to do something, the letter says what. You should get a copy too.
    .hospital = The hospital team does the other parts of your plan itself.
    .clock = The letter should reach your GP within 7 days of your visit.
    .if-not = Your GP has not had the letter after 7 days? Ring the hospital team. Ask them to send it.

easy-after-appointment-gp-task =
    .title = If the letter asks your GP to do something
    .letter = Sometimes the letter asks your GP to do a task. It may be a test or a new medicine.
    .gp = Wait until the letter has reached your GP. Then ring your GP practice to book it or ask about it.
    .hospital = Did the hospital team ask for a test? They should tell you how to book it. They give you the result too.
    .if-not = Your GP practice is not sure what the letter asks? They can ask the hospital team. You can also ring the hospital team yourself.

easy-after-appointment-tests =
    .title = The hospital does its own tests
    .test = Need more tests? The hospital team asks for them. They check the results and tell you what they mean.
    .hospital = Where you have the test depends on where you live. Ask the hospital team where to go.
    .results = Wherever it is done, the team that asked for it tells you the result.
    .if-not = Not heard about a result by the time they said? Ring the hospital team.

easy-after-appointment-next =
    .title = If you need to come back
    .hospital = Need to see the team again? They should tell you how it will be set up.
    .calendar = When the hospital wants to see you again, it books the visit or test itself.
    .phone = Some teams ask you to get in touch when you need them. This is called patient initiated follow-up. Ask how long you can do this for. The Easy Read guide on follow-up says more.
    .hospital-2 = Need a different hospital team for a linked problem? The hospital team sends you there. You do not need to go back to your GP first.
    .if-not = Were you told the hospital would book your next visit? Heard nothing by the time they said? Ring the hospital team.

easy-after-appointment-questions =
    .title = If you have a question
    .letter = The hospital must tell you how to reach it. Look on your clinic letter or the hospital website.
    .talk = Got a question about your hospital care? Ask the hospital team.
    .hospital = The hospital team should answer it themselves. They should not tell you to ask your GP.
    .if-not = Cannot get an answer? Ask for the patient advice team at the hospital. They help when things go wrong.

easy-after-appointment-problems =
    .title = If things go wrong
    .gp = Sometimes things go wrong between your GP and the hospital. For example, each may say the other should do a task.
    .help = If this happens, ask for the hospital's patient advice team. This is often called PALS. They help when things go wrong.
    .person = Each hospital also has a named lead. Their job is to help the hospital and GP practices work well together.
    .if-not = The patient advice team cannot help? Ask them how to make a complaint. You can also tell your GP practice.
