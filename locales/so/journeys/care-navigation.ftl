# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Sababta miiska soo dhaweyntu u weydiiyo waxa ku jira
    .summary = Sababta xarunta GP-gaagu u weydiiso dhibaatadaada, cidda aad arki karto, iyo sida link worker kuu caawin karo.
    .intro = Marka aad la xiriirto xarunta GP-gaaga, shaqaaluhu waxay ku weydiin karaan waxa dhibaatadu tahay. Waxay u weydiiyaan si ay kuugu diraan qofka saxda ah. Halkan waxaa ku qoran sida ay u shaqeyso.
    .keywords = soo dhaweeyaha, miiska soo dhaweynta, maxay u weydiiyaan, maxaa ku jira, ballan GP qabsasho, arag GP, arag dhakhtar, care navigation, care navigator, kalkaaliso, farmashiiste, fisiyoteraabi, social prescribing, link worker, kelinimo, kooxaha deegaanka, kooxaha bulshada, hay'ad samafal, adeegyada tabarucaadka, receptionist, nurse, pharmacist, physio, physiotherapist, charity

care-navigation-ask =
    .title = Shaqaaluhu waxay weydiiyaan waxa dhibaatadu tahay
    .body =
        Marka aad wacdo ama aad timaado, soo dhaweeyaha ayaa ku weydiin kara waxa dhibaatadu tahay. Ma aha inay ku faragelinayaan arrimahaaga.
        Waxay u weydiiyaan si ay kaaga caawiyaan inaad aragto qofka saxda ah. Tan waxaa la yiraahdaa care navigation. Shaqaalaha tan qabta waxaa la yiraahdaa care navigators.
    .if-not = Haddii aadan hubin qofka aad aragto, ka codso shaqaalaha inay kaa caawiyaan doorashada.
    .ask =
        Yaa ah qofka iigu habboon inaan arko?
        Goorma ugu dhakhsaha badan ayaa la i arki karaa?

care-navigation-right-person =
    .title = Waxaad aragtaa qofka saxda ah
    .body =
        Qofka saxda ahi waxaa laga yaabaa inuusan ahayn GP. Wuxuu noqon karaa kalkaaliso ama farmashiiste. Farmashiiste waa khabiir ku takhasusay daawooyinka.
        Wuxuu noqon karaa physiotherapist. Physiotherapist wuxuu ka caawiyaa murqaha, kala-goysyada iyo dhaqdhaqaaqa.
        Ama shaqaaluhu waxay kugu tilmaami karaan adeeg ka baxsan xarunta.
    .if-not = Haddii aad u malaynayso inaad weli u baahan tahay GP, u sheeg shaqaalaha sababta. Haddii aad ka sii darto, mar kale la xiriir xarunta GP-gaaga isla maalintaas, ama wac NHS 111.
    .ask =
        Maxay qofkani ugu habboon yahay dhibaatadayda?
        Maxaan sameeyaa haddii aanan ka bogsan?

care-navigation-ask-link-worker =
    .title = Waxaad codsataa link worker
    .body =
        Arrimaha qaar ee saameeya caafimaadkaaga ma aha kuwo caafimaad. Link worker ayaa kaa caawin kara kuwan.
        Si aad u hesho link worker, weydii xarunta GP-gaaga. Iyagaa kugu xiriirin kara.
        Tan waxaa la yiraahdaa social prescribing.
    .if-not = Haddii xarunta GP-gaagu aanay kugu xiriirin, mar kale weydii. Weydii cidda link worker-ka aaggaaga ah.
    .ask =
        Halkan ma joogaa link worker?
        Muddo intee le'eg ayay qaadanaysaa inay ila soo xiriiraan?

care-navigation-link-worker =
    .title = Link worker ayaa ku caawiya
    .body =
        Link worker wuxuu kugu xiriiriyaa kooxo iyo adeegyo kuu dhow.
        Kuwan waxaa maamuli kara dad deegaanka ah ama hay'ado samafal. Kama mid aha xarunta GP-gaaga.
        Link worker-ku wuxuu kaa caawiyaa inaad hesho kuwa kugu habboon.
    .if-not = Haddii aadan waxba ka maqlin link worker, la xiriir xarunta GP-gaaga. Ka codso inay hubiyaan.
    .ask =
        Kooxahee ayaa ii dhow?
        Ma iga caawin kartaa inaan bilaabo?
