# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Getting help for your mental health
    .summary = Where to go in a crisis, how to ask for talking therapy, and who looks after you.
    .intro = Your mental health matters as much as your body. Here is where to get help, including in a crisis, and who does each part.
    .keywords = mental health, crisis, suicidal, feeling suicidal, self harm, anxiety, depression, stress, low mood, panic, talking therapy, counselling, therapy, CBT, talking therapies, community mental health team, psychiatrist, antidepressants, mental health medicine

mental-health-crisis =
    .title = In a crisis, get help now
    .body =
        If your life or someone else's life is at risk, call 999 or go to A&E.
        If you need help now, call NHS 111 and choose the mental health option. It is open day and night, for any age.
        If you already have a mental health team, use the crisis number in your care plan.
    .if-not = If you cannot get through, call 999 or go to A&E.
    .ask =
        Who do I call if I feel like this again?

mental-health-talking-therapies =
    .title = You can ask for talking therapy yourself
    .body =
        NHS Talking Therapies help with feelings like worry, low mood and stress. You do not need to see your GP first.
        You can refer yourself online or by phone. Search for NHS Talking Therapies on the NHS website to find your local service.
        This service is for adults. Children and young people have their own services. Ask your GP practice or school.
    .if-not = If you have not heard back from the service by the time they said, contact them again. If you feel worse while you wait, contact your GP practice or NHS 111 the same day.
    .ask =
        How long is the wait for talking therapy here?
        What kinds of help do you offer?

mental-health-gp =
    .title = Your GP can help and refer you
    .body =
        Your GP can talk with you about how you feel, and what help there is.
        If you need more help, your GP can refer you to a mental health team. This team is made up of staff like nurses, doctors and therapists.
    .if-not = If you are waiting for the mental health team and feel worse, contact your GP practice or call NHS 111 the same day. In a crisis, call NHS 111 and choose the mental health option.
    .ask =
        What help is there for me?
        Can you refer me to a mental health team?

mental-health-team =
    .title = The mental health team plans your care
    .body =
        If a mental health team looks after you, they make a care plan with you. It says who is in charge of your care and how to reach them.
        Ask the team for their phone number, and for a number to call in a crisis.
    .if-not = If you do not know who is in charge of your care, ask the team. Or ask your GP practice.
    .ask =
        Who is in charge of my care?
        Who do I call in a crisis?

mental-health-medicines =
    .title = Who gives you your medicines
    .body =
        Often the mental health team suggests a medicine and your GP prescribes it.
        Some medicines need a specialist to keep an eye on them, with regular blood tests. Then the mental health team may prescribe them, or share the care with your GP.
        Ask who gives you more, and who does any checks.
    .if-not = If you are about to run out and do not know who to ask, contact your GP practice. If they are closed, call NHS 111.
    .ask =
        Who gives me more of this medicine?
        Does it need blood tests?
