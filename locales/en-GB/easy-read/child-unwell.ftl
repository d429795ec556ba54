# Easy Read: If your child seems more unwell.
# Facts: locales/en-GB/journeys/child-unwell.ftl; sources: src/journeys/child_unwell.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-child-unwell =
    .title = If your child seems more unwell
    .parent = Children can get worse fast. You know your child best.
    .help = This says when to get help, who to ring, and who to tell.

easy-child-unwell-emergency =
    .title = When to call 999
    .emergency = Call 999 if your child finds it hard to breathe. Or if they are very hard to wake.
    .emergency-2 = Call 999 if your child has a fit. Or goes very pale, blue or blotchy.
    .emergency-3 = Call 999 if a rash does not fade when you press a glass on it.
    .if-not = Cannot get through on 999? Keep trying. Do not wait to see if your child gets better.

easy-child-unwell-same-day =
    .title = Get help the same day
    .gp = Does your child seem more unwell? Are you worried? Ring your GP practice or call 111 the same day.
    .talk = Tell them if your child is not drinking. Or much more sleepy than usual. Or getting worse.
    .nhs-111 = 111 is open day and night.
    .online = You can also go to 111.nhs.uk.
    .if-not = Cannot get through to your GP practice, and worried? Call 111. If your child gets worse, call 999.

easy-child-unwell-hospital-team =
    .title = If a hospital team already looks after your child
    .bed = Some children can go straight back to the children's ward if they get ill. This is called open access. If your child has it, the team will have told you.
    .phone = Got a number for the team? Ring them. Tell them your child is more unwell.
    .gp = Cannot reach them? Ring your GP practice or call 111 the same day.
    .emergency = In an emergency, call 999.
    .if-not = The team has not rung you back, and your child is no better? Call 111 or ring your GP practice. Do not wait.

easy-child-unwell-after =
    .title = After your child has been seen
    .person = The person who saw your child should tell you what to look out for. They should say when to come back.
    .letter = Did your child go to A&E or the hospital? They send a letter to your GP.
    .parent = Is your child not better when they said? Or getting worse? Get help again. It is fine to ask more than once.
    .if-not = Not sure what to do next? Call 111 or ring your GP practice.
