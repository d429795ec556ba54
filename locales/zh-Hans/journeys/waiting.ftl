# Journey: waiting for a hospital visit. (等待医院就诊)
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = 您等待医院就诊期间
    .summary = 等待期间谁照看您，以及病情加重时该告诉谁。
    .intro = 您在等候名单上，等着看医院团队。下面说明等待期间谁做什么，也说明病情加重时该打电话给谁。
    .keywords = 等候名单, 等待时间, 等待, 要等多久, 多久, 等很久, 还在等, 病情加重, 感觉更糟, 症状加重, 新症状, 早点看, 加快, 快一点, 排前面, 提前, 预约日期, 我的预约是什么时候, My Planned Care, 平均等待时间, 医院的短信, 您还需要这次预约吗, 血压, 保持健康, 其他健康问题, 催医院, waiting list, waiting time, wait, how long, long wait, still waiting, getting worse, feeling worse, symptoms worse, new symptoms, sooner, speed up, move up the list, appointment date, when is my appointment, my planned care, average wait, text from hospital, do you still need your appointment, blood pressure, stay well, other health problems, chase hospital

waiting-list =
    .title = 医院为您保留位置
    .body =
        医院团队负责管理等候名单和您在名单上的位置。
        您可以在 My Planned Care 网站上查到平均等待时间。网站上有每家医院、每种照护类型的等待时间。网站每周更新。
        这只是平均数，所以您自己的等待时间可能更长，也可能更短。这个网站不显示癌症治疗的等待时间。
    .if-not = 如果到了告诉您的时间，您还没有收到医院的消息，请打电话给医院团队，请他们查一查您是否在名单上。
    .ask =
        我大概要等多久？
        如果我的安排有变，应该打电话给谁？
        如果等待时间变长，您会告诉我吗？

waiting-check =
    .title = 医院确认您是否仍然需要来
    .body =
        医院可能会联系您，确认您是否仍然需要这次就诊。常常是发短信。
        如果可以，请回复。如果您已经不需要这次就诊，请说明。这样别人就可以用您的位置。
        如果您没有回复，您不会只因为这个就失去您的位置。医院会试着用别的方式联系您，或者问您的 GP（家庭医生）。
        有些短信看起来像是 NHS 发的，其实是诈骗。NHS 不会要您付钱，也不会要您提供银行信息。如果您不确定一条短信是不是真的，不要使用里面的链接。请拨打医院信上的号码。
    .if-not = 如果您错过了短信，或者不小心回复错了，请打电话给医院团队告诉他们。
    .ask =
        你们会怎样联系我？
        如果我错过了你们的短信，会怎样？

waiting-care =
    .title = 您的 GP 仍然照看您
    .body =
        您的 GP 诊所仍然照看您的其他健康问题。例如，他们会帮您把血压控制好。
        这很重要。它有助于确保您在医院的治疗不会被耽误。
        您也可以出一份力。继续用您的药。按时去做复查。
        如果您有一个新问题，和您正在等待的问题无关，请像平常一样去看您的 GP。
    .if-not = 如果到了该复查的时候，您还没有收到消息，请联系您的 GP 诊所。
    .ask =
        等待期间，我可以做些什么来保持健康？
        我的其他健康问题控制好了吗？
        我下一次复查是什么时候？

waiting-worse =
    .title = 如果您的病情加重
    .body =
        如果您的病情加重了很多，或者出现让您担心的新症状，请在当天联系您的 GP 诊所或拨打 NHS 111。
        紧急情况下，请拨打 999。
        也请告诉医院团队。那里的医生可以看看您是否需要早点看病。
        您的 GP 也可以请医院早点看您，或者把转诊改为紧急。
    .if-not = 如果到下一个工作日结束时，医院团队还没有回电话给您，请再打一次。如果您感觉病情加重，不要等他们回电：请在当天打电话给您的 GP 诊所或拨打 NHS 111。
    .ask =
        出现哪些变化时我应该打电话给您？
        晚上或周末我应该打电话给谁？

waiting-questions =
    .title = 如果您有问题
    .body =
        如果您对就诊有问题，请问医院团队。医院必须告诉您怎样联系医院。请查看您的信或短信。
        医院团队应该自己回答您。他们不应该让您去问您的 GP。
        如果您已经等了很久，您可以询问能否去另一家医院。请阅读关于您在等候名单上的权利的指南。
    .if-not = 如果您得不到答复，请找医院的病人咨询团队。出了问题时，他们会帮忙。
    .ask =
        联系您最好的方式是什么？
        关于我在名单上的位置，我可以和谁谈？
