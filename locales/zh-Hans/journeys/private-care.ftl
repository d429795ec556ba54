# Journey: moving from private care to the NHS. (从私人医疗转到 NHS)
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = 从私人医疗转到 NHS
    .summary = 看过私人医生后，谁给您开药、做检查，以及怎样进入 NHS 的等候名单。
    .intro = 您看过私人医生，现在想让一部分照护由 NHS（英国国家医疗服务体系）提供。有些事情可以转过来，有些不可以。下面说明谁做什么。
    .keywords = 私人, 私立, 私人医生, 私人诊所, 私立医院, 私人医院, 私人顾问医生, 私人处方, 自费, 付费, 保险, 医疗保险, 转到NHS, 私人看病后排NHS, NHS等候名单, GP不给开药, GP不开药, 私人检查, private, private doctor, private clinic, private hospital, private consultant, private prescription, paid, insurance, switch to NHS, NHS waiting list after private, GP will not prescribe, private tests

private-care-clinic =
    .title = 私人诊所负责它开始的治疗
    .body =
        对于私人诊所开始的任何治疗，第一张处方由私人诊所开。费用由您支付。
        如果私人医生要求做检查或复查，由私人诊所来做，并告诉您结果。
        私人诊所应该写信给您的 GP（家庭医生），说明您的照护情况。
    .if-not = 如果您对私人医疗有问题，请联系私人诊所。他们的联系方式在您的信上。
    .ask =
        您会写信给我的 GP 吗？
        谁为我做检查和复查？

private-care-gp-prescribing =
    .title = 您的 GP 可能会接手开一些药
    .body =
        您可以请您的 GP 开私人医生开始给您用的药。由您的 GP 决定这是否适合您。
        您的 GP 可能会拒绝。原因可能是这种药需要专科医生持续留意。也可能是 NHS 通常不提供这种药。
        如果您的 GP 拒绝，私人诊所会继续给您开这种药。
    .if-not = 如果您的药快用完了，请在用完之前联系私人诊所。
    .ask =
        您可以通过 NHS 给我开这种药吗？
        如果不行，我应该怎么办？

private-care-nhs-list =
    .title = 进入 NHS 的等候名单
    .body =
        想让 NHS 医院团队给您看病，通常需要 NHS 转诊。请和您的 GP 谈谈。
        由您的 GP 决定您是否需要转诊。请问您的 GP 这对您会怎样进行。
    .if-not = 如果您不确定您所在地区的规定是怎样的，请问您的 GP 诊所。
    .ask =
        您可以为这个问题把我转诊到 NHS 吗？
        我需要从头开始等吗？

private-care-worse =
    .title = 如果您的病情加重
    .body =
        如果您的病情加重了很多，或者出现让您担心的新症状，请在当天联系您的 GP 诊所或拨打 NHS 111。紧急情况下，请拨打 999。
        也请告诉正在给您治疗的私人医生。
    .if-not = 如果到下一个工作日结束时还没有人回电话给您，请再打一次。如果您感觉病情加重，请在当天拨打 NHS 111。
    .ask =
        如果我在晚上病情加重，应该打电话给谁？
