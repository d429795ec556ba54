# Easy Read: Your rights when you wait for hospital care.
# Facts: locales/en-GB/journeys/waiting-list-rights.ftl; sources: src/journeys/waiting_list_rights.rs.
# One idea a sentence, at most 15 words. A point's name is its picture (easy-read/pictures.ftl).

easy-waiting-list-rights =
    .title = Your rights when you wait for hospital care
    .gp = Your GP may send you to a hospital team. This is called a referral.
    .help = You have rights about where you go and how soon you are seen.
    .talk = This says what your rights are, and who to ask.

easy-waiting-list-rights-choice =
    .title = You can often choose your hospital
    .hospital = You can often choose which hospital or clinic you go to. This is your right in England, for most referrals that are not urgent.
    .online = You can compare average waits on the My Planned Care website.
    .gp = Ask your GP which places you can choose from.
    .if-not = Not offered a choice and wanted one? Ask your GP practice. You can also ask the booking team when you book.

easy-waiting-list-rights-long-wait =
    .title = If you have waited a long time
    .clock = You have a right to start treatment within 18 weeks of your referral. This is for most problems that are not urgent. This right is in the NHS Constitution.
    .calendar = Many waits are longer than this now. If yours is, you can ask about moving to another hospital with a shorter wait.
    .hospital = Ask the hospital team. Sometimes they will get in touch to offer this.
    .if-not = The hospital team cannot help? Ask your GP practice. You can also ask the hospital's patient advice team.

easy-waiting-list-rights-texts =
    .title = Texts that check you still need to come
    .text-message = The hospital may text you. They check you still need your visit.
    .you = Reply if you can. If you no longer need it, say so.
    .hospital = You will not be taken off the list just because you did not reply.
    .you-2 = Only you or a doctor can decide you no longer need to be seen.
    .if-not = Worried you were taken off the list? Ring the hospital team and ask.

easy-waiting-list-rights-scams =
    .title = How to spot a scam text
    .text-message = Some texts pretend to be from the NHS. They may say you will lose your place unless you click a link.
    .money = To keep your place or to book, the NHS will not ask you to pay. It will not ask for your bank details.
    .phone = Not sure a text is real? Do not use its link. Ring the number on your hospital letter. Or ask your GP practice.
    .if-not = Clicked a link and gave your bank details? Call your bank straight away.

easy-waiting-list-rights-help =
    .title = If you think your rights were not met
    .hospital = First, talk to the hospital team. They may be able to sort it out.
    .help = If not, ask for the hospital's patient advice team. They help when things go wrong.
    .letter = The patient advice team can also tell you how to make a complaint.
    .if-not = The patient advice team cannot help? Ask them how to make a complaint. You can also tell your GP practice.
