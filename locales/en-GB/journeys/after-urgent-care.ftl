# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = After A&E or an urgent treatment centre
    .summary = Who does what after you go to A&E, who tells you test results, and when to see your GP.
    .intro = You went to A&E or an urgent treatment centre, and now you are home. Here is who does what next, and who to contact.
    .keywords = A&E, A and E, accident and emergency, emergency department, urgent treatment centre, UTC, walk-in centre, minor injuries, after A&E, fracture clinic, broken bone, x-ray results, see your GP if, follow-up after A&E

after-urgent-care-letter =
    .title = The hospital tells your GP about your visit
    .body =
        The A&E or urgent treatment centre sends your GP practice a letter about your visit.
        You do not need to book a GP visit just to tell them you went.
        Ask for any advice sheet they have, so you know what to watch for at home.
    .if-not = If your GP practice needs the letter and has not had it, ring the A&E or urgent treatment centre. Ask them to send it.
    .ask =
        Will you tell my GP about today?
        Can I have an advice sheet to take home?

after-urgent-care-follow-up =
    .title = The hospital books your next visit
    .body =
        You may need to come back, for example to a fracture clinic for a broken bone. The hospital books this, not your GP.
        Sometimes a fracture team rings you instead of seeing you.
    .if-not = If you were told you would hear about follow-up and have not, ring the number on your advice sheet or letter. If you have no number, ring the hospital's main number.
    .ask =
        Do I need to come back? Who will book it?
        How will you contact me?

after-urgent-care-results =
    .title = The team that did the test gives you the result
    .body =
        Some tests, like x-rays, are looked at again after you leave. The team that asked for the test is in charge of the result.
        If a result needs something done, they contact you or your GP. Ask them how they will do this.
    .if-not = If you were told you would hear about a result and have not, ring the place you went to.
    .ask =
        Are any results still to come?
        Who will tell me about them?

after-urgent-care-see-gp =
    .title = When they say see your GP if
    .body =
        The staff may say see your GP if something does not get better. This means you need to contact your GP practice yourself. The practice will not know to contact you.
        If they gave you a time, contact your GP practice if you are not better by then.
    .if-not = If you cannot get through to your GP practice and you are worried, call NHS 111.
    .ask =
        What should I look out for?
        When should I see my GP if it is not better?

after-urgent-care-worse =
    .title = If you get worse
    .body =
        If you get worse, or have new symptoms that worry you, call NHS 111 or contact your GP practice the same day.
        If the staff told you to come back if something happens, go back.
        In an emergency, call 999.
    .if-not = If you cannot get help and you feel very unwell, call 999.
    .ask =
        What signs mean I should come back?
