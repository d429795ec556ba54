# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Moving from children's care to adult care
    .summary = Who plans your move to adult care, and who to contact before and after it.
    .intro = You have a health problem that lasts a long time. This is called a long-term condition. As you get older, your care moves from the children's team to adult services. Here is who does what.
    .keywords = moving to adult care, adult services, transition, transfer, growing up, turning 16, turning 18, teenager, young person, young adult, children's hospital, long-term condition, adult clinic, leaving children's services

moving-to-adult-care-plan =
    .title = Your children's team plans the move
    .body =
        Your children's team at the hospital plans your move to adult care. They should start talking to you about it by school Year 9, when you are 13 or 14.
        You should have one named worker who helps you plan. Ask who that is.
        You can bring a parent or carer with you, if you want to. You can also ask to see the doctor on your own for part of each visit.
    .if-not = If no one has talked to you about moving, ask your children's team. You can ask at your next visit.
    .ask =
        When will I move to adult care?
        Who is my named worker?
        Can I see you on my own for part of the visit?

moving-to-adult-care-before =
    .title = Before the move
    .body =
        Until the move, your children's team is still in charge of your care.
        You should be able to meet someone from the adult team before you move.
        Contact your children's team if you have questions, or if your condition gets worse. If you feel unwell and are not sure what to do, call your GP practice or NHS 111 the same day. In an emergency, call 999.
    .if-not = If the children's team has not called you back by the end of the next working day, ring again. If you feel worse, call NHS 111 or your GP the same day.
    .ask =
        Who do I contact until I move?
        Can I meet the adult team before I move?

moving-to-adult-care-adult-team =
    .title = The adult team takes over
    .body =
        After the move, an adult team at the hospital may look after your condition.
        Your named worker should stay in touch for about 6 months after the move, to check it has gone well.
        Each part of your care should have one team in charge. You should know which team that is. Keep their phone number somewhere safe.
    .if-not = If you do not know who is in charge now, ask your named worker. Or ask your GP practice.
    .ask =
        Which team is in charge of my care now?
        How do I contact you?
        How often will I see you?

moving-to-adult-care-gp =
    .title = Your GP may be your main doctor
    .body =
        At this point, your GP may become your main doctor. This means your GP practice looks after more of your care.
        Ask your children's team if this will happen for you.
        Your GP practice is also the place to go for new health problems.
    .if-not = If you are not sure whether your GP is now your main doctor, ask your GP practice.
    .ask =
        Are you now my main doctor?
        Do you have my letters from the hospital?
        Who do I call if my condition gets worse?
