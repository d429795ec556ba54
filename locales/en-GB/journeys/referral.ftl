# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Your GP has sent you to a hospital team
    .summary = Who books your first visit, how long it takes, and who to call while you wait.
    .intro = Your GP thinks a hospital team should see you. This is called a referral. Here is what happens next, and who does each part.
    .keywords = referral, referred, specialist, hospital letter, e-referral, booking, appointment, consultant, clinic, waiting list

referral-sent =
    .title = Your GP sends the referral
    .body =
        Your GP writes to the hospital team. They say what the problem is and why you need to be seen.
        Sometimes the hospital asks for tests first, like a blood test. If so, your GP does these before the referral is sent.
    .if-not = If you have heard nothing after 2 weeks, contact your GP practice. Ask them if the referral has been sent.
    .ask =
        Which hospital team are you sending me to?
        Do I need any tests first?
        Will it be marked as urgent?

referral-booking =
    .title = You get a letter, email or text to book
    .body =
        You may get a letter with a booking number and a password. Keep it safe.
        Or you may get an email or text from "NHS Referrals". It has a link that opens the NHS App or the NHS website.
        Use it to pick a date and time, or to ring the booking team.
    .if-not = If nothing comes within 2 weeks, ring the number on your referral letter. If you have no letter, ask your GP practice.
    .ask =
        Can I choose which hospital I go to?
        Can I have a phone or video call instead?
        Can I bring someone with me?

referral-waiting =
    .title = You wait for your first visit
    .body =
        The hospital team looks after your place on the list. Your GP cannot make the visit come sooner.
        The hospital may text you to check you still need to be seen. Please answer, or you may lose your place.
        You can see the average wait for each hospital on the My Planned Care website. It is only an average.
        If you have a question about your visit, ask the hospital team. They should answer you, not send you back to your GP.
    .if-not = If you have not heard from the hospital when you were told you would, ring the hospital team.
    .ask =
        How long is the wait for this team?
        Who do I ring if my plans change?

referral-worse =
    .title = If you get worse while you wait
    .body =
        If the problem you were sent for gets worse, tell the hospital team. They decide if you should be seen sooner.
        If you feel unwell and are not sure what to do, call your GP practice or NHS 111.
        In an emergency, call 999.
        If you have a new problem that is not linked to this one, see your GP as usual.
    .if-not = If the hospital team does not call you back, ring again. If you feel worse, call NHS 111 or your GP.
    .ask =
        What changes should make me call you?
        Can I be seen sooner if I get worse?

referral-appointment =
    .title = Your first visit
    .body =
        You see the hospital team. They may talk with you, examine you or do tests.
        Take your letter, a list of your medicines and any questions you have.
        If you cannot go, tell the hospital team as soon as you can so they can give your slot to someone else.
    .if-not = If your visit is cancelled, the hospital team should give you a new date. Ring them if you have not had one.
    .ask =
        What do you think the problem is?
        What happens next, and who will do it?
        Who do I call if I have a question later?

referral-after =
    .title = After your visit
    .body =
        The hospital team writes to your GP within 10 days if your GP needs to do something. You should get a copy too.
        If you need more tests, the hospital team does them and tells you the results.
        If you need to see another hospital team for a linked problem, the hospital sends you there. You do not need to go back to your GP first.
    .if-not = If you have not had a letter after 2 weeks, ring the hospital team.
    .ask =
        Will I get a copy of the letter?
        Do I need to see you again?
        Is there anything my GP needs to do?
