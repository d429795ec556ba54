# Easy Read: Getting help without seeing your GP first.
# Facts: locales/en-GB/journeys/self-referral.ftl; sources: src/journeys/self_referral.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-self-referral =
    .title = Get help without seeing your GP first
    .you = For some problems, you do not need to see your GP first.
    .phone = You can get in touch with the service yourself. This is called referring yourself.

easy-self-referral-services =
    .title = Places you can go to by yourself
    .you = You can go to some services yourself. You do not need to see your GP first.
    .person = They may include help for muscles and joints, foot care, hearing checks and talking therapies.
    .hospital = Pregnant? You can go to a midwife yourself. You can also go to a sexual health clinic.
    .home = Which services you can go to depends on where you live.
    .if-not = Cannot find the service? Ask your GP practice. The front desk can tell you how to reach it.

easy-self-referral-pharmacy-first =
    .title = A pharmacy can treat some problems
    .pharmacy = A pharmacist is a person at a chemist who knows about medicines.
    .medicine = They can check you and treat some common problems. You do not need a GP visit. This is called Pharmacy First.
    .help = They treat sore throats, earache, sinus pain, shingles and impetigo. They also treat bites that get infected, and urine infections in women. Some are only for some ages.
    .medicine-2 = Some medicines normally need a doctor. The pharmacist can give you these too.
    .if-not = The pharmacist will tell you if you need to see a GP. Then ring your GP practice.

easy-self-referral-in-charge =
    .title = The service that sees you is in charge
    .person = The service you went to looks after that problem.
    .results = It tells you the results of any tests it asks for.
    .gp = If your GP needs to know, the service tells your GP.
    .if-not = Not heard back when they said? Ring the service again.

easy-self-referral-gp =
    .title = When to go to your GP instead
    .help = Not sure where to go? Ask your GP practice. The staff can help you choose.
    .gp = Not getting better, or getting worse? Ring your GP practice or call 111 the same day.
    .emergency = In an emergency, call 999.
    .if-not = Cannot get through to your GP practice, and you are worried? Call 111.
