# Easy Read: After A&E or an urgent treatment centre.
# Facts: locales/en-GB/journeys/after-urgent-care.ftl; sources: src/journeys/after_urgent_care.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-after-urgent-care =
    .title = After A&E or an urgent treatment centre
    .hospital = You went to A&E or an urgent treatment centre. Now you are home.
    .help = This says who does what next, and who to ring.

easy-after-urgent-care-letter =
    .title = The hospital tells your GP about your visit
    .letter = The A&E or urgent treatment centre sends your GP practice a letter. It is about your visit.
    .gp = You do not need to book a GP visit just to tell them you went.
    .home = Ask for any advice sheet they have. Then you know what to watch for at home.
    .if-not = Your GP practice needs the letter and has not had it? Ring the A&E or urgent treatment centre. Ask them to send it.

easy-after-urgent-care-follow-up =
    .title = The hospital books your next visit
    .calendar = You may need to come back. For example, to a fracture clinic for a broken bone.
    .hospital = The hospital books this, not your GP.
    .phone = Sometimes a fracture team rings you instead of seeing you.
    .if-not = Told you would hear about your next visit, and have not? Ring the number on your advice sheet or letter. No number? Ring the hospital's main number.

easy-after-urgent-care-results =
    .title = The team tells you the result
    .test = Some tests, like x-rays, are looked at again after you leave.
    .results = The team that asked for the test is in charge of the result.
    .phone = If a result needs something done, they get in touch with you or your GP. Ask them how they will do this.
    .if-not = Told you would hear about a result and have not? Ring the place you went to.

easy-after-urgent-care-see-gp =
    .title = If staff tell you to see your GP
    .gp = Staff may say see your GP if something does not get better. This means you must ring your GP practice yourself. The practice will not know to get in touch with you.
    .clock = Did they give you a time? Ring your GP practice if you are not better by then.
    .if-not = Cannot get through to your GP practice, and worried? Call 111.

easy-after-urgent-care-worse =
    .title = If you get worse
    .nhs-111 = Got worse? Or new signs that worry you? Call 111 or ring your GP practice the same day.
    .hospital = Staff told you to come back if something happens? Then go back.
    .emergency = In an emergency, call 999.
    .if-not = Cannot get help, and feel very unwell? Call 999.
