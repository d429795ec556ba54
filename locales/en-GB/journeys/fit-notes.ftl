# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Getting a fit note
    .summary = When you need a fit note, who gives you one, and what to do if you did not get one.
    .intro = A fit note says if you are well enough to work. Some people call it a sick note. Here is when you need one, who gives it to you, and what to do if you did not get one.
    .keywords = sick note, fit note, off work, time off work, doctor's note, statement of fitness for work, med 3, note for work, note for my boss, employer, sick pay, self certify, self-certification, universal credit, benefits, ESA

fit-notes-first-week =
    .title = The first 7 days off
    .body =
        For the first 7 days you are off sick, you do not need a fit note. This counts days you do not work, too.
        You tell your employer yourself. Some employers have a form for this.
        If you are off for longer than 7 days, you need a fit note.
    .if-not = If your employer asks for a fit note for the first 7 days, tell them you can fill in their form, or the form on the GOV.UK website.
    .ask =
        Do I need a fit note yet?
        How do I tell my employer I am off sick?

fit-notes-hospital =
    .title = The hospital gives you one
    .body =
        Does the hospital team expect you to be off work for longer than that? Then they give you a fit note before you leave.
        It should cover the whole time they expect you to be off. So you should not need a second one from your GP for this.
        You can give it to your employer. You can also use it for benefits, like Universal Credit.
    .if-not = If you leave without one, ring the hospital team. Ask them to send you a fit note.
    .ask =
        How long do you think I will be off work?
        Can I have a fit note for all of that time?
        Can I do some work, or lighter work?

fit-notes-who =
    .title = Who can sign it
    .body =
        A fit note does not have to come from a doctor.
        A nurse, a pharmacist, a physiotherapist or an occupational therapist can give you one, if they have checked you.
        A physiotherapist helps your body move. An occupational therapist helps you do day to day tasks.
        So the person who is treating you may be the one who gives you your fit note.
    .if-not = If the person treating you cannot give you one, ask them who in their team can.
    .ask =
        Can you give me a fit note?
        If not, who in your team can?

fit-notes-missing =
    .title = If you did not get one
    .body =
        If the hospital expected you to be off work but gave you no fit note, ring the hospital team who treated you.
        It is their job to give you one. Your GP should not need to do it for them.
    .if-not = If the hospital team does not help, ask for the hospital's patient advice team.
    .ask =
        Can you post or email my fit note to me?
        Does it cover all the time I need off?

fit-notes-gp =
    .title = When your GP gives it
    .body =
        Your GP practice gives fit notes for problems that your GP is treating.
        For a problem the hospital is treating, ask the hospital team first.
        If you are not sure who is treating you for a problem, ask your GP practice.
    .if-not = If you cannot get a fit note from anyone, ask your GP practice what to do.
    .ask =
        Who is treating me for this problem?
        Can you give me a fit note for it?
