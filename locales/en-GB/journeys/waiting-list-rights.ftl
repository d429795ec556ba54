# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Your rights when you wait for hospital care
    .summary = Choosing your hospital, asking to move after a long wait, and how to spot fake texts.
    .intro = When your GP refers you, you have rights about where and how soon you are seen. Here is what they are, and who to ask.
    .keywords = rights, my rights, choice, choose hospital, choose where, other hospital, move hospital, shorter wait, long wait, 18 weeks, waiting too long, waiting list text, is this text real, scam, scam text, fake text, NHS text, lose my place, complaint

waiting-list-rights-choice =
    .title = You can often choose your hospital
    .body =
        When your GP refers you, you can often choose which hospital or clinic you go to. This is your right in England, for most routine referrals.
        You can compare average waits on the My Planned Care website. Ask your GP which places you can choose from.
    .if-not = If you were not offered a choice and wanted one, ask your GP practice. You can also ask the booking team when you book.
    .ask =
        Which hospitals can I choose from?
        Which one has the shortest wait?

waiting-list-rights-long-wait =
    .title = If you have waited a long time
    .body =
        For most problems that are not urgent, you have a right to start treatment within 18 weeks of a referral. This is in the NHS Constitution.
        Many waits are longer than this now. If yours is, you can ask about moving to another hospital with a shorter wait.
        Ask the hospital team. In some cases they will contact you to offer this.
    .if-not = If the hospital team cannot help, ask your GP practice. You can also ask the hospital's patient advice team.
    .ask =
        Can I be seen somewhere else sooner?
        Would moving change who looks after me?

waiting-list-rights-texts =
    .title = Texts that check you still need to be seen
    .body =
        The hospital may text to check you still need your visit. Reply if you can. If you no longer need it, say so.
        You will not be taken off the list just because you did not reply. Only you or a doctor can decide that you no longer need to be seen.
    .if-not = If you are worried you have been taken off the list, ring the hospital team and ask.
    .ask =
        Am I still on your list?
        How will you get in touch with me?

waiting-list-rights-scams =
    .title = How to spot a scam text
    .body =
        Some texts pretend to be from the NHS. They may say you will lose your place unless you click a link.
        The NHS will not ask you to pay, or to give your bank details, to keep your place or to book.
        If you are not sure a text is real, do not use its link. Ring the number on your hospital letter, or ask your GP practice.
    .if-not = If you clicked a link and gave your bank details, call your bank straight away.
    .ask =
        Is this text really from you?

waiting-list-rights-help =
    .title = If you think your rights were not met
    .body =
        First, talk to the hospital team. They may be able to sort it out.
        If not, ask for the hospital's patient advice team. They help when things go wrong. They can also tell you how to make a complaint.
    .if-not = If the patient advice team cannot help, ask them how to make a complaint. You can also tell your GP practice.
    .ask =
        Who can help me with this?
        How do I make a complaint?
