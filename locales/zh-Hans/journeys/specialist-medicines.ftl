# Journey: a hospital specialist starts a new medicine. (医院专科医生让您开始用新药)
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = 医院医生让您开始用一种新药
    .summary = 谁给您这种药，谁给您更多的药，以及关于副作用和检查该问谁。
    .intro = 医院的一位专科医生让您开始用一种新药。专科医生是非常了解某一类健康问题的医生。下面说明谁给您这种药，谁给您更多的药，也说明如果用药出了问题该问谁。
    .keywords = 处方, 药片, 药, 药物, 新药, 专科医生开的药, 专科医生开始用药, 门诊开的药, 重复处方, 续药, 共同照护, 共同照护协议, 副作用, 验血, 抽血, 监测, 药快用完, 药用完了, 医院处方, 专科药物, 药房, prescription, tablets, medicine, medication, new medicine, specialist started a medicine, clinic medicine, repeat prescription, shared care, shared care agreement, side effects, blood test, monitoring, running out, hospital prescription, specialist drug, pharmacy

specialist-medicines-start =
    .title = 医院给您第一批药
    .body =
        医院的一位专科医生决定您需要用一种新药。
        如果您需要现在就开始用，医院会给您第一批药。您不需要为此去找您的 GP（家庭医生）。
        住院后，您会拿到至少 7 天的量；如果疗程不到 7 天，您会拿到整个疗程的药。
        门诊就诊后，如果您需要马上开始用，医院会给您足够现在用的药。或者，门诊信会请您的 GP 给您开这种药。
    .if-not = 如果有人告诉您现在就要开始用某种药，但没有给您药，请打电话给医院团队。
    .ask =
        这种药是治什么的？
        我应该什么时候用、怎样用？
        这种药是您给我，还是我的 GP 给我？

specialist-medicines-gp =
    .title = 之后，大多数药由您的 GP 开处方
    .body =
        对于大多数药，门诊信会请您的 GP 给您开更多的药。处方是让您可以拿到药的单子。
        请等到您的 GP 诊所收到信。然后请他们把这种药加到您的重复处方（repeat prescription）里。
        每次都要提早订药，这样您就不会把药用完。
    .if-not = 如果您的 GP 诊所还没有收到信，而您的药很快就要用完，请打电话给医院团队，请他们把信寄出，或者再给您一些药。
    .ask =
        您已经把信寄给我的 GP 了吗？
        在那之前，您会给我多少药？

specialist-medicines-shared-care =
    .title = 必须由专科医生检查的药物
    .body =
        有些药需要专科医生持续留意。如果医院让您开始用这类药，医院会继续给您开。
        有时，医院会请您的 GP 接手。这需要一份共同照护协议（shared care agreement）。这是医院、您的 GP 和您三方都同意的计划。
        您的 GP 不一定要同意。在大家都同意之前，由医院给您更多的药。
    .if-not = 如果您的药快用完了，却没有人给您更多的药，请打电话给医院团队。请在药用完之前打。
    .ask =
        以后是您继续给我这种药，还是我的 GP 给？
        我的 GP 同意共同照护了吗？
        我怎样要更多的药？

specialist-medicines-checks =
    .title = 检查用药情况的验血
    .body =
        有些药需要验血，检查这些药对您是否安全。请问您的药是否需要验血。
        请问由谁来做检查，多久做一次。
        要求做检查的团队会查看结果。他们会告诉您结果是什么意思。
    .if-not = 如果结果迟迟没有来，请联系要求做检查的团队，问问他们结果显示了什么。
    .ask =
        这种药需要验血吗？
        由谁来做？多久做一次？
        谁告诉我结果？

specialist-medicines-problems =
    .title = 如果用药出了问题
    .body =
        如果您认为这种药引起了问题，请打电话给让您开始用这种药的医院团队。
        有些药，比如治疗癌症的药，有白天晚上都开放的求助热线。如果团队给了您热线号码，请使用它。
        如果您感觉非常不舒服，请在当天拨打 NHS 111 或打电话给您的 GP 诊所。紧急情况下，请拨打 999。
    .if-not = 如果到下一个工作日结束时，医院团队还没有回电话给您，请再打一次。如果您感觉病情加重，请在当天拨打 NHS 111 或打电话给您的 GP。
    .ask =
        出现哪些副作用时我应该打电话给您？
        这种药有求助热线吗？
        如果我漏用了一次药，应该怎么办？
