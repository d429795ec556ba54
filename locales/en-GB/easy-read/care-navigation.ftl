# Easy Read: Why the front desk asks what is wrong.
# Facts: locales/en-GB/journeys/care-navigation.ftl; sources: src/journeys/care_navigation.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-care-navigation =
    .title = Why the front desk asks what is wrong
    .phone = When you get in touch with your GP practice, staff may ask what is wrong.
    .person = They ask so they can send you to the right person.

easy-care-navigation-ask =
    .title = The staff ask what is wrong
    .phone = When you ring or go in, the front desk may ask what is wrong.
    .talk = They are not being nosy. They want to help you see the right person.
    .person = This is called care navigation. Staff who do this are called care navigators.
    .if-not = Not sure who to see? Ask the staff to help you choose.

easy-care-navigation-right-person =
    .title = You see the right person
    .gp = The right person may not be a GP. It might be a nurse.
    .pharmacy = It might be a pharmacist. A pharmacist is an expert in medicines.
    .person = It might be a physiotherapist. A physiotherapist helps with muscles, joints and moving.
    .help = Or the staff may send you to a service outside the practice.
    .if-not = Still think you need a GP? Tell the staff why. Get worse? Ring your GP practice again the same day, or call 111.

easy-care-navigation-ask-link-worker =
    .title = You ask for a link worker
    .help = Some things that affect your health are not things a doctor treats. A link worker can help with these.
    .gp = To get a link worker, ask your GP practice. They can put you in touch.
    .person = This is called social prescribing.
    .if-not = Your GP practice did not put you in touch? Ask them again. Ask who the link worker is for your area.

easy-care-navigation-link-worker =
    .title = A link worker helps you
    .person = A link worker puts you in touch with groups and services near you.
    .home = Local people or charities may run them. They are not part of your GP practice.
    .talk = The link worker helps you find the ones that suit you.
    .if-not = Not heard from a link worker? Ring your GP practice. Ask them to check.
