# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Moving from private care to the NHS
    .summary = Who gives you medicines and checks after you see a private doctor, and how to join an NHS list.
    .intro = You have seen a private doctor, and now you want some of your care on the NHS. Some things move across and some do not. Here is who does what.
    .keywords = private, private doctor, private clinic, private hospital, private consultant, private prescription, paid, insurance, switch to NHS, NHS waiting list after private, GP will not prescribe, private tests

private-care-clinic =
    .title = The private clinic looks after what it starts
    .body =
        The private clinic gives you the first prescription for anything it starts. You pay for it.
        If the private doctor asks for tests or checks, the private clinic does them and tells you the results.
        The private clinic should write to your GP about your care.
    .if-not = If you have a question about your private care, contact the private clinic. Their details are on your letter.
    .ask =
        Will you write to my GP?
        Who does my tests and checks?

private-care-gp-prescribing =
    .title = Your GP may take over some medicines
    .body =
        You can ask your GP to prescribe a medicine the private doctor started. Your GP decides if this is right for you.
        Your GP may say no. This may be because the medicine needs a specialist to keep an eye on it. Or it may not usually be given on the NHS.
        If your GP says no, the private clinic keeps giving it to you.
    .if-not = If you are about to run out, contact the private clinic before you do.
    .ask =
        Can you prescribe this on the NHS?
        If not, what should I do?

private-care-nhs-list =
    .title = Joining an NHS waiting list
    .body =
        To be seen by an NHS hospital team, you usually need an NHS referral. Talk to your GP.
        Your GP decides if you need a referral. Ask your GP how this will work for you.
    .if-not = If you are not sure how the rules work in your area, ask your GP practice.
    .ask =
        Can you refer me to the NHS for this?
        Will I have to wait from the start?

private-care-worse =
    .title = If you get worse
    .body =
        If you get a lot worse, or have new symptoms that worry you, contact your GP practice or call NHS 111 the same day. In an emergency, call 999.
        Also tell the private doctor who is treating you.
    .if-not = If no one has called you back by the end of the next working day, ring again. If you feel worse, call NHS 111 the same day.
    .ask =
        Who do I call if I get worse at night?
