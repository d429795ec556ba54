# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Your child is sent to a children's doctor
    .summary = Who books your child's visit, who to call while you wait, and who tells you the results.
    .intro = Your GP wants a children's doctor at the hospital to help with your child's care. As the parent or carer, you are told what is going on for your child. Here is what happens next, and who does each part.
    .keywords = child, children, my child, son, daughter, baby, kids, paediatrician, paediatrics, children's doctor, children's hospital, child referral, referral, hospital letter, appointment, waiting list, parent, carer, child more unwell, child getting worse

child-referral-advice =
    .title = Your GP may ask a children's doctor for advice first
    .body =
        A children's doctor is called a paediatrician. Your GP may ask one for advice about your child first. This may be by phone or online.
        In some areas, a paediatrician comes to GP surgeries to see children there. Some children can be cared for at home by a hospital team.
        The advice may mean your child does not need to go to the hospital. Your GP tells you what the paediatrician said.
    .if-not = If you are not sure what your GP is doing for your child, contact your GP practice and ask.
    .ask =
        Are you asking a paediatrician for advice, or sending my child to the hospital?
        How will you tell me what they said?

child-referral-sent =
    .title = Your GP sends the referral
    .body =
        If your child needs to see a paediatrician, your GP writes to them. This is called a referral.
        Your GP also says how soon your child needs to be seen. A referral can be routine or urgent.
        Sometimes the hospital asks for tests first. If so, your GP arranges these before the referral is sent.
        You are told the same things an adult patient would be told. You are told them on your child's behalf.
    .if-not = Ask your GP when you should hear about the referral. If you have heard nothing by then, contact your GP practice. Ask them if the referral has been sent.
    .ask =
        Why does my child need to see a paediatrician?
        Is the referral routine or urgent?
        Does my child need any tests first?

child-referral-booking =
    .title = You get a letter, email or text to book
    .body =
        You may get a letter with a booking number and a password. Keep it safe.
        Or you may get an email or a text. It has a link to book on the NHS App or the NHS website.
        Use it to pick a date and time for your child, or to ring the booking team.
        Some texts that look like they are from the NHS are scams. The NHS will not ask you to pay or give your bank details. If you are not sure, do not use the link. Ring the number on your letter.
    .if-not = If nothing has come by the time your GP said, ring the number on your referral letter. If you have no letter, ask your GP practice.
    .ask =
        Can I choose which hospital my child goes to?
        Can my child be seen near where we live?

child-referral-waiting =
    .title = Your child waits to be seen
    .body =
        The hospital team looks after your child's place on the list.
        The hospital may text you to check your child still needs to be seen. Reply if you can. If you do not reply, ring the hospital team. Your child will not be taken off the list just because you did not reply.
        If you have a question about the visit, ask the hospital team. They should answer you, not send you back to your GP.
    .if-not = If you have not heard from the hospital when you were told you would, ring the hospital team.
    .ask =
        How long is the wait for this team?
        Who do I ring if our plans change?

child-referral-worse =
    .title = If your child seems more unwell
    .body =
        Trust your feelings. You know your child best.
        Call 999 if your child finds it hard to breathe, is very hard to wake, or has a fit. Also call 999 if they have a rash that does not fade when you press a glass on it.
        If your child seems more unwell, or you are worried, contact your GP practice or call NHS 111 the same day.
        Also tell the hospital team. A doctor there can check if your child needs to be seen sooner. Your GP can also make the referral urgent.
    .if-not = If the hospital team has not called you back by the end of the next working day, ring again. Do not wait for them if your child seems worse: call your GP practice or NHS 111 the same day.
    .ask =
        What signs should make me call you?
        Can my child be seen sooner if they get worse?

child-referral-visit =
    .title = Your child's first visit
    .body =
        Your child sees the paediatrician or someone else in the children's team. They may talk with you both, examine your child or do tests.
        Bring the letter, a list of your child's medicines and any questions you have.
        Each part of your child's care should have one team in charge. If you are not sure which team that is, ask.
        Older children may want to talk to the doctor alone for part of the visit. Young people can often choose what is shared with their parents.
    .if-not = If the visit is cancelled, the hospital team should give you a new date. Ring them if you have not had one.
    .ask =
        What do you think the problem is?
        Which team is in charge of each part of my child's care?
        Who do I call if I have a question later?

child-referral-letter =
    .title = The hospital writes to your GP
    .body =
        After the visit, the hospital team writes to your GP if your GP needs to do something. This is called a clinic letter. You should get a copy too.
    .if-not = If your GP practice has not had the letter by the time shown, ring the hospital team. Ask them to send it.
    .ask =
        Is there anything our GP needs to do?
        Can I have a copy of the letter?

child-referral-results =
    .title = Tests and results
    .body =
        If the hospital team asks for a test, they check the result and tell you.
        Children often have blood taken at a children's clinic at the hospital. Ask the team where to go.
        Wherever the test is done, the team who asked for it tells you the result.
    .if-not = If a result is late, contact the team who asked for the test.
    .ask =
        Where should my child have the test?
        When and how will you tell me the results?
        Does my child need to see you again?
