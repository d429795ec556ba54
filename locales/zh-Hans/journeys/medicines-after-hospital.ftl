# Journey: medicines after a hospital stay or a clinic visit. (住院或门诊就诊后的用药)
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = 您从医院回家后的用药
    .summary = 谁给您新药，谁更改您的重复处方清单，以及药用完之前该怎么办。
    .intro = 您住院或看过医院团队后，您用的药可能会有变化。下面说明每一批药由谁给您，谁更新您的药物清单，以及该问谁。
    .keywords = 出院后用药, 出院后的药, 新药, 换药, 改药, 药物变化, 停药, 停用的药, 药片, 药物, 药, 重复处方, 续药, 长期处方, 处方清单, 药快用完, 药用完了, 断药, 第一批药, 药房, 药剂师, 出院带药, 抗凝药, 稀释血液的药, 化疗, 求助热线, 热线, 我该吃哪些药, medicines after hospital, new medicines, changed medicines, stopped medicines, tablets, medication, repeat prescription, repeat list, running out, run out, first supply, pharmacy, pharmacist, discharge medicines, blood thinner, chemotherapy, helpline

medicines-after-hospital-first-supply =
    .title = 医院给您第一批药
    .body =
        住院后，您回家时应该带上所有新药至少 7 天的量。如果疗程不到 7 天，您会拿到整个疗程的药。
        门诊就诊后就不一样了。如果您需要现在就开始用药，医院会给您足够的药，一直用到您的 GP（家庭医生）收到门诊信为止。否则，门诊信会请您的 GP 给您开这种药。
    .if-not = 如果您快要离开了，却还没有拿到您现在就需要的新药，请问病房工作人员或门诊。如果您已经回到家，请打电话给病房或医院团队。
    .ask =
        我需要现在就开始用这种药吗？
        您给我多少药？
        以后是我的 GP 给我更多的药，还是您给？

medicines-after-hospital-list =
    .title = 您会拿到一份药物清单
    .body =
        在您离开之前，病房团队应该告诉您哪些药是新的，哪些有变化，哪些您应该停用。
        医院寄给您的 GP 的信里也有这份清单。请要一份副本。
        医院停用的药，不要继续用，除非医生让您用。
    .if-not = 如果您不确定该用哪些药，请打电话给病房。或者问药剂师。
    .ask =
        我的药里哪些是新的、哪些有变化、哪些停用了？
        我可以要一份书面清单吗？

medicines-after-hospital-pharmacy =
    .title = 您的药房可以帮您核对药物
    .body =
        医院可能会把您的新药信息发给您常去的药房。这样，药剂师就可以和您一起把这些药讲清楚。
        药剂师会把您的新清单和您以前用的药对照检查。他们可以发现问题。
        您可以请病房把您的信息发给您常去的药房。
    .if-not = 如果药房没有收到医院的消息，请把病房给您的信带到药房，请他们核对。
    .ask =
        您可以把我的用药信息发给我的药房吗？
        药剂师可以和我一起核对我的新清单吗？

medicines-after-hospital-repeat =
    .title = 您的 GP 诊所更新您的重复处方清单
    .body =
        您的 GP 诊所会收到医院的信。然后诊所会更新您的重复处方（repeat prescription）。
        订药之前，请检查您的重复处方清单。确保清单上有您的新药，而没有您已经停用的药。
        每次都要提早订药，这样您就不会把药用完。
    .if-not = 如果您的重复处方清单不对，或者新药不在清单上，请联系您的 GP 诊所。如果诊所还没有收到信，请打电话给医院团队或病房。
    .ask =
        你们收到医院关于我的信了吗？
        我的重复处方清单是最新的吗？

medicines-after-hospital-running-out =
    .title = 如果您的药快用完了
    .body =
        如果您的药很快就要用完，而您的 GP 还没有收到信，请打电话给医院团队或病房，请他们把信寄出，或者再给您一些药。
        如果您的 GP 诊所关门了，而您今天就需要某种药，请拨打 NHS 111。他们可以帮您从药房拿到药。
    .if-not = 如果没有人能帮忙，而您因为没有药感觉不舒服，请在当天拨打 NHS 111。紧急情况下，请拨打 999。
    .ask =
        如果我的药在周末用完了，应该怎么办？
        这种药漏吃一次安全吗？

medicines-after-hospital-high-risk =
    .title = 需要快速求助的药物
    .body =
        用某些药时，如果您感觉不舒服，需要快速求助。治疗癌症的药就是一种。让血液变稀的药，或者让身体更难抵抗病菌的药，也是这样。
        医院团队应该给您这些药的求助热线。有些热线白天晚上都开放。请随身带着这个号码。
        如果您感觉非常不舒服，请马上打求助热线。紧急情况下，请拨打 999。
    .if-not = 如果您没有求助热线号码，请打电话给医院团队要一个。如果您感觉不舒服，又联系不上他们，请在当天拨打 NHS 111。
    .ask =
        这种药有求助热线吗？
        出现哪些迹象表示我应该马上打这个热线？
