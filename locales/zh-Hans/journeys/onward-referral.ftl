# Journey: the hospital sends you on to another team. (医院把您转到另一个团队)
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = 医院把您转到另一个团队
    .summary = 医院团队什么时候会直接把您转到另一个团队，而不用回到您的 GP 那里。
    .intro = 有时，医院团队发现您需要看另一个团队。他们常常可以自己把您转过去。下面说明是怎样运作的，以及该问谁。
    .keywords = 继续转诊, 再转诊, 转到别的团队, 转走, 另一个团队, 另一个专科医生, 别的专科, 不同的专科医生, 第二个专科医生, 别的科室, 另一个科室, 另一个门诊, 新问题, 相关问题, 紧急检查, 紧急治疗, 医院转诊, 我需要看GP吗, 回到GP, 转科, onward referral, referred on, sent on, another team, another specialist, different specialist, different department, another clinic, new problem, linked problem, urgent tests, urgent treatment, hospital referral, do I need to see my GP, back to GP, transfer

onward-referral-direct =
    .title = 医院直接把您转过去
    .body =
        医院团队可能会发现您需要看另一个团队。如果新问题和您最初被转诊的原因有关，他们会自己把您转过去。
        如果您需要紧急检查或治疗，他们也会这样做。例如，他们认为您可能患有癌症时。
        您不需要为这件事回到您的 GP（家庭医生）那里。
    .if-not = 医院团队是不是让您回去找您的 GP？如果问题是相关的或紧急的，请他们自己把您转过去。
    .ask =
        您要把我转到哪个团队？为什么？
        这是紧急的吗？
        您会告诉我的 GP 吗？

onward-referral-hear =
    .title = 新团队会联系您
    .body =
        新团队会联系您，为您预约就诊。常常是通过信、短信或电话。
        请确保医院有您最新的联系方式，这样新团队才能联系到您。
        如果您不确定一条短信或一个电话是不是真的来自医院，请拨打医院信上的号码。
    .if-not = 如果到了告诉您的时间，您还没有收到消息，请打电话给转诊您的团队，请他们查一查转诊是否已经发出。
    .ask =
        我应该在什么时候收到新团队的消息？
        他们会怎样联系我？

onward-referral-questions =
    .title = 有问题时打电话给谁
    .body =
        如果您对为什么被转走有问题，请打电话给转诊您的团队。
        如果您对新的就诊有问题，请打电话给新团队。他们的号码在您的信或短信上。
        两个团队都应该自己回答您的问题。他们不应该让您去问您的 GP。
        如果您在等待期间病情加重了很多，请在当天联系您的 GP 诊所或 NHS 111，并告诉医院团队。紧急情况下，请拨打 999。
    .if-not = 如果您得不到答复，请找医院的病人咨询团队。出了问题时，他们会帮忙。
    .ask =
        现在谁负责我的照护？
        如果我的病情加重，应该打电话给谁？

onward-referral-not-linked =
    .title = 如果新问题和原来的问题无关
    .body =
        如果新问题无关，也不紧急，医院团队可能不会把您转过去。他们可能会改为写信给您的 GP，说明这个问题。
        请问医院团队您下一步该怎么做。
        对于任何让您担心的新问题，您都可以像平常一样去看您的 GP。
    .if-not = 如果您不确定谁在处理这个新问题，请问医院团队。您也可以问您的 GP 诊所。
    .ask =
        谁会处理这个新问题？
        您会写信告诉我的 GP 这件事吗？
