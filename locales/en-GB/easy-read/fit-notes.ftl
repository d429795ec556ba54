# Easy Read: Getting a fit note.
# Facts: locales/en-GB/journeys/fit-notes.ftl; sources: src/journeys/fit_notes.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-fit-notes =
    .title = Getting a fit note
    .fit-note = A fit note says if you are well enough to work. Some people call it a sick note.
    .help = This guide says when you need one, and who gives it to you. It says what to do if you did not get one.

easy-fit-notes-first-week =
    .title = The first 7 days off
    .calendar = For the first 7 days off sick, you do not need a fit note. This counts days you do not work, too.
    .you = You tell your boss yourself. Some jobs have a form for this.
    .fit-note = Off for more than 7 days? Then you need a fit note.
    .if-not = Your boss asks for a fit note for the first 7 days? Tell them you can fill in their form. Or the form on the GOV.UK website.

easy-fit-notes-hospital =
    .title = The hospital gives you one
    .hospital = Does the hospital team think you need more time off than the first week? They give you a fit note before you leave.
    .calendar = It should cover all the time they think you will be off. So you should not need a second one from your GP.
    .money = You can give it to your boss. You can also use it for benefits, like Universal Credit.
    .if-not = Left without one? Ring the hospital team. Ask them to send you a fit note.

easy-fit-notes-who =
    .title = Who can sign it
    .person = A fit note does not have to come from a doctor. The person treating you may give you one. They must have checked you.
    .person-2 = A nurse can give you one. So can a pharmacist. A pharmacist is someone who knows a lot about medicines.
    .person-3 = A physiotherapist can do this too. They help your body move.
    .person-4 = An occupational therapist can do this for you too. They help you do day to day tasks.
    .if-not = The person treating you cannot give you one? Ask them who in their team can.

easy-fit-notes-missing =
    .title = If you did not get one
    .phone = The hospital thought you would be off work, but gave you no fit note? Ring the hospital team who treated you.
    .hospital = It is their job to give you one. Your GP should not need to do it for them.
    .if-not = The hospital team does not help? Ask for the hospital's patient advice team.

easy-fit-notes-gp =
    .title = When your GP gives it
    .gp = Your GP practice gives fit notes for problems your GP is treating.
    .hospital = For a problem the hospital is treating, ask the hospital team first.
    .help = Not sure who is treating you for a problem? Ask your GP practice.
    .if-not = Cannot get a fit note from anyone? Ask your GP practice what to do.
