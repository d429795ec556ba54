# Easy Read: When you go home from hospital.
# Facts: locales/en-GB/journeys/leaving-hospital.ftl; sources: src/journeys/leaving_hospital.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-leaving-hospital =
    .title = When you go home from hospital
    .bed = You are going home after a stay in hospital. The ward is where you stayed.
    .hospital = The hospital team should do some things before you leave.
    .phone = This guide says who to ring if you have questions.

easy-leaving-hospital-medicines =
    .title = Your new medicines
    .medicine = The hospital gives you at least 7 days of any new medicine. Need it for less time? You get all of it.
    .gp = You should not have to get this from your GP. Not given it? Ask before you leave.
    .talk = The staff should tell you what each medicine is for. They should tell you its side effects. A side effect is a problem a medicine can cause.
    .medicine-2 = The guide on medicines after hospital says who gives you more.
    .if-not = About to leave without your new medicines? Ask the ward staff. Already home? Ring the ward.

easy-leaving-hospital-fit-note =
    .title = A fit note for work
    .fit-note = A fit note is a note for your work. It says if you are well enough to work. Some people call it a sick note.
    .calendar = For the first 7 days off sick, you do not need one. You fill in a form for your boss yourself.
    .hospital = Need more time off? The hospital gives you a fit note. It should cover all the time they think you will be off.
    .gp = So you should not need to ask your GP for one for that time.
    .if-not = Left without a fit note you need? Ring the ward. Ask for one.

easy-leaving-hospital-care-at-home =
    .title = Help at home
    .home = Some people need help at home after a stay in hospital. The ward team plans this with you before you leave.
    .person = A nurse may visit you. This is called a district nurse. Or a team may help you do things for yourself again, for a short time.
    .hospital = Some people are cared for at home by a hospital team, not on a ward. This is sometimes called a virtual ward.
    .phone = The team tells you how to reach them, day and night.
    .if-not = Help you were told about did not come? Ring the number the ward gave you for it. No number? Ring the ward.

easy-leaving-hospital-check =
    .title = Check you have these before you leave
    .medicine = At least 7 days of any new medicines. What each one is for, and its side effects.
    .letter = A leaflet about your care. A fit note, if you need one.
    .phone = The phone number of the ward, and of the hospital team.
    .help = How your next visit will be set up. The names of groups that can help you, like charities.
    .if-not = Not got one of these? Ask the ward staff before you leave. Already home? Ring the ward.

easy-leaving-hospital-letter =
    .title = The hospital writes to your GP
    .letter = When you leave, the hospital team writes to your GP. This letter is called a discharge summary. Discharge means you leave the hospital.
    .gp = It tells your GP what happened in hospital. It tells them about any changes to your medicines.
    .clock = Your GP should get it within 24 hours of you leaving.
    .you = You should get a copy too.
    .if-not = Your GP practice says it has not had the letter? Ring the ward. Ask them to send it.

easy-leaving-hospital-questions =
    .title = If you have questions at home
    .phone = A question about your stay or your new medicines? Ring the ward. The number is often on your letter from the ward.
    .hospital = No ward number on the letter? Ring the hospital's main number. Ask them to put you through to the ward.
    .bed = The ward team should answer you. They should not tell you to ask your GP.
    .nhs-111 = Feel unwell and not sure what to do? Ring your GP practice or call 111 the same day. In an emergency, call 999.
    .if-not = No call back from the ward by the end of the next working day? Ring again. Cannot get through? Ask for the hospital's patient advice team.
