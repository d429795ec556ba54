# Journey: Your GP asked a specialist for advice first.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Your GP asked a specialist for advice
    .summary = Why your GP asked for advice first, how long the reply takes, and who to call while you wait.
    .intro = Your GP has asked a hospital specialist for advice about you. A specialist is a doctor who knows a lot about one kind of health problem. Here is what happens next, and who does each part.
    .keywords = advice and guidance, A and G, advice, specialist advice, GP asked for advice, second opinion, hospital doctor, consultant, e-referral, referral, waiting for reply

advice-and-guidance-asked =
    .title = Your GP asks for advice
    .body =
        Your GP wants a specialist's view on your problem. So your GP sends them a question online. They use the e-Referral Service to do this.
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
        The specialist writes back to your GP, not to you.
        It often takes about 2 weeks. This depends on the hospital. One hospital aims to reply within 10 working days.
    .if-not = If you have heard nothing after 3 weeks, contact your GP practice. Ask them if the reply has come.
    .ask =
        When do you think the reply will come?
        Will you call me, or should I call you?

advice-and-guidance-worse =
    .title = If you get worse while you wait
    .body =
        While you wait for the reply, your GP practice is the place to go with questions.
        If the problem gets worse, tell your GP practice. Do not just wait for the reply.
        If you feel unwell and are not sure what to do, call your GP practice or NHS 111.
        In an emergency, call 999.
    .if-not = If your GP practice does not get back to you, call again. If you feel worse, call NHS 111.
    .ask =
        What changes should make me call you?
        Can you tell the specialist that I am worse?

advice-and-guidance-next =
    .title = Your GP tells you what comes next
    .body =
        Your GP tells you what the specialist said. Then one of two things happens.
        Your GP may act on the advice. For example, they may change your medicine or do a test.
        Or the specialist may turn the question into a referral. This means a hospital team will see you.
        If so, you get a letter, email or text to book your visit. It may come from "NHS Referrals".
    .if-not = If your GP has not told you what the specialist said, contact your GP practice.
    .ask =
        What did the specialist say?
        What happens next, and who will do it?
        Do I need to see the hospital team?
