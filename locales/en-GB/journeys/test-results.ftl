# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Your test results
    .summary = Who tells you your test result, and what to do if you have not heard.
    .intro = A test helps find out what is wrong, or checks how you are doing. The team who asks for the test tells you the result. Here is what should happen.
    .keywords = test results, test result, results, blood test, blood results, bloods, scan, x-ray, urine test, sample, biopsy, waiting for results, no results, not heard, chase results, who tells me my results, result in the NHS App, abnormal result, hospital test, test at GP surgery, what does my result mean

test-results-asked =
    .title = You are told why you need a test
    .body =
        A hospital team may ask you to have a test. This could be a blood test, an x-ray or a scan.
        They should tell you why you need it and what it might show.
        They should also tell you how you will hear the result, who will tell you, and by when.
        If your GP asks for a test, your GP practice should tell you these things instead.
    .if-not = If you were not told how you will get the result, ask the team who asked for the test.
    .ask =
        Why do I need this test?
        What might it show?
        Who will tell me the result, and when?

test-results-taken =
    .title = You have the test
    .body =
        Where you have the test depends on where you live. It may be at the hospital, at a blood test clinic near you, or at your GP surgery.
        Many GP surgeries cannot take blood for tests the hospital asked for. Ask the team who asked for the test where to go.
        Wherever it is done, the result goes to the team who asked for it.
        A result can take days or weeks to come back. It depends on the test.
    .if-not = If you cannot go to your test, tell the place that booked it as soon as you can. Ask for a new time.
    .ask =
        Where do I go for my test?
        Do I need to do anything first, like not eat?

test-results-app =
    .title = You may see the result in the NHS App first
    .body =
        Many results now show in the NHS App by themselves. You may see a result before anyone has talked to you about it.
        A result marked as not normal is not always serious. Some results are a little out of range and are fine.
        If a result worries you, contact the team who asked for the test. They can tell you what it means for you.
    .if-not = If you cannot reach the team and you are worried, call your GP practice or NHS 111. In an emergency, call 999.
    .ask =
        Will my result show in the NHS App?
        Will someone talk to me before I see it?

test-results-told =
    .title = The team tells you the result
    .body =
        The team who asked for the test checks the result. They decide what to do next, and they tell you.
        If a hospital team asked for it, the hospital team tells you. This is true even if your blood was taken at your GP surgery.
        Your GP may be able to see the result, but the team who asked for it is the one to explain it.
    .if-not = If you have not heard by the time you were told, contact the team who asked for the test.
    .ask =
        What does my result mean?
        What happens next?
        Does my GP need to do anything?

test-results-chase =
    .title = If you have not heard
    .body =
        If the time you were given has passed, contact the team who asked for the test. Do not just wait.
        If a hospital team asked for it, ring the hospital team. If your GP asked for it, contact your GP practice.
        If you feel worse while you wait, call your GP practice or NHS 111 the same day. In an emergency, call 999.
    .if-not = If you still cannot get an answer from the hospital, ask for its patient advice team. They help when things go wrong.
    .ask =
        When should I have heard by?
        Who can talk to me about my result?
