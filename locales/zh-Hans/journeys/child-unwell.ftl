# Journey: your child seems more unwell. Written for parents and carers. (您的孩子看起来更不舒服)
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = 如果您的孩子看起来更不舒服
    .summary = 什么时候拨打 999，什么时候要在当天求助，以及如果您的孩子由医院团队照看，应该告诉谁。
    .intro = 孩子的病情可能很快加重。您最了解您的孩子。下面说明什么时候求助、打电话给谁，以及告诉谁。
    .keywords = 孩子不舒服, 孩子生病, 孩子病了, 生病的孩子, 宝宝不舒服, 婴儿生病, 孩子病情加重, 孩子更严重, 发烧, 发热, 高烧, 体温高, 皮疹, 疹子, 不吃东西, 不喝水, 呼吸, 呼吸困难, 浑身无力, 担心我的孩子, 什么时候打999, 什么时候打111, 999, 111, 开放通道, 直接回病房, 儿童病房, child unwell, child ill, sick child, baby unwell, child getting worse, fever, high temperature, rash, not eating, not drinking, breathing, floppy, worried about my child, when to call 999, when to call 111, open access, children's ward

child-unwell-emergency =
    .title = 什么时候拨打 999
    .body =
        如果您的孩子呼吸困难，或者非常难叫醒，请拨打 999。
        如果您的孩子抽搐（惊厥），或者皮肤变得非常苍白、发青或出现斑驳，也请拨打 999。
        如果您的孩子身上有皮疹，用玻璃杯压上去时不会褪色，请拨打 999。
    .if-not = 如果您打不通 999，请继续打。不要等着看孩子会不会好转。
    .ask =
        出现哪些迹象时我应该拨打 999？

child-unwell-same-day =
    .title = 在当天求助
    .body =
        如果您的孩子看起来更不舒服，或者您感到担心，请在当天联系您的 GP（家庭医生）诊所或拨打 NHS 111。
        如果您的孩子不喝水、比平时困很多，或者病情在加重，请告诉他们。
        NHS 111 白天晚上都开放。您也可以访问 111.nhs.uk。
    .if-not = 如果您打不通 GP 诊所的电话，而您感到担心，请拨打 NHS 111。如果您的孩子病情加重，请拨打 999。
    .ask =
        今晚我应该注意什么？
        我应该在什么时候再打电话给您？

child-unwell-hospital-team =
    .title = 如果已经有医院团队在照看您的孩子
    .body =
        有些孩子生病时可以直接回到儿童病房。这叫做“开放通道”（open access）。如果您的孩子有开放通道，团队应该已经告诉过您。
        如果您有团队的电话号码，请打电话给他们。告诉他们您的孩子更不舒服了。
        如果您联系不上他们，请在当天联系您的 GP 诊所或拨打 NHS 111。紧急情况下，请拨打 999。
    .if-not = 如果团队还没有回电话给您，而您的孩子没有好转，请拨打 NHS 111 或打电话给您的 GP 诊所。不要等。
    .ask =
        我的孩子可以通过开放通道直接回病房吗？
        晚上我应该打电话给谁？

child-unwell-after =
    .title = 您的孩子看过病之后
    .body =
        给您的孩子看病的人应该告诉您要注意什么，以及什么时候再来。
        如果您的孩子去过 A&E（急诊）或医院，他们会写信给您的 GP。
        如果到了他们说的时间，您的孩子还没有好转，或者病情加重，请再次求助。问不止一次也没关系。
    .if-not = 如果您不确定下一步该做什么，请拨打 NHS 111 或打电话给您的 GP 诊所。
    .ask =
        出现哪些迹象表示我应该带孩子回来？
        要多长时间才会好？
