# Journey: referring yourself, and Pharmacy First. (自己转诊，以及 Pharmacy First)
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = 不先看 GP 也能得到帮助
    .summary = 您可以自己去的服务，药房可以治疗哪些问题，以及之后由谁照看您。
    .intro = 有些问题，您不需要先看您的 GP（家庭医生）。您可以自己联系这项服务。这叫做自我转诊。下面说明是怎样运作的，以及谁做什么。
    .keywords = 自己转诊, 自我转诊, 不找GP, 不经过GP, 理疗, 物理治疗, 腰痛, 背痛, 足病, 足部护理, 脚, 脚的问题, 听力, 听力检查, 助产士, 怀孕, 孕妇, 产科, 性健康, 谈话治疗, Pharmacy First, 药房, 药剂师, 喉咙痛, 嗓子痛, 耳朵痛, 耳痛, 鼻窦炎, 尿路感染, 带状疱疹, 脓疱疮, 虫咬, 蚊虫叮咬, refer myself, self referral, self-referral, without GP, physio, physiotherapy, back pain, podiatry, feet, foot problems, hearing, audiology, midwife, pregnant, maternity, sexual health, talking therapies, pharmacy first, pharmacist, sore throat, earache, sinusitis, urine infection, UTI, shingles, impetigo, insect bite

self-referral-services =
    .title = 您可以自己去的地方
    .body =
        有些 NHS 服务，您可以自己联系，不需要先看您的 GP。
        这些服务可能包括：治疗肌肉和关节问题的理疗、足部护理、听力检查，以及谈话治疗。怀孕时，您也可以自己联系助产士；您也可以自己联系性健康诊所。
        您可以自己联系哪些服务，要看您住在哪里。
    .if-not = 如果您找不到这项服务，请问您的 GP 诊所。前台可以告诉您怎样联系。
    .ask =
        在这里，我可以自己转诊到这项服务吗？
        我怎样联系这项服务？

self-referral-pharmacy-first =
    .title = 药房可以治疗一些问题
    .body =
        药剂师可以给您检查，并为一些常见问题提供治疗，不需要看 GP。这叫做 Pharmacy First（药房优先服务）。
        这些问题是：喉咙痛、耳朵痛、鼻窦疼痛、带状疱疹和脓疱疮。被咬后伤口感染，以及女性的尿路感染，也在这份清单上。有些只适用于某些年龄。
        如果您需要通常由医生开处方的药，药剂师可以给您。
    .if-not = 如果药剂师说您需要看 GP，他们会告诉您。那时，请联系您的 GP 诊所。
    .ask =
        您可以在这里治疗这个问题吗？
        如果我没有好转，应该怎么办？

self-referral-in-charge =
    .title = 给您看病的服务负责
    .body =
        您联系的服务负责照看这个问题。它要求做的任何检查，都由它告诉您结果。
        如果您的 GP 需要知道，这项服务会告诉您的 GP。
    .if-not = 如果到了这项服务说的时间，您还没有收到回复，请再联系它。
    .ask =
        如果我有问题，应该联系谁？
        您会告诉我的 GP 吗？

self-referral-gp =
    .title = 什么时候应该改去找您的 GP
    .body =
        如果您不确定该去哪里，请问您的 GP 诊所。工作人员可以帮您选择。
        如果您没有好转，或者病情加重，请在当天联系您的 GP 诊所或拨打 NHS 111。紧急情况下，请拨打 999。
    .if-not = 如果您打不通 GP 诊所的电话，而您感到担心，请拨打 NHS 111。
    .ask =
        这个问题最好去哪里看？
