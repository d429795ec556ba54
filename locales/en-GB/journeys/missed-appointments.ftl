# Journey: If you miss or cancel a hospital appointment.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = If you miss or cancel a hospital visit
    .summary = What to do if you cannot go to a hospital visit, and who books a new one.
    .intro = Sometimes you cannot go to a hospital visit. Here is what to do, and who sorts out a new date. You should not have to start again with your GP.
    .keywords = missed appointment, missed, miss, forgot, forgot my appointment, cancel, cancelled, canceled, can't go, cannot go, cannot make it, change appointment, move appointment, rearrange, reschedule, rebook, new date, did not attend, DNA, hospital cancelled, hospital moved my appointment, referred again, back to GP

missed-appointments-tell =
    .title = Tell the hospital as soon as you can
    .body =
        If you cannot go to a hospital visit, tell the hospital team as soon as you can. Use the number on your letter or text.
        Then they can give your slot to someone else.
        While you talk to them, ask for a new date.
    .if-not = If you cannot get through, keep trying. Some hospitals also let you change your visit online or by text.
    .ask =
        Can I have a new date now?
        Can I have a phone or video call instead?

missed-appointments-rebook =
    .title = The hospital books a new date
    .body =
        The hospital team books your new date. Your GP does not do this.
        If you missed your visit and did not tell them, ring the hospital team as soon as you can. Tell them you still need to be seen.
        The hospital should not just send you back to your GP to be referred again.
    .if-not = If the hospital tells you to go back to your GP, ask them why. Ask if they can give you a new date instead.
    .ask =
        When is my new date?
        What happens if I miss another visit?

missed-appointments-hospital-cancels =
    .title = If the hospital cancels
    .body =
        Sometimes the hospital has to cancel or move your visit.
        If this happens, the hospital team should give you a new date. This is their job, not your GP's.
        If you get worse while you wait, tell the hospital team. If you feel unwell, call your GP practice or NHS 111. In an emergency, call 999.
    .if-not = If you have not had a new date, ring the hospital team.
    .ask =
        Why was my visit cancelled?
        When will I get a new date?
