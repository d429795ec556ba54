# Easy Read: Getting help for your mental health.
# Facts: locales/en-GB/journeys/mental-health.ftl; sources: src/journeys/mental_health.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-mental-health =
    .title = Getting help for your mental health
    .mental-health = Your mental health matters as much as your body.
    .help = This guide says where to get help. It says where to get help fast, in a crisis.
    .person = It says who does each part.

easy-mental-health-crisis =
    .title = In a crisis, get help now
    .emergency = Is your life, or someone else's life, at risk? Call 999 or go to A&E.
    .nhs-111 = Need help now? Call 111 and choose the mental health option. It is open day and night, for any age.
    .mental-health = Do you already have a mental health team? Use the crisis number in your care plan.
    .if-not = Cannot get through? Call 999 or go to A&E.

easy-mental-health-talking-therapies =
    .title = You can ask for talking therapy yourself
    .talk = Talking therapy helps with feelings like worry, low mood and stress.
    .gp = You do not need to see your GP first.
    .online = You can ask for it yourself, online or by phone. Search for NHS Talking Therapies on the NHS website. This finds the service near you.
    .young-person = This service is for adults. Children and young people have their own. Ask your GP practice or school.
    .if-not = Not heard back by the time they said? Get in touch with them again. Feel worse while you wait? Ring your GP practice or call 111 the same day.

easy-mental-health-gp =
    .title = Your GP can help and send you on
    .gp = Your GP can talk with you about how you feel. They can tell you what help there is.
    .mental-health = Need more help? Your GP can send you to a mental health team. This is called a referral.
    .person = The team has staff like nurses, doctors and therapists.
    .if-not = Waiting for the mental health team, and you feel worse? Ring your GP practice or call 111 the same day. In a crisis, call 111 and choose the mental health option.

easy-mental-health-team =
    .title = The mental health team plans your care
    .mental-health = A mental health team may look after you. Then they make a care plan with you.
    .letter = The plan says who is in charge of your care. It says how to reach them.
    .phone = Ask the team for their phone number. Ask for a number to call in a crisis.
    .if-not = Not sure who is in charge of your care? Ask the team. Or ask your GP practice.

easy-mental-health-medicines =
    .title = Who gives you your medicines
    .medicine = Often the mental health team says which medicine may help. Then your GP gives it to you.
    .test = Some medicines need a specialist to keep an eye on them, with regular blood tests. A specialist is a doctor who knows a lot about one kind of health problem.
    .mental-health = Then the mental health team may give them to you. Or they share the care with your GP.
    .talk = Ask who gives you more, and who does any checks.
    .if-not = About to run out, and not sure who to ask? Ring your GP practice. They are closed? Call 111.
