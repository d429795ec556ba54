# Easy Read: Moving from children's care to adult care.
# Facts: locales/en-GB/journeys/moving-to-adult-care.ftl; sources: src/journeys/moving_to_adult_care.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-moving-to-adult-care =
    .title = Moving from children's care to adult care
    .young-person = You have a health problem that lasts a long time. This is called a long-term condition.
    .hospital = As you get older, your care moves from the children's team to adult care.
    .person = This guide says who does what.

easy-moving-to-adult-care-plan =
    .title = Your children's team plans the move
    .hospital = Your children's team at the hospital plans your move to adult care.
    .calendar = They should start to talk to you about it by school Year 9. That is when you are 13 or 14.
    .person = You should have one named worker who helps you plan. Ask who that is.
    .parent = You can bring a parent or carer, if you want to. You can also ask to see the doctor alone for part of each visit.
    .if-not = No one has talked to you about the move? Ask your children's team. You can ask at your next visit.

easy-moving-to-adult-care-before =
    .title = Before the move
    .hospital = Until the move, your children's team is still in charge of your care. You should be able to meet someone from the adult team first.
    .phone = Questions, or your condition gets worse? Talk to your children's team.
    .nhs-111 = Feel unwell and not sure what to do? Ring your GP practice or call 111 the same day.
    .emergency = In an emergency, call 999.
    .if-not = No call back from the children's team by the end of the next working day? Ring again. Feel worse? Call 111 or your GP the same day.

easy-moving-to-adult-care-adult-team =
    .title = The adult team takes over
    .hospital = After the move, an adult team at the hospital may look after your health problem.
    .person = Your named worker should stay in touch for about 6 months after the move. They check it has gone well.
    .phone = Each part of your care should have one team in charge. You should know which team that is. Keep their phone number safe.
    .if-not = Not sure who is in charge now? Ask your named worker. Or ask your GP practice.

easy-moving-to-adult-care-gp =
    .title = Your GP may be your main doctor
    .gp = Now your GP may become your main doctor. This means your GP practice looks after more of your care.
    .hospital = Ask your children's team if this will happen for you.
    .gp-2 = Your GP practice is also where to go for new health problems.
    .if-not = Not sure if your GP is now your main doctor? Ask your GP practice.
