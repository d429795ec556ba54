# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = What happens after a clinic visit
    .summary = Who books your next visit or test, when to get in touch yourself, and what happens when the clinic is done.
    .intro = After you go to a clinic, the hospital team says what happens next. They may see you again, ask you to get in touch when you need them, or send you back to your GP. Here is who does what in each case.
    .keywords = follow-up, follow up, patient initiated follow-up, PIFU, open appointment, see on symptoms, contact us if you need us, discharged from clinic, discharged to GP, back to my GP, next appointment, repeat scan, recall, check-up, annual review

follow-up-choice =
    .title = The hospital team says what comes next
    .body =
        At the end of a clinic visit, the hospital team tells you what happens next.
        They may book another visit or test. They may ask you to get in touch when you need them. Or they may discharge you. This means your GP looks after you again.
        They should tell you which one it is. It is also in your clinic letter.
    .if-not = If you are not sure which one applies to you, ring the hospital team and ask.
    .ask =
        Will I see you again?
        Will you book it, or should I contact you?

follow-up-recall =
    .title = The hospital books its own visits and tests
    .body =
        If the hospital team wants to see you again or repeat a test, it books this itself. This includes checks that come back every year.
        Your GP does not book hospital visits or tests for you.
    .if-not = If a visit or test you were told about has not been booked by the time they said, ring the hospital team.
    .ask =
        When will I next see you?
        Who books my next test?

follow-up-patient-initiated =
    .title = If you are asked to get in touch yourself
    .body =
        Some teams do not book another visit. Instead, you get in touch with them if you need them. This is called patient initiated follow-up, or PIFU.
        The team gives you a phone number, the signs to call about, and how long you can do this for.
        If you have not called by the end of that time, the team may discharge you to your GP. They should tell you before they do this.
    .if-not = If you call and cannot get through, try again the next working day. If you feel worse, contact your GP practice or NHS 111 the same day.
    .ask =
        What signs should make me contact you?
        How long can I contact you for?
        What happens at the end of that time?

follow-up-discharged =
    .title = If the clinic discharges you
    .body =
        Being discharged means the hospital team has finished. Your GP practice looks after you again.
        The clinic letter tells your GP what to do next, and what to look out for.
        If the problem comes back or gets worse, contact your GP practice. Your GP can refer you again if you need it.
    .if-not = If you think you were discharged by mistake, ring the hospital team and ask.
    .ask =
        Why are you discharging me?
        What should make me go back to my GP?

follow-up-worse =
    .title = If you get worse
    .body =
        If you get a lot worse, or have new symptoms that worry you, contact your GP practice or call NHS 111 the same day. In an emergency, call 999.
        If you have a number for the hospital team, tell them too.
    .if-not = If no one has called you back by the end of the next working day, ring again. If you feel worse, call NHS 111 the same day.
    .ask =
        Who do I call at night or at the weekend?
