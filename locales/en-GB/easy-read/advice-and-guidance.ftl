# Easy Read: Your GP asked a specialist for advice.
# Facts: locales/en-GB/journeys/advice-and-guidance.ftl; sources: src/journeys/advice_and_guidance.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-advice-and-guidance =
    .title = Your GP asks a specialist for advice
    .gp = Your GP has asked a hospital specialist for advice about you.
    .hospital = A specialist is a doctor who knows a lot about one kind of health problem.

easy-advice-and-guidance-asked =
    .title = Your GP asks for advice
    .gp = Your GP wants to know what the specialist thinks. Your GP sends them a question.
    .online = It may be online, or by phone. This is called advice and guidance.
    .letter = A referral means a hospital team will see you. Advice can be instead of a referral. Or it can come first.
    .hospital = The specialist reads what your GP sends. They do not see you yet.
    .if-not = Not sure your GP sent the question? Ring your GP practice. Ask if it has gone.

easy-advice-and-guidance-reply =
    .title = The specialist writes back
    .gp = The specialist writes back to your GP, not to you.
    .clock = How long it takes depends on the hospital. Ask your GP when the reply should come.
    .if-not = Heard nothing by the time your GP said? Ring your GP practice. Ask if the reply has come.

easy-advice-and-guidance-worse =
    .title = If you get worse while you wait
    .gp = While you wait, ask your GP practice your questions.
    .help = A lot worse, or a new problem that worries you? Ring your GP practice the same day. Or call 111. Do not just wait for the reply.
    .emergency = In an emergency, call 999.
    .hospital = Your GP can tell the specialist. Or your GP can send you to the hospital fast.
    .if-not = No call back from your GP practice by the next working day? Ring again. Feel worse? Call 111 the same day.

easy-advice-and-guidance-next =
    .title = Your GP tells you what comes next
    .gp = Your GP tells you what the specialist said. Your GP may then follow the advice. For example, they may change your medicine or do a test.
    .hospital = Or the specialist may make it a referral. You then get a letter, email or text to book your visit.
    .letter = Sometimes your GP sent a referral, and it comes back with advice. Your GP should tell you what this means.
    .help = Not sure a text or email is real? Do not use its link. Ring your GP practice or the number on your letter.
    .if-not = Your GP has not told you what the specialist said? Ring your GP practice.
