# Easy Read: If you miss or cancel a hospital visit.
# Facts: locales/en-GB/journeys/missed-appointments.ftl; sources: src/journeys/missed_appointments.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-missed-appointments =
    .title = If you miss or cancel a hospital visit
    .calendar = Sometimes you cannot go to a hospital visit.
    .help = This says what to do, and who sorts out a new date.
    .gp = Most of the time you should not have to start again with your GP.

easy-missed-appointments-tell =
    .title = Tell the hospital as soon as you can
    .phone = Cannot go? Tell the hospital team as soon as you can. Use the number on your letter or text.
    .person = Then they can give your time to someone else.
    .calendar = While you talk to them, ask for a new date.
    .if-not = Cannot get through? Try again the next working day. Some hospitals let you change your visit online or by text.

easy-missed-appointments-rebook =
    .title = The hospital books a new date
    .hospital = The hospital team books your new date. Your GP does not do this.
    .phone = Missed your visit and did not tell them? Ring the hospital team as soon as you can. Tell them you still need to be seen.
    .gp = Hospitals should not have a rule that sends everyone who misses back to their GP.
    .if-not = Told to go back to your GP? Ask the hospital why. Ask if they can give you a new date instead.

easy-missed-appointments-discharged =
    .title = If you get a discharge letter
    .hospital = After a missed visit, a hospital doctor looks at your notes. They may decide you do not need to be seen.
    .letter = Then they send you and your GP a letter. This is called a discharge letter.
    .phone = Still have the problem? Ring the hospital team first. Tell them why you missed the visit. Ask if they can see you.
    .gp = If they cannot, ring your GP practice. Your GP can send you to the hospital again if you still need it.
    .if-not = Not sure if you are still on the list? Ring the hospital team and ask. Do not wait to find out.

easy-missed-appointments-hospital-cancels =
    .title = If the hospital cancels
    .hospital = Sometimes the hospital has to cancel or move your visit. The hospital team should give you a new date. This is their job, not your GP's.
    .calendar = The hospital may cancel your operation on the day, not because of your health. Then it should offer you a new date within 28 days.
    .money = If it cannot, it should pay for you to have it at another hospital.
    .gp = Worse while you wait? Ring your GP practice or call 111 the same day. Tell the hospital team too. In an emergency, call 999.
    .if-not = Not had a new date? Ring the hospital team.
