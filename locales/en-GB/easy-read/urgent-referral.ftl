# Easy Read: Your GP has sent you to the hospital urgently.
# Facts: locales/en-GB/journeys/urgent-referral.ftl; sources: src/journeys/urgent_referral.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-urgent-referral =
    .title = Your GP sends you to the hospital fast
    .gp = Your GP wants a hospital team to see you soon. This is called an urgent referral.
    .hospital = It may be to check for cancer.
    .help = Most people sent this way do not have cancer.

easy-urgent-referral-sent =
    .title = Your GP writes to the hospital
    .gp = Your GP writes to the hospital team. They mark it as urgent. They should tell you why.
    .clock = It is urgent so that anything serious is found fast, or ruled out.
    .test = Sometimes you have a test first, like a scan. Then the hospital team sees you.
    .phone = Check your GP practice has your right phone number and address.
    .if-not = Not sure it was sent? Ring your GP practice the next working day. Ask them.

easy-urgent-referral-contact =
    .title = The hospital gets in touch soon
    .hospital = The hospital team usually gets in touch within days.
    .phone = They may ring, text or write. Answer calls from numbers you do not know.
    .text-message = Check your messages.
    .calendar = Try to keep free to go at short notice.
    .if-not = No one in touch after a week? Ring your GP practice. Ask them to check the hospital got it. You can also ring the hospital booking team.

easy-urgent-referral-tests =
    .title = The hospital team does tests
    .test = The hospital team may do tests. It may be a scan, a blood test or a camera test.
    .talk = They tell you what each test is for.
    .clock = The aim is to tell you within 28 days of the referral. You hear if it is cancer or not. Most people hear sooner.
    .hospital = If it takes longer, the team should tell you why. They tell you what happens next.
    .if-not = No result when they said? Ring the hospital team.

easy-urgent-referral-result =
    .title = The hospital team tells you the result
    .results = The hospital team tells you the result. They write to your GP too.
    .hospital = Not cancer? They tell you what happens next. You may not need to go back.
    .hospital-2 = Or they may send you to another team.
    .person = If it is cancer, a cancer team looks after you. You get a named person to ring. It is often a nurse.
    .if-not = Not told your result? Ring the hospital team. Do not wait for your GP to tell you.

easy-urgent-referral-worse =
    .title = If you get worse while you wait
    .gp = A lot worse, or a new problem that worries you? Ring your GP practice the same day.
    .nhs-111 = Or call 111 the same day.
    .emergency = In an emergency, call 999.
    .hospital = Tell the hospital team too, so they know.
    .if-not = No call back from the hospital by the next working day? Ring again. Feel worse? Ring your GP or 111 the same day.
