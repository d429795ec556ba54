# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = If your child seems more unwell
    .summary = When to call 999, when to get help the same day, and who to tell if your child is under a hospital team.
    .intro = Children can get worse quickly. You know your child best. Here is when to get help, who to call, and who to tell.
    .keywords = child unwell, child ill, sick child, baby unwell, child getting worse, child worse, fever, high temperature, rash, not eating, not drinking, breathing, floppy, worried about my child, when to call 999, when to call 111, open access, children's ward

child-unwell-emergency =
    .title = When to call 999
    .body =
        Call 999 if your child finds it hard to breathe, or is very hard to wake.
        Also call 999 if your child has a fit, or goes very pale, blue or blotchy.
        Call 999 if your child has a rash that does not fade when you press a glass on it.
    .if-not = If you cannot get through on 999, keep trying. Do not wait to see if your child gets better.
    .ask =
        What signs should make me call 999?

child-unwell-same-day =
    .title = Get help the same day
    .body =
        If your child seems more unwell, or you are worried, contact your GP practice or call NHS 111 the same day.
        Tell them if your child is not drinking, is much more sleepy than usual, or is getting worse.
        NHS 111 is open day and night. You can also go to 111.nhs.uk.
    .if-not = If you cannot get through to your GP practice and you are worried, call NHS 111. If your child gets worse, call 999.
    .ask =
        What should I look out for tonight?
        When should I call you again?

child-unwell-hospital-team =
    .title = If a hospital team already looks after your child
    .body =
        Some children can go straight back to the children's ward if they get ill. This is called open access. If your child has it, the team will have told you.
        If you have a number for the team, call them. Tell them your child is more unwell.
        If you cannot reach them, contact your GP practice or NHS 111 the same day. In an emergency, call 999.
    .if-not = If the team has not called you back and your child is no better, call NHS 111 or your GP practice. Do not wait.
    .ask =
        Does my child have open access to the ward?
        Who do I call at night?

child-unwell-after =
    .title = After your child has been seen
    .body =
        The person who saw your child should tell you what to look out for, and when to come back.
        If your child went to A&E or the hospital, they send a letter to your GP.
        If your child is not better when they said, or gets worse, get help again. It is fine to ask more than once.
    .if-not = If you are not sure what to do next, call NHS 111 or your GP practice.
    .ask =
        What signs mean I should bring my child back?
        How long should it take to get better?
