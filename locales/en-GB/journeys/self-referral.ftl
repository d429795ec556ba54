# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Getting help without seeing your GP first
    .summary = Services you can go to by yourself, what a chemist can treat, and who looks after you then.
    .intro = For some problems you do not need to see your GP first. You can contact the service yourself. This is called referring yourself. Here is how it works, and who does what.
    .keywords = refer myself, self referral, self-referral, without GP, physio, physiotherapy, back pain, podiatry, feet, foot problems, hearing, audiology, midwife, pregnant, maternity, sexual health, talking therapies, pharmacy first, pharmacist, sore throat, earache, sinusitis, urine infection, UTI, shingles, impetigo, insect bite

self-referral-services =
    .title = Places you can go to by yourself
    .body =
        You can contact some NHS services yourself, without seeing your GP first.
        These may include physiotherapy for muscles and joints, foot care, hearing checks, and talking therapies. You can also contact a midwife when you are pregnant, and a sexual health clinic.
        Which services you can contact yourself depends on where you live.
    .if-not = If you cannot find the service, ask your GP practice. The front desk can tell you how to contact it.
    .ask =
        Can I refer myself to this service here?
        How do I contact it?

self-referral-pharmacy-first =
    .title = A pharmacy can treat some problems
    .body =
        A pharmacist can check you and give you treatment for some common problems, without a GP visit. This is called Pharmacy First.
        They are sore throats, earache, sinus pain, shingles and impetigo. Bites that get infected, and urine infections in women, are on the list too. Some are only for certain ages.
        If you need medicine a doctor would normally prescribe, the pharmacist can give it to you.
    .if-not = If the pharmacist says you need to see a GP, they will tell you. Then contact your GP practice.
    .ask =
        Can you treat this here?
        What should I do if I do not get better?

self-referral-in-charge =
    .title = The service that sees you is in charge
    .body =
        The service you contacted looks after that problem. It tells you the results of any tests it asks for.
        If your GP needs to know, the service tells your GP.
    .if-not = If you do not hear back from the service when it said, contact it again.
    .ask =
        Who do I contact if I have a question?
        Will you tell my GP?

self-referral-gp =
    .title = When to go to your GP instead
    .body =
        If you are not sure where to go, ask your GP practice. The staff can help you choose.
        If you do not get better, or you get worse, contact your GP practice or call NHS 111 the same day. In an emergency, call 999.
    .if-not = If you cannot get through to your GP practice and you are worried, call NHS 111.
    .ask =
        Where is the best place to go for this?
