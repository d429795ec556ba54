# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = The hospital sends you to another team
    .summary = When a hospital team sends you straight to another team, without going back to your GP.
    .intro = Sometimes a hospital team finds you need to see a different team. Often they can send you there themselves. Here is how it works, and who to ask.
    .keywords = onward referral, referred on, sent on, another team, another specialist, different specialist, second specialist, different department, another clinic, new problem, linked problem, urgent tests, urgent treatment, hospital referral, do I need to see my GP, back to GP, transfer

onward-referral-direct =
    .title = The hospital sends you straight there
    .body =
        The hospital team may find you need to see another team. They send you there themselves when the new problem is linked to why you were first sent.
        They also do this when you need urgent tests or treatment. One example is if they think you might have cancer.
        You do not need to go back to your GP for this.
    .if-not = Is the hospital team telling you to go back to your GP? If the problem is linked or urgent, ask them to send you on themselves.
    .ask =
        Which team are you sending me to, and why?
        Is it urgent?
        Will you tell my GP?

onward-referral-hear =
    .title = You hear from the new team
    .body =
        The new team gets in touch to book your visit. This is often by letter, text or phone call.
        Keep your contact details up to date with the hospital, so the new team can reach you.
        If you are not sure a text or call is really from the hospital, ring the number on your hospital letter.
    .if-not = If you have not heard when you were told you would, ring the team who sent you. Ask them to check the referral was sent.
    .ask =
        When should I hear from the new team?
        How will they get in touch?

onward-referral-questions =
    .title = Who to ring with questions
    .body =
        If you have a question about why you were sent on, ring the team who sent you.
        If you have a question about your new visit, ring the new team. Their number is on your letter or text.
        Both teams should answer your questions themselves. They should not tell you to ask your GP.
        If you get a lot worse while you wait, contact your GP practice or NHS 111 the same day, and tell the hospital team. In an emergency, call 999.
    .if-not = If you cannot get an answer, ask for the patient advice team at the hospital. They help when things go wrong.
    .ask =
        Who is in charge of my care now?
        Who do I ring if I get worse?

onward-referral-not-linked =
    .title = If the new problem is not linked
    .body =
        If the new problem is not linked and not urgent, the hospital team may not send you on. They may write to your GP about it instead.
        Ask the hospital team what you should do next.
        For any new problem that worries you, you can see your GP as usual.
    .if-not = If you are not sure who is dealing with the new problem, ask the hospital team. You can also ask your GP practice.
    .ask =
        Who will deal with this new problem?
        Will you write to my GP about it?
