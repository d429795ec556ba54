# Easy Read: Moving from private care to the NHS.
# Facts: locales/en-GB/journeys/private-care.ftl; sources: src/journeys/private_care.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-private-care =
    .title = Moving from private care to the NHS
    .private-clinic = You have seen a private doctor.
    .gp = Now you want some of your care on the NHS.
    .help = Some things move across and some do not. Here is who does what.

easy-private-care-clinic =
    .title = The private clinic looks after what it starts
    .medicine = The private clinic gives you the first lot of any medicine it starts. You pay for it.
    .test = The private doctor may ask for tests or checks. The private clinic does them.
    .results = The private clinic tells you the results.
    .letter = The private clinic should write to your GP about your care.
    .if-not = A question about your private care? Ring the private clinic. Their details are on your letter.

easy-private-care-gp-prescribing =
    .title = Your GP may take over some medicines
    .gp = You can ask your GP to give you a medicine the private doctor started. Your GP decides if it is right for you.
    .medicine = Your GP may say no. The medicine may need an expert doctor to keep an eye on it. Or it may not usually be given on the NHS.
    .private-clinic = If your GP says no, the private clinic keeps giving it to you.
    .if-not = About to run out? Ring the private clinic before you do.

easy-private-care-nhs-list =
    .title = Joining an NHS waiting list
    .hospital = To see an NHS hospital team, you usually need an NHS referral.
    .gp = A referral means your GP asks a hospital team to see you. Talk to your GP.
    .gp-2 = Your GP decides if you need a referral. Ask your GP how it will work for you.
    .if-not = Not sure how the rules work where you live? Ask your GP practice.

easy-private-care-worse =
    .title = If you get worse
    .gp = A lot worse, or a new problem that worries you? Ring your GP practice or call 111 the same day.
    .emergency = In an emergency, call 999.
    .private-clinic = Tell the private doctor who is treating you too.
    .if-not = No call back by the next working day? Ring again. Feel worse? Call 111 the same day.
