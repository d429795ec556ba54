# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic. (门诊之后的随访)
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = 门诊就诊后会怎样
    .summary = 谁为您预约下一次就诊或检查，什么时候要您自己联系，以及门诊结束诊疗后会怎样。
    .intro = 您去过门诊后，医院团队会说明接下来会怎样。他们可能会再见您，可能会请您在需要时自己联系他们，也可能会把您交回给您的 GP（家庭医生）。下面说明每种情况下谁做什么。
    .keywords = 随访, 复诊, 病人主动发起的随访, 病人主动随访, PIFU, 开放预约, 有症状再来, 需要时联系我们, 结束诊疗, 门诊结束, 交回GP, 回到GP, 下次预约, 下次就诊, 复查, 再次扫描, 定期复查, 每年复查, 年度复查, 检查, follow-up, follow up, patient initiated follow-up, open appointment, see on symptoms, contact us if you need us, discharged from clinic, discharged to GP, back to my GP, next appointment, repeat scan, recall, check-up, annual review

follow-up-choice =
    .title = 医院团队说明接下来会怎样
    .body =
        门诊就诊结束时，医院团队会告诉您接下来会怎样。
        他们可能会再预约一次就诊或检查。他们可能会请您在需要时自己联系他们。或者，他们可能会结束对您的诊疗（discharge）。这表示由您的 GP 重新照看您。
        他们应该告诉您是哪一种。门诊信里也会写明。
    .if-not = 如果您不确定自己属于哪一种，请打电话给医院团队问一问。
    .ask =
        我还会再见您吗？
        您会预约，还是我应该联系您？

follow-up-recall =
    .title = 医院自己预约就诊和检查
    .body =
        如果医院团队想再见您，或者重复做一项检查，医院团队会自己预约。这也包括每年都要做的复查。
        您的 GP 不会为您预约医院的就诊或检查。
    .if-not = 如果到了他们说的时间，告诉过您的就诊或检查还没有预约好，请打电话给医院团队。
    .ask =
        我下一次什么时候见您？
        谁为我预约下一次检查？

follow-up-patient-initiated =
    .title = 如果请您自己联系
    .body =
        有些团队不会再预约就诊。而是在您需要时，由您联系他们。这叫做“病人主动发起的随访”（patient initiated follow-up，简称 PIFU）。
        团队会给您一个电话号码，告诉您出现哪些迹象时要打电话，以及您可以这样做多长时间。
        如果到这段时间结束时您都没有打过电话，团队可能会结束诊疗，把您交回给您的 GP。他们在这样做之前应该先告诉您。
    .if-not = 如果您打电话但打不通，请在下一个工作日再试。如果您感觉病情加重，请在当天联系您的 GP 诊所或 NHS 111。
    .ask =
        出现哪些迹象时我应该联系您？
        我可以在多长时间内联系您？
        这段时间结束时会怎样？

follow-up-discharged =
    .title = 如果门诊结束对您的诊疗
    .body =
        结束诊疗表示医院团队的工作已经完成。由您的 GP 诊所重新照看您。
        门诊信会告诉您的 GP 接下来做什么，以及要注意什么。
        如果问题又出现或加重，请联系您的 GP 诊所。如果您需要，您的 GP 可以再次为您转诊。
    .if-not = 如果您认为自己是被错误地结束了诊疗，请打电话给医院团队问一问。
    .ask =
        您为什么要结束对我的诊疗？
        出现什么情况时我应该回去找我的 GP？

follow-up-worse =
    .title = 如果您的病情加重
    .body =
        如果您的病情加重了很多，或者出现让您担心的新症状，请在当天联系您的 GP 诊所或拨打 NHS 111。紧急情况下，请拨打 999。
        如果您有医院团队的电话号码，也请告诉他们。
    .if-not = 如果到下一个工作日结束时还没有人回电话给您，请再打一次。如果您感觉病情加重，请在当天拨打 NHS 111。
    .ask =
        晚上或周末我应该打电话给谁？
