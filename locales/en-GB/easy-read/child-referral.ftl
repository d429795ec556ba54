# Easy Read: Your child is sent to a children's doctor.
# Facts: locales/en-GB/journeys/child-referral.ftl; sources: src/journeys/child_referral.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-child-referral =
    .title = Your child is sent to a children's doctor
    .gp = Your GP wants a children's doctor at the hospital to help your child.
    .parent = You are the parent or carer. You are told what is going on for your child.

easy-child-referral-advice =
    .title = Your GP may ask for advice first
    .gp = Your GP may ask a children's doctor for advice about your child. This may be by phone or online.
    .hospital = In some areas, a children's doctor sees children at the GP surgery.
    .home = Some children get care at home from a hospital team.
    .talk = Your child may not need to go to hospital. Your GP tells you what the doctor said.
    .if-not = Not sure what your GP is doing for your child? Ring your GP practice and ask.

easy-child-referral-sent =
    .title = Your GP writes to the hospital
    .gp = If your child needs a children's doctor, your GP writes to them. This is called a referral.
    .clock = Your GP says how soon your child needs to be seen. It may be urgent, or not.
    .test = Sometimes the hospital wants tests first. Your GP sets these up before the referral.
    .parent = You are told what an adult would be told. You hear it for your child.
    .if-not = Ask your GP when you should hear. Heard nothing by then? Ring your GP practice. Ask if they sent the referral.

easy-child-referral-booking =
    .title = You book your child's visit
    .letter = You may get a letter with a booking number and a password. Keep it safe.
    .online = Or you get an email or text with a link. You book on the NHS App or NHS website.
    .phone = Use it to pick a date and time. Or use it to ring the booking team.
    .money = Some texts look real but are fakes. Real ones never ask you to pay. Do not give bank details. Not sure? Do not use the link. Ring the number on your letter.
    .if-not = Nothing came by the time your GP said? Ring the number on your letter. No letter? Ask your GP practice.

easy-child-referral-waiting =
    .title = Your child waits to be seen
    .hospital = The hospital team keeps your child's place on the list.
    .text-message = The hospital may text you. They check your child still needs to come. Reply if you can.
    .phone = Did not reply? Ring the hospital team. Your child will not lose their place just for that.
    .talk = Questions about the visit? Ask the hospital team. They should not send you back to your GP.
    .if-not = Not heard when they said? Ring the hospital team.

easy-child-referral-worse =
    .title = If your child seems more unwell
    .parent = Trust your feelings. You know your child best.
    .emergency = Call 999 if your child finds it hard to breathe. Also if they are very hard to wake, or have a fit. Also for a rash that does not fade when you press a glass on it.
    .gp = More unwell, or you are worried? Ring your GP practice or call 111 the same day.
    .hospital = Tell the hospital team too. A doctor there can check if your child should be seen sooner. Your GP can also make it urgent.
    .if-not = No call back from the hospital by the next working day? Ring again. Child worse? Do not wait. Ring your GP or 111 the same day.

easy-child-referral-visit =
    .title = Your child's first visit
    .hospital = Your child sees the children's doctor or someone in their team. They may talk with you both, check your child or do tests.
    .letter = Bring the letter, a list of your child's medicines and your questions.
    .help = Each part of your child's care should have one team in charge. Not sure which team? Ask.
    .young-person = Older children may want to see the doctor alone for a bit. Young people can often choose what their parents are told.
    .if-not = They cancelled the visit? They should give you a new date. Ring them if you have not had one.

easy-child-referral-letter =
    .title = The hospital writes to your GP
    .letter = After the visit, the hospital team may write to your GP. They do this if your GP needs to do something. You should get a copy.
    .clock = Your GP should get it within 7 days of the visit.
    .if-not = Your GP did not get the letter after 7 days? Ring the hospital team. Ask them to send it.

easy-child-referral-results =
    .title = Tests and results
    .test = If the hospital team asks for a test, they check the result. Then they tell you.
    .hospital = Children often have blood taken at a children's clinic at the hospital. Ask the team where to go.
    .results = Wherever the test is done, the team who asked for it tells you the result.
    .if-not = A result is late? Ring the team who asked for the test.
