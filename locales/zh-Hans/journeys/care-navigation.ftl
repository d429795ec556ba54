# Journey: Why your GP practice asks what the problem is. (为什么 GP 诊所会问您有什么问题)
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = 为什么前台会问您哪里不舒服
    .summary = 为什么您的 GP 诊所会问您的问题，您可能会见到谁，以及联络员怎样帮助您。
    .intro = 您联系您的 GP（家庭医生）诊所时，工作人员可能会问您有什么问题。他们问这个，是为了让您见到合适的人。下面说明是怎样运作的。
    .keywords = 前台, 接待员, 为什么问, 问我哪里不舒服, 哪里不舒服, 预约GP, 看GP, 看医生, 就医引导, 就医引导员, 护士, 药剂师, 理疗, 理疗师, 物理治疗师, 社会处方, 联络员, 孤独, 寂寞, 本地团体, 社区团体, 慈善机构, 志愿服务, receptionist, front desk, booking a GP appointment, see a GP, care navigation, care navigator, nurse, pharmacist, physio, physiotherapist, social prescribing, link worker, lonely, community groups, charity, voluntary services

care-navigation-ask =
    .title = 工作人员问您有什么问题
    .body =
        您打电话或去诊所时，接待员可能会问您有什么问题。他们不是在打听您的隐私。
        他们问这个，是为了帮助您见到合适的人。这叫做“就医引导”（care navigation）。做这项工作的人叫做“就医引导员”（care navigator）。
    .if-not = 如果您不确定该见谁，请工作人员帮您选择。
    .ask =
        我最适合见谁？
        我最快什么时候能看上？

care-navigation-right-person =
    .title = 您见到合适的人
    .body =
        合适的人不一定是 GP。可能是护士或药剂师。药剂师是药物方面的专家。
        也可能是理疗师（physiotherapist）。理疗师帮助解决肌肉、关节和活动方面的问题。
        或者，工作人员可能会介绍您去诊所以外的一项服务。
    .if-not = 如果您觉得自己还是需要看 GP，请告诉工作人员原因。如果您的病情加重，请在当天再次联系您的 GP 诊所，或拨打 NHS 111。
    .ask =
        为什么这个人适合处理我的问题？
        如果我没有好转，应该怎么办？

care-navigation-ask-link-worker =
    .title = 您请求联络员帮助
    .body =
        有些影响您健康的事情不是医疗问题。联络员（link worker）可以帮助处理这些事情。
        想找联络员，请问您的 GP 诊所。他们可以帮您联系。
        这叫做“社会处方”（social prescribing）。
    .if-not = 如果您的 GP 诊所没有帮您联系，请再问他们一次。问问您所在地区的联络员是谁。
    .ask =
        你们这里有联络员吗？
        要多久才会有联络员联系我？

care-navigation-link-worker =
    .title = 联络员帮助您
    .body =
        联络员会帮您联系您附近的团体和服务。
        这些团体和服务可能由当地人或慈善机构开办。它们不属于您的 GP 诊所。
        联络员会帮您找到适合您的团体和服务。
    .if-not = 如果还没有联络员联系您，请联系您的 GP 诊所，请他们查一查。
    .ask =
        我附近有哪些团体？
        您能帮我开始吗？
