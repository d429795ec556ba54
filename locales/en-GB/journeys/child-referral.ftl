# Journey: Your child has been referred to a children's doctor.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Your child is sent to a children's doctor
    .summary = Who books your child's visit, who to call while you wait, and who tells you the results.
    .intro = Your GP wants a children's doctor at the hospital to see your child. As the parent or carer, you are told what is going on for your child. Here is what happens next, and who does each part.
    .keywords = child, children, my child, son, daughter, baby, kids, paediatrician, paediatrics, children's doctor, children's hospital, child referral, referral, hospital letter, appointment, waiting list, parent, carer

child-referral-sent =
    .title = Your GP sends the referral
    .body =
        Your GP writes to a children's doctor at the hospital. This doctor is called a paediatrician. Sending your child to them is called a referral.
        Sometimes the hospital asks for tests first, like a blood test. If so, your GP does these before the referral is sent.
        You are told the same things an adult patient would be told. You are told them on your child's behalf.
    .if-not = If you have heard nothing after 2 weeks, contact your GP practice. Ask them if the referral has been sent.
    .ask =
        Why does my child need to see a paediatrician?
        Does my child need any tests first?
        Will it be marked as urgent?

child-referral-booking =
    .title = You get a letter, email or text to book
    .body =
        You may get a letter with a booking number and a password. Keep it safe.
        Or you may get an email or text from "NHS Referrals". It has a link that opens the NHS App or the NHS website.
        Use it to pick a date and time for your child, or to ring the booking team.
    .if-not = If nothing comes within 2 weeks, ring the number on your referral letter. If you have no letter, ask your GP practice.
    .ask =
        Can I choose which hospital my child goes to?
        Can my child be seen near where we live?

child-referral-waiting =
    .title = Your child waits to be seen
    .body =
        The hospital team looks after your child's place on the list. Your GP cannot make the visit come sooner.
        The hospital may text you to check your child still needs to be seen. Please answer, or your child may lose their place.
        If you have a question about the visit, ask the hospital team. They should answer you, not send you back to your GP.
    .if-not = If you have not heard from the hospital when you were told you would, ring the hospital team.
    .ask =
        How long is the wait for this team?
        Who do I ring if our plans change?

child-referral-worse =
    .title = If your child gets worse while you wait
    .body =
        If the problem gets worse, tell the hospital team. They decide if your child should be seen sooner.
        If your child is unwell and you are not sure what to do, call your GP practice or NHS 111.
        In an emergency, call 999.
        If your child has a new problem that is not linked to this one, see your GP as usual.
    .if-not = If the hospital team does not call you back, ring again. If your child seems worse, call NHS 111 or your GP.
    .ask =
        What changes should make me call you?
        Can my child be seen sooner if they get worse?

child-referral-visit =
    .title = Your child's first visit
    .body =
        Your child sees the paediatrician or someone else in the children's team. They may talk with you both, examine your child or do tests.
        Bring the letter, a list of your child's medicines and any questions you have.
        Each part of your child's care should have one team in charge. If you are not sure which team that is, ask.
    .if-not = If the visit is cancelled, the hospital team should give you a new date. Ring them if you have not had one.
    .ask =
        What do you think the problem is?
        Which team is in charge of each part of my child's care?
        Who do I call if I have a question later?

child-referral-results =
    .title = Test results and what comes next
    .body =
        If the hospital team asks for a test, they check the result and tell you. This is true even if the blood is taken at your GP surgery.
        The hospital team writes to your GP within 10 days if your GP needs to do something. You should get a copy too.
    .if-not = If a result is late, contact the team who asked for the test. If you have had no letter after 2 weeks, ring the hospital team.
    .ask =
        When and how will you tell me the results?
        Does my child need to see you again?
        Is there anything our GP needs to do?
