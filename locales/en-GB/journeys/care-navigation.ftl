# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Why the front desk asks what is wrong
    .summary = Why your GP practice asks about your problem, who you may see, and how a link worker can help.
    .intro = When you contact your GP practice, the staff may ask what the problem is. They ask so they can send you to the right person. Here is how it works.
    .keywords = receptionist, front desk, why do they ask, what is wrong, booking a GP appointment, see a GP, care navigation, care navigator, nurse, pharmacist, physio, physiotherapist, social prescribing, link worker, lonely, local groups, community groups, charity, voluntary services

care-navigation-ask =
    .title = The staff ask what the problem is
    .body =
        When you call or go in, the receptionist may ask what the problem is. They are not being nosy.
        They ask so they can help you see the right person. This is called care navigation. Staff who do this are called care navigators.
    .if-not = If you are not sure who to see, ask the staff to help you choose.
    .ask =
        Who is the best person for me to see?
        How soon can I be seen?

care-navigation-right-person =
    .title = You see the right person
    .body =
        The right person may not be a GP. It might be a nurse or a pharmacist. A pharmacist is an expert in medicines.
        It might be a physiotherapist. A physiotherapist helps with muscles, joints and moving.
        Or the staff may point you to a service outside the practice.
    .if-not = If you think you still need a GP, tell the staff why. If you get worse, contact your GP practice again the same day, or call NHS 111.
    .ask =
        Why is this person right for my problem?
        What should I do if I do not get better?

care-navigation-ask-link-worker =
    .title = You ask for a link worker
    .body =
        Some things that affect your health are not medical. A link worker can help with these.
        To get a link worker, ask your GP practice. They can put you in touch.
        This is called social prescribing.
    .if-not = If your GP practice does not put you in touch, ask them again. Ask who the link worker is for your area.
    .ask =
        Do you have a link worker here?
        How long will it take to hear from them?

care-navigation-link-worker =
    .title = A link worker helps you
    .body =
        A link worker puts you in touch with groups and services near you.
        These may be run by local people or by charities. They are not part of your GP practice.
        The link worker helps you find the ones that suit you.
    .if-not = If you have not heard from a link worker, contact your GP practice. Ask them to check.
    .ask =
        What groups are there near me?
        Can you help me get started?
