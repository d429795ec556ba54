# Journey: missing or cancelling a hospital visit. (错过或取消医院就诊)
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = 如果您错过或取消了医院就诊
    .summary = 如果您不能去医院就诊该怎么办，以及谁来预约新的就诊。
    .intro = 有时您不能去医院就诊。下面说明该怎么做，以及谁来安排新的日期。大多数情况下，您应该不必回到您的 GP（家庭医生）那里从头开始。
    .keywords = 错过预约, 错过就诊, 没去, 忘了, 忘了预约, 取消, 取消预约, 被取消, 去不了, 不能去, 赶不上, 改预约, 更改预约, 改时间, 改期, 重新安排, 重新预约, 新日期, 没有到场, DNA, 结束诊疗, 结束诊疗信, 医院取消, 手术取消, 手术被取消, 医院改了我的预约, 再次转诊, 回到GP, missed appointment, missed, forgot my appointment, cancel, cancelled, canceled, can't go, cannot go, change appointment, rearrange, reschedule, rebook, new date, did not attend, discharged, discharge letter, hospital cancelled, operation cancelled, surgery cancelled, referred again, back to GP

missed-appointments-tell =
    .title = 尽快告诉医院
    .body =
        如果您不能去医院就诊，请尽快告诉医院团队。请拨打您的信或短信上的号码。
        这样他们就可以把您的时段给别人。
        和他们通话时，请他们给您一个新的日期。
    .if-not = 如果您打不通，请在下一个工作日再试。有些医院也可以让您在网上或通过短信更改就诊时间。
    .ask =
        我现在可以约一个新日期吗？
        我可以改成电话或视频就诊吗？

missed-appointments-rebook =
    .title = 医院为您预约新的日期
    .body =
        医院团队会为您预约新的日期。您的 GP 不做这件事。
        如果您错过了就诊，又没有告诉他们，请尽快打电话给医院团队。告诉他们您仍然需要看病。
        医院不应该有这样的规定：凡是错过就诊的人，都一律被送回给他们的 GP。
    .if-not = 如果医院让您回去找您的 GP，请问他们为什么。问问他们能不能改为给您一个新的日期。
    .ask =
        我的新日期是哪天？
        如果我再错过一次就诊，会怎样？

missed-appointments-discharged =
    .title = 如果您收到信，说您已被结束诊疗
    .body =
        您错过就诊后，医院的一位医生会查看您的病历。他们可能会决定您不需要再看病。这时，他们会给您和您的 GP 寄一封信。这叫做结束诊疗信（discharge letter）。
        如果您的问题仍然存在，请先打电话给医院团队。告诉他们您为什么错过了就诊。问问他们能不能见您。
        如果他们不能见您，请联系您的 GP 诊所。如果您仍然需要，您的 GP 可以再次为您转诊。
    .if-not = 如果您不确定自己是否还在名单上，请打电话给医院团队问一问。不要等着别人来告诉您。
    .ask =
        我还在你们的名单上吗？
        我已经解释过了，现在您可以见我吗？

missed-appointments-hospital-cancels =
    .title = 如果医院取消就诊
    .body =
        有时，医院不得不取消或更改您的就诊。
        如果发生这种情况，医院团队应该给您一个新的日期。这是他们的工作，不是您的 GP 的工作。
        医院可能会在手术当天取消您的手术，原因与您的健康无关。这时，医院应该在 28 天内为您提供一个新的日期。如果做不到，医院应该付钱让您在另一家医院做手术。
        如果您在等待期间病情加重，请在当天联系您的 GP 诊所或 NHS 111，并告诉医院团队。紧急情况下，请拨打 999。
    .if-not = 如果您还没有拿到新的日期，请打电话给医院团队。
    .ask =
        我的就诊为什么被取消了？
        我什么时候能拿到新的日期？
