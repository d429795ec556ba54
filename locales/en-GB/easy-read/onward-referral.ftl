# Easy Read: The hospital sends you to another team.
# Facts: locales/en-GB/journeys/onward-referral.ftl; sources: src/journeys/onward_referral.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-onward-referral =
    .title = The hospital sends you to another team
    .hospital = Your hospital team may find you need to see a new team.
    .hospital-2 = Often they can send you there themselves.
    .talk = Here is how it works, and who to ask.

easy-onward-referral-direct =
    .title = The hospital sends you straight there
    .hospital = The hospital team may find you need to see another team.
    .letter = They send you there if the new problem is linked to your first one.
    .clock = They also do this if you need tests or care fast. One example is if it might be cancer.
    .gp = You do not need to go back to your GP for this.
    .if-not = Told to go back to your GP? If it is linked or urgent, ask the hospital team to send you on.

easy-onward-referral-hear =
    .title = You hear from the new team
    .phone = The new team gets in touch to book your visit. It may be a letter, text or call.
    .home = Tell the hospital if your phone number or address changes. Then the new team can reach you.
    .help = Not sure a text or call is really from the hospital? Ring the number on your hospital letter.
    .if-not = Not heard when they said? Ring the team who sent you. Ask them to check they sent it.

easy-onward-referral-questions =
    .title = Who to ring with questions
    .talk = A question about why you were sent on? Ring the team who sent you.
    .phone = A question about your new visit? Ring the new team. The number is on your letter or text.
    .hospital = Both teams should answer you. They should not tell you to ask your GP.
    .gp = A lot worse while you wait? Ring your GP practice or call 111 the same day. Tell the hospital team too. In an emergency, call 999.
    .if-not = No answer? Ask for the patient advice team at the hospital. They help when things go wrong.

easy-onward-referral-not-linked =
    .title = If the new problem is not linked
    .hospital = The new problem may not be linked, and not urgent. Then the hospital team may not send you on.
    .letter = They may write to your GP about it instead.
    .talk = Ask the hospital team what you should do next.
    .gp = A new problem that worries you? You can see your GP as usual.
    .if-not = Not sure who is dealing with the new problem? Ask the hospital team. Or ask your GP practice.
