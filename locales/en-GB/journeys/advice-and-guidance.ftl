# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Your GP asked a specialist for advice
    .summary = Why your GP asked for advice first, who tells you the reply, and who to call while you wait.
    .intro = Your GP has asked a hospital specialist for advice about you. A specialist is a doctor who knows a lot about one kind of health problem. Here is what happens next, and who does each part.
    .keywords = advice and guidance, A and G, advice, specialist advice, GP asked for advice, second opinion, hospital doctor, consultant, e-referral, referral sent back, referral returned, waiting for reply

advice-and-guidance-asked =
    .title = Your GP asks for advice
    .body =
        Your GP wants a specialist's view on your problem. So your GP sends them a question. This may be online, or by phone.
        This is called advice and guidance. It can be instead of a referral. Or it can come before one.
        The specialist reads what your GP sends. They do not see you at this point.
    .if-not = If you are not sure your GP has sent the question, contact your GP practice. Ask them if it has gone.
    .ask =
        What are you asking the specialist?
        How will you tell me the reply?
        Can I still be sent to the hospital later?

advice-and-guidance-reply =
    .title = The specialist writes back
    .body =
        The specialist replies to your GP, not to you.
        How long this takes depends on the hospital. Ask your GP when they expect the reply.
    .if-not = If you have heard nothing by the time your GP said, contact your GP practice. Ask them if the reply has come.
    .ask =
        When do you think the reply will come?
        Will you call me, or should I call you?

advice-and-guidance-worse =
    .title = If you get worse while you wait
    .body =
        While you wait for the reply, your GP practice is the place to go with questions.
        If you get a lot worse, or have new symptoms that worry you, contact your GP practice or call NHS 111 the same day. Do not just wait for the reply.
        In an emergency, call 999.
        Your GP can tell the specialist, or make an urgent referral.
    .if-not = If your GP practice has not got back to you by the end of the next working day, call again. If you feel worse, call NHS 111 the same day.
    .ask =
        What changes should make me call you?
        Can you tell the specialist that I am worse?

advice-and-guidance-next =
    .title = Your GP tells you what comes next
    .body =
        Your GP tells you what the specialist said. Then one of two things happens.
        Your GP may act on the advice. For example, they may change your medicine or do a test.
        Or the specialist may turn the question into a referral. This means a hospital team will see you. You then get a letter, email or text to book your visit.
        Sometimes a referral your GP sent is sent back with advice, instead of a visit. Your GP should tell you what this means for you.
        If you are not sure a text or email is real, do not use its link. Ring your GP practice or the number on your letter.
    .if-not = If your GP has not told you what the specialist said, contact your GP practice.
    .ask =
        What did the specialist say?
        What happens next, and who will do it?
        Do I need to see the hospital team?
