# Journey: getting help for your mental health. (为您的心理健康寻求帮助)
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = 为您的心理健康寻求帮助
    .summary = 出现危机时去哪里求助，怎样申请谈话治疗，以及谁负责照护您。
    .intro = 您的心理健康和身体健康一样重要。下面说明在哪里可以得到帮助（包括出现危机时），以及每一部分由谁负责。
    .keywords = 心理健康, 精神健康, 危机, 心理危机, 想自杀, 自杀, 自残, 自伤, 焦虑, 抑郁, 压力, 情绪低落, 心情不好, 惊恐, 恐慌, 谈话治疗, 心理咨询, 心理治疗, 治疗, 认知行为疗法, CBT, 社区心理健康团队, 精神科医生, 抗抑郁药, 心理健康药物, mental health, crisis, suicidal, self harm, anxiety, depression, stress, low mood, panic, talking therapy, counselling, therapy, talking therapies, community mental health team, psychiatrist, antidepressants

mental-health-crisis =
    .title = 出现危机时，现在就求助
    .body =
        如果您或别人的生命有危险，请拨打 999 或去 A&E（急诊）。
        如果您现在就需要帮助，请拨打 NHS 111，并选择心理健康选项。它白天晚上都开放，任何年龄的人都可以用。
        如果您已经有心理健康团队，请使用您的照护计划上的危机电话号码。
    .if-not = 如果您打不通，请拨打 999 或去 A&E。
    .ask =
        如果我再有这种感觉，应该打电话给谁？

mental-health-talking-therapies =
    .title = 您可以自己申请谈话治疗
    .body =
        NHS Talking Therapies（NHS 谈话治疗服务）可以帮助处理担忧、情绪低落和压力等感受。您不需要先看您的 GP（家庭医生）。
        您可以在网上或打电话自己转诊。在 NHS website（NHS 官方网站）上搜索 NHS Talking Therapies，就能找到您当地的服务。
        这项服务是给成年人的。儿童和年轻人有他们自己的服务。请问您的 GP 诊所或学校。
    .if-not = 如果到了他们说的时间，这项服务还没有回复您，请再联系他们。如果您在等待期间感觉更糟，请在当天联系您的 GP 诊所或 NHS 111。
    .ask =
        这里的谈话治疗要等多久？
        你们提供哪些帮助？

mental-health-gp =
    .title = 您的 GP 可以帮助您，也可以为您转诊
    .body =
        您的 GP 可以和您谈谈您的感受，以及有哪些帮助。
        如果您需要更多帮助，您的 GP 可以把您转诊给心理健康团队。这个团队由护士、医生和治疗师等工作人员组成。
    .if-not = 如果您在等心理健康团队，而您感觉更糟，请在当天联系您的 GP 诊所或拨打 NHS 111。出现危机时，请拨打 NHS 111，并选择心理健康选项。
    .ask =
        我可以得到哪些帮助？
        您可以把我转诊给心理健康团队吗？

mental-health-team =
    .title = 心理健康团队安排您的照护
    .body =
        如果有心理健康团队照护您，他们会和您一起制定一份照护计划。计划上写明谁负责您的照护，以及怎样联系他们。
        请向团队要他们的电话号码，以及出现危机时可以打的号码。
    .if-not = 如果您不知道谁负责您的照护，请问团队。或者问您的 GP 诊所。
    .ask =
        谁负责我的照护？
        出现危机时我应该打电话给谁？

mental-health-medicines =
    .title = 谁给您开药
    .body =
        常常是心理健康团队建议用某种药，然后由您的 GP 开处方。
        有些药需要专科医生持续留意，并且要定期验血。这时，心理健康团队可能会自己开这些药，或者和您的 GP 共同照护。
        请问清楚谁给您更多的药，以及谁做相关的检查。
    .if-not = 如果您的药快用完了，又不知道该问谁，请联系您的 GP 诊所。如果诊所关门了，请拨打 NHS 111。
    .ask =
        谁给我更多这种药？
        这种药需要验血吗？
