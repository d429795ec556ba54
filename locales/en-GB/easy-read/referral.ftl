# Easy Read: Your GP has sent you to a hospital team.
# Facts: locales/en-GB/journeys/referral.ftl; sources: src/journeys/referral.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-referral =
    .title = Your GP sends you to a hospital team
    .gp = Your GP thinks a hospital team should see you.
    .letter = This is called a referral.
    .clock = Your GP may say it is urgent, or it could be cancer. Then read the Easy Read guide on urgent referrals.

easy-referral-sent =
    .title = Your GP writes to the hospital
    .gp = Your GP writes to the hospital team about you.
    .test = Sometimes you need a test first. Your GP does the test.
    .hospital = You can often choose your hospital. Ask your GP.
    .if-not = Ask your GP when you should hear. Heard nothing by then? Ring your GP practice. Ask if they sent the referral.

easy-referral-booking =
    .title = You book your visit
    .letter = You get a letter, an email or a text.
    .online = It tells you how to book a time to go.
    .money = Some texts are scams. The NHS never asks you to pay to book. Do not give bank details.
    .phone = Not sure? Do not use the link. Ring the number on your letter, or ask your GP practice.
    .if-not = Nothing came by the time your GP said? Ring the number on your letter. No letter? Ask your GP practice.

easy-referral-waiting =
    .title = You wait for your visit
    .hospital = The hospital team keeps your place on the list.
    .text-message = The hospital may text you. They want to check you still need to come. Reply if you can.
    .phone = Did not reply? Ring the hospital team. You will not lose your place just for that.
    .talk = If you have a question, ask the hospital team. They should not send you back to your GP.
    .if-not = Not heard when they said? Ring the hospital team.

easy-referral-worse =
    .title = If you get worse while you wait
    .gp = If you get worse, contact your GP practice the same day.
    .nhs-111 = Or call 111 the same day.
    .emergency = In an emergency, call 999.
    .hospital = Tell the hospital team too. They may see you sooner.
    .if-not = No call back from the hospital by the next working day? Ring again. Feel worse? Do not wait. Ring your GP or 111 the same day.

easy-referral-appointment =
    .title = You go to the hospital
    .hospital = The hospital team talks with you. They may check you or do tests.
    .letter = Take your letter and a list of your medicines.
    .phone = Cannot go? Tell the hospital team as soon as you can.
    .if-not = They cancelled your visit? They should give you a new date. Ring them if you have not had one.

easy-referral-letter =
    .title = The hospital writes to your GP
    .letter = The hospital team writes to your GP if your GP needs to do something. You should get a copy.
    .clock = The letter should reach your GP within 7 days of your visit.
    .if-not = Your GP did not get it after 7 days? Ring the hospital team.

easy-referral-after =
    .title = What happens next
    .test = If you need more tests, the hospital team sets them up. They tell you the results.
    .calendar = Need to come back? The hospital team tells you how. Sometimes you must contact them.
    .hospital = You may need to see another hospital team. The hospital sends you there. You do not need to go back to your GP first.
    .if-not = Not heard about a test or visit? Ring the hospital team.
