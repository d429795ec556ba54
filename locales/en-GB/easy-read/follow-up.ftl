# Easy Read: What happens after a clinic visit.
# Facts: locales/en-GB/journeys/follow-up.ftl; sources: src/journeys/follow_up.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-follow-up =
    .title = What happens after a clinic visit
    .hospital = After a clinic visit, the hospital team says what happens next.
    .calendar = They may see you again. Or they may ask you to get in touch when you need them.
    .gp = Or they may send you back to your GP. This says who does what each time.

easy-follow-up-choice =
    .title = The hospital team says what comes next
    .hospital = At the end of a clinic visit, the hospital team tells you what happens next.
    .calendar = They may book another visit or test. Or they may ask you to get in touch when you need them.
    .gp = Or they may let you go. This is called discharge. It means your GP looks after you again.
    .letter = They should tell you which one it is. It is also in your clinic letter.
    .if-not = Not sure which one is for you? Ring the hospital team and ask.

easy-follow-up-recall =
    .title = The hospital books its own visits and tests
    .hospital = Does the hospital team want to see you again, or do a test again? It books this itself.
    .calendar = This includes checks that come back every year.
    .gp = Your GP does not book hospital visits or tests for you.
    .if-not = Told about a visit or test that is not booked by the time they said? Ring the hospital team.

easy-follow-up-patient-initiated =
    .title = If you are asked to get in touch yourself
    .phone = Some teams do not book another visit. Instead, you get in touch if you need them. This is called patient initiated follow-up, or PIFU.
    .hospital = The team gives you a phone number. They tell you the signs to call about. They tell you how long you can do this for.
    .gp = Not called by the end of that time? The team may discharge you to your GP. They should tell you first.
    .if-not = Cannot get through when you call? Try again the next working day. Feel worse? Ring your GP practice or call 111 the same day.

easy-follow-up-discharged =
    .title = If the hospital team has finished
    .hospital = Discharged means the hospital team has finished. Your GP practice looks after you again.
    .letter = The clinic letter tells your GP what to do next. It also says what to look out for.
    .gp = Problem comes back or gets worse? Ring your GP practice. Your GP can send you to the hospital again if you need it.
    .if-not = Think you were discharged by mistake? Ring the hospital team and ask.

easy-follow-up-worse =
    .title = If you get worse
    .gp = Got a lot worse? Or new signs that worry you? Ring your GP practice the same day.
    .nhs-111 = Or call 111 the same day.
    .emergency = In an emergency, call 999.
    .hospital = Got a number for the hospital team? Tell them too.
    .if-not = No call back by the end of the next working day? Ring again. Feel worse? Call 111 the same day.
