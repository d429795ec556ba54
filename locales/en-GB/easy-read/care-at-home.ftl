# Easy Read: Care at home after a hospital stay.
# Facts: locales/en-GB/journeys/care-at-home.ftl; sources: src/journeys/care_at_home.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-care-at-home =
    .title = Help at home after a hospital stay
    .home = Some people need help at home after a stay in hospital.
    .hospital = Some are cared for at home by a hospital team. They do not stay on a ward.
    .phone = This guide says who does what, and who to ring.

easy-care-at-home-plan =
    .title = The ward team plans help with you
    .bed = Before you leave hospital, the ward team talks with you. They ask what help you need at home.
    .person = They should tell you who will come, and when. They should tell you how to reach them.
    .letter = Ask for this in writing.
    .person-2 = Does someone care for you at home? They can be part of this talk too.
    .if-not = Think you need help at home, but no one has talked to you about it? Ask the ward staff before you leave.

easy-care-at-home-nurse =
    .title = A nurse or carer may visit
    .person = A nurse may visit you at home. This is called a district nurse. They can change dressings, give injections and check how you are.
    .home = Some people get help for a short time to do things for themselves again. This is sometimes called reablement.
    .phone = The team that visits gives you their phone number.
    .if-not = A visit you were told about did not happen? Ring the number the team gave you. No number? Ring the ward or your GP practice.

easy-care-at-home-virtual-ward =
    .title = If you are on a virtual ward
    .hospital = A hospital team cares for you at home, not on a ward. This is called a virtual ward. It is also called hospital at home.
    .phone = The team may visit you or ring you. Or they may check you with kit you use at home.
    .hospital-2 = On the virtual ward, the hospital team is in charge of your care.
    .clock = They tell you how to reach them, day and night.
    .if-not = Cannot reach the team, and you feel worse? Call 111. In an emergency, call 999.

easy-care-at-home-worse =
    .title = If you get worse at home
    .phone = If you get worse, first ring the team that looks after you at home. Do this if you have their number.
    .gp = Cannot reach them? Ring your GP practice the same day.
    .nhs-111 = Or call 111 the same day.
    .emergency = In an emergency, call 999.
    .if-not = No one has called you back, and you feel worse? Call 111. Do not wait.
