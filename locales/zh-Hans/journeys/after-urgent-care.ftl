# Journey: after A&E or an urgent treatment centre. (去过 A&E 或紧急治疗中心之后)
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = 去过 A&E 或紧急治疗中心之后
    .summary = 您去过 A&E 之后，谁做什么，谁告诉您检查结果，以及什么时候去看您的 GP。
    .intro = 您去过 A&E（急诊）或紧急治疗中心，现在已经回家了。下面说明接下来谁做什么，以及该联系谁。
    .keywords = A&E, 急诊, 急诊室, 急诊科, 意外和急诊, 紧急治疗中心, UTC, 免预约中心, 小伤, 轻伤, 去过急诊, 急诊之后, 骨折门诊, 骨折, X光结果, X光, 拍片结果, 去看GP, 急诊后复诊, A and E, accident and emergency, emergency department, urgent treatment centre, walk-in centre, minor injuries, after A&E, fracture clinic, broken bone, x-ray results, follow-up after A&E

after-urgent-care-letter =
    .title = 医院把您这次就诊的情况告诉您的 GP
    .body =
        A&E 或紧急治疗中心会给您的 GP（家庭医生）诊所寄一封信，说明您这次就诊的情况。
        您不需要只为了告诉 GP 您去过那里而预约看 GP。
        如果他们有建议单，请向他们要一份，这样您就知道在家里要注意什么。
    .if-not = 如果您的 GP 诊所需要这封信，但还没有收到，请打电话给 A&E 或紧急治疗中心，请他们把信寄出。
    .ask =
        您会把今天的情况告诉我的 GP 吗？
        我可以拿一份建议单回家吗？

after-urgent-care-follow-up =
    .title = 医院为您预约下一次就诊
    .body =
        您可能需要再来医院，例如骨折后去骨折门诊。这由医院预约，而不是由您的 GP 预约。
        有时，骨折团队会打电话给您，而不是见您。
    .if-not = 如果有人告诉您会收到复诊的消息，但您没有收到，请拨打您的建议单或信上的号码。如果您没有号码，请拨打医院的总机号码。
    .ask =
        我需要再来吗？谁来预约？
        您会怎样联系我？

after-urgent-care-results =
    .title = 做检查的团队把结果告诉您
    .body =
        有些检查，比如 X 光片，会在您离开后再看一次。要求做检查的团队负责这个结果。
        如果某个结果需要处理，他们会联系您或您的 GP。请问他们会怎样做。
    .if-not = 如果有人告诉您会收到结果的消息，但您没有收到，请打电话给您去过的地方。
    .ask =
        还有结果没有出来吗？
        谁会把结果告诉我？

after-urgent-care-see-gp =
    .title = 当他们说“如果……就去看 GP”时
    .body =
        工作人员可能会说，如果某个问题没有好转，就去看您的 GP。这表示您需要自己联系您的 GP 诊所。诊所不会知道要联系您。
        如果他们给了您一个时间，而到那时您还没有好转，请联系您的 GP 诊所。
    .if-not = 如果您打不通 GP 诊所的电话，而您感到担心，请拨打 NHS 111。
    .ask =
        我应该注意些什么？
        如果没有好转，我应该在什么时候去看我的 GP？

after-urgent-care-worse =
    .title = 如果您的病情加重
    .body =
        如果您的病情加重，或者出现让您担心的新症状，请在当天拨打 NHS 111 或联系您的 GP 诊所。
        如果工作人员告诉过您出现某种情况就回来，那么出现这种情况时请回去。
        紧急情况下，请拨打 999。
    .if-not = 如果您得不到帮助，而且感觉非常不舒服，请拨打 999。
    .ask =
        出现哪些迹象表示我应该回来？
