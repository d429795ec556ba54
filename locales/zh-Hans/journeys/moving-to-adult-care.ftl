# Journey: moving from children's to adult care. Written for young people. (从儿童照护转到成人照护)
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = 从儿童照护转到成人照护
    .summary = 谁为您安排转到成人照护，以及转之前和转之后该联系谁。
    .intro = 您有一种长期存在的健康问题。这叫做长期病症。随着您长大，您的照护会从儿童团队转到成人服务。下面说明谁做什么。
    .keywords = 转到成人照护, 转成人科, 成人服务, 过渡, 转移, 转科, 长大, 满16岁, 满18岁, 16岁, 18岁, 青少年, 年轻人, 青年, 儿童医院, 长期病症, 慢性病, 成人门诊, 离开儿童服务, moving to adult care, adult services, transition, transfer, growing up, turning 16, turning 18, teenager, young person, young adult, children's hospital, long-term condition, adult clinic, leaving children's services

moving-to-adult-care-plan =
    .title = 您的儿童团队安排转科
    .body =
        医院里的儿童团队会安排您转到成人照护。他们最晚应该在您上学校 Year 9（9 年级，也就是 13 或 14 岁）时，开始和您谈这件事。
        应该有一位指定的工作人员帮您做计划。请问这个人是谁。
        如果您愿意，可以带一位家长或照顾者一起来。您也可以要求在每次就诊时，有一段时间单独见医生。
    .if-not = 如果还没有人和您谈过转科的事，请问您的儿童团队。您可以在下一次就诊时问。
    .ask =
        我什么时候会转到成人照护？
        谁是我的指定工作人员？
        就诊时，我可以有一段时间单独见您吗？

moving-to-adult-care-before =
    .title = 转科之前
    .body =
        在转科之前，仍然由您的儿童团队负责您的照护。
        您应该可以在转科之前见到成人团队的人。
        如果您有问题，或者您的病情加重，请联系您的儿童团队。如果您感觉不舒服，又不确定该怎么办，请在当天打电话给您的 GP（家庭医生）诊所或拨打 NHS 111。紧急情况下，请拨打 999。
    .if-not = 如果到下一个工作日结束时，儿童团队还没有回电话给您，请再打一次。如果您感觉病情加重，请在当天拨打 NHS 111 或打电话给您的 GP。
    .ask =
        在转科之前，我应该联系谁？
        转科之前，我可以见见成人团队吗？

moving-to-adult-care-adult-team =
    .title = 成人团队接手
    .body =
        转科之后，医院里的成人团队可能会照看您的病情。
        转科之后大约 6 个月里，您的指定工作人员应该和您保持联系，看看转科是否顺利。
        您的照护中，每一部分都应该有一个团队负责。您应该知道是哪个团队。请把他们的电话号码放在安全的地方。
    .if-not = 如果您不知道现在由谁负责，请问您的指定工作人员。或者问您的 GP 诊所。
    .ask =
        现在哪个团队负责我的照护？
        我怎样联系您？
        我多久见您一次？

moving-to-adult-care-gp =
    .title = 您的 GP 可能会成为您的主要医生
    .body =
        到了这个时候，您的 GP 可能会成为您的主要医生。这表示您的 GP 诊所会负责您更多的照护。
        请问您的儿童团队，您是不是会这样。
        有新的健康问题时，也是去找您的 GP 诊所。
    .if-not = 如果您不确定您的 GP 现在是不是您的主要医生，请问您的 GP 诊所。
    .ask =
        您现在是我的主要医生吗？
        您有医院寄来的关于我的信吗？
        如果我的病情加重，应该打电话给谁？
