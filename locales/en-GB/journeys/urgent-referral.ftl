# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = Your GP has sent you to the hospital urgently
    .summary = What happens when your GP sends you to the hospital fast, and who to call if you hear nothing.
    .intro = Your GP wants a hospital team to see you soon. This is called an urgent referral. Your GP may have said it is to check for cancer. Most people sent this way do not have cancer. Here is what happens next, and who does each part.
    .keywords = urgent referral, urgent, suspected cancer, cancer, could it be cancer, cancer check, two week wait, 2 week wait, fast track, faster diagnosis, straight to test, lump, scan soon, hospital ring me, unknown number, biopsy

urgent-referral-sent =
    .title = Your GP sends an urgent referral
    .body =
        Your GP writes to the hospital team and marks it as urgent. They should tell you why.
        It is urgent so that anything serious is found quickly, or ruled out.
        Sometimes you go straight to a test, like a scan, before you see a specialist.
        Make sure your GP practice has your right phone number and address.
    .if-not = If you are not sure the referral was sent, contact your GP practice the next working day and ask.
    .ask =
        Why are you sending me urgently?
        What test or visit should I expect?
        Can I have a leaflet about this?

urgent-referral-contact =
    .title = The hospital gets in touch soon
    .body =
        The hospital usually gets in touch within days. It may be by phone, text or letter.
        Answer calls from numbers you do not know, and check your messages. Try to keep free to go at short notice.
    .if-not = If no one has been in touch after a week, ring your GP practice. Ask them to check the hospital got the referral. You can also ring the hospital's booking team.
    .ask =
        When should I hear from the hospital?
        Who do I ring if I cannot go on the day you give me?

urgent-referral-tests =
    .title = The hospital team does tests
    .body =
        The hospital team may do tests, like a scan, a blood test or a camera test. They tell you what each one is for.
        The NHS aims to tell you if you have cancer or not within 28 days of the referral. Most people are told sooner.
        If it takes longer, the hospital team should tell you why, and what happens next.
    .if-not = If you have not heard about a result when the team said you would, ring the hospital team.
    .ask =
        What is this test for?
        When will I get the result, and who will tell me?

urgent-referral-result =
    .title = The hospital team tells you the result
    .body =
        The hospital team tells you the result. They also write to your GP.
        If it is not cancer, they tell you what happens next. You may not need to see them again. Or they may send you to another team.
        If it is cancer, a specialist team looks after you. You get a named person to contact, often a specialist nurse.
    .if-not = If you have not been told your result, ring the hospital team. Do not wait for your GP to tell you.
    .ask =
        Who do I contact if I have questions?
        Do I need to come back?
        What should I look out for in the future?

urgent-referral-worse =
    .title = If you get worse while you wait
    .body =
        If you get a lot worse, or have new symptoms that worry you, contact your GP practice or call NHS 111 the same day.
        In an emergency, call 999.
        Also tell the hospital team, so they know.
    .if-not = If the hospital team has not called you back by the end of the next working day, ring again. If you feel worse, call your GP practice or NHS 111 the same day.
    .ask =
        What changes should make me call you?
        Who do I call at night or at the weekend?
