# Journey: your rights on a waiting list. (您在等候名单上的权利)
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = 您等待医院治疗时的权利
    .summary = 选择您的医院，等了很久后要求换医院，以及怎样识别假短信。
    .intro = 您的 GP（家庭医生）为您转诊时，您在去哪里看病、多快能看上这些方面有一些权利。下面说明这些权利是什么，以及该问谁。
    .keywords = 权利, 我的权利, 选择, 选择医院, 选择去哪里, 其他医院, 换医院, 转医院, 等待时间更短, 等很久, 等了很久, 18周, 等太久, 等候名单短信, 这条短信是真的吗, 诈骗, 诈骗短信, 假短信, NHS短信, 失去我的位置, 被移出名单, 投诉, rights, my rights, choice, choose hospital, other hospital, move hospital, shorter wait, long wait, 18 weeks, waiting too long, waiting list text, is this text real, scam, scam text, fake text, NHS text, lose my place, complaint

waiting-list-rights-choice =
    .title = 您常常可以选择您的医院
    .body =
        您的 GP 为您转诊时，您常常可以选择去哪家医院或诊所。在英格兰，对于大多数常规转诊，这是您的权利。
        您可以在 My Planned Care 网站上比较平均等待时间。请问您的 GP，您可以从哪些地方中选择。
    .if-not = 如果没有人让您选择，而您想选择，请问您的 GP 诊所。您也可以在预约时问预约团队。
    .ask =
        我可以从哪些医院中选择？
        哪一家等待时间最短？

waiting-list-rights-long-wait =
    .title = 如果您已经等了很久
    .body =
        对于大多数不紧急的问题，您有权在转诊后 18 周内开始治疗。这写在 NHS Constitution（NHS 章程）里。
        现在很多人的等待时间比这更长。如果您也是这样，您可以询问能否换到一家等待时间更短的医院。
        请问医院团队。在某些情况下，他们会主动联系您，提供这个选择。
    .if-not = 如果医院团队帮不了您，请问您的 GP 诊所。您也可以问医院的病人咨询团队。
    .ask =
        我可以在别的地方更早看病吗？
        换医院会改变由谁照护我吗？

waiting-list-rights-texts =
    .title = 确认您是否仍然需要看病的短信
    .body =
        医院可能会发短信，确认您是否仍然需要这次就诊。如果可以，请回复。如果您已经不需要了，请说明。
        不会只因为您没有回复，就把您从名单上删除。只有您本人或医生才能决定您不再需要看病。
    .if-not = 如果您担心自己已经被从名单上删除，请打电话给医院团队问一问。
    .ask =
        我还在你们的名单上吗？
        你们会怎样联系我？

waiting-list-rights-scams =
    .title = 怎样识别诈骗短信
    .body =
        有些短信假装是 NHS 发的。它们可能会说，除非您点击链接，否则您会失去您在名单上的位置。
        NHS 不会为了保留您的位置或为您预约，要您付钱或提供银行信息。
        如果您不确定一条短信是不是真的，不要使用里面的链接。请拨打医院信上的号码，或者问您的 GP 诊所。
    .if-not = 如果您点击了链接，并且提供了银行信息，请马上打电话给您的银行。
    .ask =
        这条短信真的是你们发的吗？

waiting-list-rights-help =
    .title = 如果您认为自己的权利没有得到保障
    .body =
        首先，和医院团队谈谈。他们也许能解决这个问题。
        如果不能，请找医院的病人咨询团队。出了问题时，他们会帮忙。他们也可以告诉您怎样投诉。
    .if-not = 如果病人咨询团队帮不了您，请问他们怎样投诉。您也可以告诉您的 GP 诊所。
    .ask =
        谁可以帮我处理这件事？
        我怎样投诉？
