# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Your GP has sent you to a hospital team
    .summary = Who books your first visit, who to call while you wait, and what to do if you get worse.
    .intro = Your GP thinks a hospital team should see you. This is called a referral. Here is what happens next, and who does each part. If your GP said it is urgent, or that it could be cancer, read the guide on urgent referrals.
    .keywords = referral, referred, specialist, hospital letter, e-referral, booking, appointment, consultant, clinic, waiting list, routine referral

referral-sent =
    .title = Your GP sends the referral
    .body =
        Your GP writes to the hospital team. They say what the problem is and why you need to be seen.
        Your GP also says how soon you need to be seen. A referral can be routine or urgent.
        Sometimes the hospital asks for tests first, like a blood test. If so, your GP does these before the referral is sent.
        Often you can choose which hospital you go to. Ask your GP when they refer you.
    .if-not = Ask your GP when you should hear about the referral. If you have heard nothing by then, contact your GP practice. Ask them if the referral has been sent.
    .ask =
        Which hospital team are you sending me to?
        Is my referral routine or urgent?
        Can I choose which hospital I go to?
        Do I need any tests first?

referral-booking =
    .title = You get a letter, email or text to book
    .body =
        You may get a letter with a booking number and a password. Keep it safe.
        Or you may get an email or a text. It has a link to book on the NHS App or the NHS website.
        Use it to pick a date and time, or to ring the booking team.
        Some texts that look like they are from the NHS are scams. The NHS will not ask you to pay or give your bank details to book. If you are not sure, do not use the link. Ring the number on your letter, or ask your GP practice.
    .if-not = If nothing has come by the time your GP said, ring the number on your referral letter. If you have no letter, ask your GP practice.
    .ask =
        Can I have a phone or video call instead?
        Can I bring someone with me?

referral-waiting =
    .title = You wait for your first visit
    .body =
        The hospital team looks after your place on the list.
        The hospital may text you to check you still need to be seen. Reply if you can. If you do not reply, ring the hospital team. They will not take you off the list just because you did not reply.
        You can see the average wait for each hospital on the My Planned Care website. It is only an average.
        If you have a question about your visit, ask the hospital team. They should answer you, not send you back to your GP.
    .if-not = If you have not heard from the hospital when you were told you would, ring the hospital team.
    .ask =
        How long is the wait for this team?
        Who do I ring if my plans change?

referral-worse =
    .title = If you get worse while you wait
    .body =
        If you get a lot worse, or have new symptoms that worry you, contact your GP practice or call NHS 111 the same day.
        In an emergency, call 999.
        Also tell the hospital team. A doctor there can check if you need to be seen sooner.
        Your GP can also ask the hospital to see you sooner, or make the referral urgent.
    .if-not = If the hospital team has not called you back by the end of the next working day, ring again. Do not wait for them if you feel worse: call your GP practice or NHS 111 the same day.
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

referral-letter =
    .title = The hospital writes to your GP
    .body =
        After your visit, the hospital team writes to your GP if your GP needs to do something. This is called a clinic letter. You should get a copy too.
    .if-not = If your GP practice has not had the letter by the time shown, ring the hospital team. Ask them to send it.
    .ask =
        Will I get a copy of the letter?
        Is there anything my GP needs to do?

referral-after =
    .title = What the hospital does next
    .body =
        If you need more tests, the hospital team asks for them. They tell you the results.
        If you need to come back, the hospital team should tell you how this will be set up. Sometimes it is up to you to contact them.
        If you need to see another hospital team for a linked problem, the hospital sends you there. You do not need to go back to your GP first.
    .if-not = If you were told you would hear about a test or a visit and have not, ring the hospital team.
    .ask =
        Do I need to see you again?
        Will you book it, or should I contact you?
        Who tells me my test results?
