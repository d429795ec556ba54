# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = While you wait for a hospital visit
    .summary = Who looks after you while you wait, and who to tell if you get worse.
    .intro = You are on a list to see a hospital team. Here is who does what while you wait. It also says who to call if you get worse.
    .keywords = waiting list, waiting time, wait, how long, long wait, still waiting, getting worse, feeling worse, symptoms worse, new symptoms, sooner, speed up, hurry up, move up the list, appointment date, when is my appointment, my planned care, average wait, text from hospital, do you still need your appointment, blood pressure, stay well, other health problems, chase hospital

waiting-list =
    .title = The hospital keeps your place
    .body =
        The hospital team looks after the list and your place on it.
        You can look up the average wait on the My Planned Care website. It shows each hospital and each type of care. It is updated every week.
        It is only an average, so your own wait may be longer or shorter. The website does not show waits for cancer care.
    .if-not = If you have not heard from the hospital when you were told you would, ring the hospital team. Ask them to check you are on the list.
    .ask =
        About how long will I wait?
        Who do I ring if my plans change?
        Will you tell me if the wait gets longer?

waiting-check =
    .title = The hospital checks you still need to come
    .body =
        The hospital may get in touch to check you still need your visit. This is often a text.
        Please reply if you can. If you no longer need the visit, say so. Then someone else can have your place.
        If you do not reply, you do not lose your place just for that. The hospital will try to reach you another way, or ask your GP.
        Some texts that look like they are from the NHS are scams. The NHS will not ask you to pay or give your bank details. If you are not sure a text is real, do not use its link. Ring the number on your hospital letter.
    .if-not = If you missed the text, or replied by mistake, ring the hospital team and tell them.
    .ask =
        How will you get in touch with me?
        What if I miss your text?

waiting-care =
    .title = Your GP still looks after you
    .body =
        Your GP practice still looks after your other health problems. For example, they help keep your blood pressure under control.
        This matters. It helps make sure your hospital treatment is not held up.
        You can help too. Keep taking your medicines. Go to your check-ups.
        If you have a new problem that is not linked to the one you wait for, see your GP as usual.
    .if-not = If you are due a check-up and have not heard, contact your GP practice.
    .ask =
        What can I do to stay well while I wait?
        Are my other health problems under control?
        When is my next check-up?

waiting-worse =
    .title = If you get worse
    .body =
        If you get a lot worse, or have new symptoms that worry you, contact your GP practice or call NHS 111 the same day.
        In an emergency, call 999.
        Also tell the hospital team. A doctor there can check if you need to be seen sooner.
        Your GP can also ask the hospital to see you sooner, or make the referral urgent.
    .if-not = If the hospital team has not called you back by the end of the next working day, ring again. Do not wait for them if you feel worse: call your GP practice or NHS 111 the same day.
    .ask =
        What changes should make me call you?
        Who do I call at night or at the weekend?

waiting-questions =
    .title = If you have a question
    .body =
        If you have a question about your visit, ask the hospital team. The hospital must tell you how to reach it. Look on your letter or text.
        The hospital team should answer you themselves. They should not tell you to ask your GP.
        If you have waited a long time, you can ask about going to another hospital. Read the guide on your rights on the waiting list.
    .if-not = If you cannot get an answer, ask for the patient advice team at the hospital. They help when things go wrong.
    .ask =
        What is the best way to reach you?
        Who can I talk to about my place on the list?
