# Easy Read: Your test results.
# Facts: locales/en-GB/journeys/test-results.ftl; sources: src/journeys/test_results.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-test-results =
    .title = Your test results
    .test = A test helps find out what is wrong. Or it checks how you are doing.
    .results = The team who asks for the test tells you the result.
    .help = This says what should happen.

easy-test-results-asked =
    .title = You are told why you need a test
    .hospital = A hospital team may ask you to have a test. It may be a blood test, an x-ray or a scan.
    .talk = They should tell you why you need it, and what it might show.
    .results = They should tell you how you will get the result. They should say who tells you, and by when.
    .gp = If your GP asks for a test, your GP practice should tell you these things.
    .if-not = Not told how you will get the result? Ask the team who asked for the test.

easy-test-results-taken =
    .title = You have the test
    .test = Where you have the test depends on where you live. It may be at the hospital or your GP surgery. Or at a blood test clinic near you.
    .gp = Many GP surgeries cannot take blood for tests the hospital asked for. Ask the team who asked for the test where to go.
    .results = Wherever it is done, the result goes to the team who asked for it.
    .clock = A result can take days or weeks to come back. It depends on the test.
    .if-not = Cannot go to your test? Tell the place that booked it as soon as you can. Ask for a new time.

easy-test-results-app =
    .title = You may see the result in the NHS App first
    .online = Many results now show in the NHS App by themselves. You may see a result before anyone talks to you about it.
    .results = A result marked as not normal is not always serious. Some results are a little out of range and are fine.
    .talk = Worried by a result? Ring the team who asked for the test. They can tell you what it means for you.
    .if-not = Cannot reach the team, and worried? Ring your GP practice or call 111. In an emergency, call 999.

easy-test-results-told =
    .title = The team tells you the result
    .results = The team who asked for the test checks the result. They decide what to do next. They tell you.
    .hospital = If a hospital team asked for it, the hospital team tells you. This is true even if your GP surgery took your blood.
    .gp = Your GP may be able to see the result. But the team who asked for it explains it.
    .if-not = Not heard by the time they said? Ring the team who asked for the test.

easy-test-results-chase =
    .title = If you have not heard
    .clock = Has the time they gave you passed? Ring the team who asked for the test. Do not just wait.
    .hospital = A hospital team asked for it? Ring the hospital team.
    .gp = Your GP asked for it? Ring your GP practice.
    .nhs-111 = Feel worse while you wait? Ring your GP practice or call 111 the same day. In an emergency, call 999.
    .if-not = Still no answer from the hospital? Ask for its patient advice team. They help when things go wrong.
