# Easy Read: While you wait for a hospital visit.
# Facts: locales/en-GB/journeys/waiting.ftl; sources: src/journeys/waiting.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-waiting =
    .title = While you wait for a hospital visit
    .hospital = You are on a list to see a hospital team.
    .help = This says who does what while you wait.
    .phone = It also says who to ring if you get worse.

easy-waiting-list =
    .title = The hospital keeps your place
    .hospital = The hospital team looks after the list and your place on it.
    .online = You can look up the average wait on the My Planned Care website. It shows each hospital and each type of care. It is updated every week.
    .clock = It is only an average. Your own wait may be longer or shorter.
    .help = The website does not show waits for cancer care.
    .if-not = Not heard when they said you would? Ring the hospital team. Ask them to check you are on the list.

easy-waiting-check =
    .title = The hospital checks you still need to come
    .text-message = The hospital may get in touch to check you still need your visit. This is often a text.
    .you = Please reply if you can. If you no longer need the visit, say so. Then someone else can have your place.
    .hospital = You do not lose your place just because you did not reply. The hospital will try another way, or ask your GP.
    .money = Some texts are scams. The NHS never asks you to pay or give bank details. Not sure a text is real? Do not use its link. Ring the number on your hospital letter.
    .if-not = Missed the text, or replied by mistake? Ring the hospital team and tell them.

easy-waiting-care =
    .title = Your GP still looks after you
    .gp = Your GP practice still looks after your other health problems. For example, they help keep your blood pressure under control.
    .clock = This matters. It helps make sure your hospital care is not held up.
    .medicine = You can help too. Keep taking your medicines. Go to your check-ups.
    .gp-2 = Got a new problem, not linked to the one you wait for? See your GP as usual.
    .if-not = Due a check-up and not heard? Ring your GP practice.

easy-waiting-worse =
    .title = If you get worse
    .gp = Got a lot worse? Or new signs that worry you? Ring your GP practice the same day.
    .nhs-111 = Or call 111 the same day.
    .emergency = In an emergency, call 999.
    .hospital = Tell the hospital team too. A doctor there can check if you need to come sooner. Your GP can also ask them to see you sooner, or make it urgent.
    .if-not = No call back from the hospital by the end of the next working day? Ring again. Feel worse? Ring your GP practice or 111 the same day. Do not wait for the hospital.

easy-waiting-questions =
    .title = If you have a question
    .talk = Got a question about your visit? Ask the hospital team. The hospital must tell you how to reach it. Look on your letter or text.
    .hospital = The hospital team should answer you. They should not tell you to ask your GP.
    .help = Waited a long time? You can ask about going to another hospital. Read the Easy Read guide on your rights while you wait.
    .if-not = Cannot get an answer? Ask for the patient advice team at the hospital. They help when things go wrong.
