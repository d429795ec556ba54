# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = If you miss or cancel a hospital visit
    .summary = What to do if you cannot go to a hospital visit, and who books a new one.
    .intro = Sometimes you cannot go to a hospital visit. Here is what to do, and who sorts out a new date. Most of the time you should not have to start again with your GP.
    .keywords = missed appointment, missed, miss, forgot, forgot my appointment, cancel, cancelled, canceled, can't go, cannot go, cannot make it, change appointment, move appointment, rearrange, reschedule, rebook, new date, did not attend, DNA, discharged, discharge letter, hospital cancelled, operation cancelled, surgery cancelled, hospital moved my appointment, referred again, back to GP

missed-appointments-tell =
    .title = Tell the hospital as soon as you can
    .body =
        If you cannot go to a hospital visit, tell the hospital team as soon as you can. Use the number on your letter or text.
        Then they can give your slot to someone else.
        While you talk to them, ask for a new date.
    .if-not = If you cannot get through, try again the next working day. Some hospitals also let you change your visit online or by text.
    .ask =
        Can I have a new date now?
        Can I have a phone or video call instead?

missed-appointments-rebook =
    .title = The hospital books a new date
    .body =
        The hospital team books your new date. Your GP does not do this.
        If you missed your visit and did not tell them, ring the hospital team as soon as you can. Tell them you still need to be seen.
        A hospital should not have a rule that sends everyone who misses a visit back to their GP.
    .if-not = If the hospital tells you to go back to your GP, ask them why. Ask if they can give you a new date instead.
    .ask =
        When is my new date?
        What happens if I miss another visit?

missed-appointments-discharged =
    .title = If you get a letter saying you are discharged
    .body =
        After a missed visit, a doctor at the hospital looks at your notes. They may decide you do not need to be seen. Then they send you and your GP a letter. This is called a discharge letter.
        If you still have the problem, ring the hospital team first. Tell them why you missed the visit. Ask if they can see you.
        If they cannot, contact your GP practice. Your GP can refer you again if you still need it.
    .if-not = If you are not sure if you are still on the list, ring the hospital team and ask. Do not wait to find out.
    .ask =
        Am I still on your list?
        Can you see me, now that I have explained?

missed-appointments-hospital-cancels =
    .title = If the hospital cancels
    .body =
        Sometimes the hospital has to cancel or move your visit.
        If this happens, the hospital team should give you a new date. This is their job, not your GP's.
        The hospital may cancel your operation on the day, for a reason that is not about your health. Then it should offer you a new date within 28 days. If it cannot, it should pay for you to have it at another hospital.
        If you get worse while you wait, contact your GP practice or NHS 111 the same day, and tell the hospital team. In an emergency, call 999.
    .if-not = If you have not had a new date, ring the hospital team.
    .ask =
        Why was my visit cancelled?
        When will I get a new date?
