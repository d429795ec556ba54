# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = Isbitaalku wuxuu kuu diraa koox kale
    .summary = Marka koox isbitaal ay si toos ah kuugu dirto koox kale, adiga oo aan ku noqon GP-gaaga.
    .intro = Mararka qaarkood koox isbitaal ayaa ogaata inaad u baahan tahay inaad aragto koox kale. Inta badan iyagaa kuu diri kara. Halkan waxaa ku qoran sida ay u shaqeyso, iyo cidda aad weydiinayso.
    .keywords = u-gudbin kale, loo sii gudbiyay, loo diray, koox kale, takhasusle kale, takhasusle ka duwan, takhasusle labaad, qayb kale, kilinik kale, dhibaato cusub, dhibaato la xiriirta, baaritaano degdeg ah, daaweyn degdeg ah, u-gudbinta isbitaalka, ma u baahanahay inaan arko GP-ga, dib ugu noqo GP-ga, wareejin, onward referral, referred on, another team, another specialist, urgent, hospital referral, back to GP, transfer

onward-referral-direct =
    .title = Isbitaalku wuxuu si toos ah kuugu diraa
    .body =
        Kooxda isbitaalku waxay ogaan karaan inaad u baahan tahay inaad aragto koox kale. Iyagaa kuu dira marka dhibaatada cusubi la xiriirto sababtii markii hore laguu soo diray.
        Waxay sidoo kale sidan sameeyaan marka aad u baahan tahay baaritaano ama daaweyn degdeg ah. Tusaale ahaan waa haddii ay u malaynayaan inaad qabi karto kansar.
        Uma baahnid inaad arrintan ugu noqoto GP-gaaga.
    .if-not = Kooxda isbitaalku ma kuu sheegayaan inaad ku noqoto GP-gaaga? Haddii dhibaatadu la xiriirto ama degdeg tahay, ka codso inay iyagu kuu diraan.
    .ask =
        Kooxdee ayaad ii diraysaa, maxaadse ugu diraysaa?
        Arrintu ma degdeg baa?
        Ma u sheegi doontaa GP-gayga?

onward-referral-hear =
    .title = Kooxda cusub ayaa kula soo xiriirta
    .body =
        Kooxda cusub ayaa kula soo xiriira si ay u qabsadaan ballantaada. Inta badan waa warqad, fariin qoraal ah ama wicitaan taleefan.
        Macluumaadkaaga xiriirka ee isbitaalka ku jira ha ahaadeen kuwo cusub, si kooxda cusubi kuu heli karto.
        Haddii aadan hubin in fariin qoraal ah ama wicitaan uu runtii ka yimid isbitaalka, wac lambarka ku qoran warqaddaada isbitaalka.
    .if-not = Haddii aadan maqlin waqtigii laguu sheegay, wac kooxda ku soo dirtay. Ka codso inay hubiyaan in u-gudbinta la diray.
    .ask =
        Goorma ayaan ka maqli doonaa kooxda cusub?
        Sidee ayay ila soo xiriiri doonaan?

onward-referral-questions =
    .title = Cidda aad wacayso haddii aad su'aalo qabto
    .body =
        Haddii aad su'aal ka qabto sababta laguu sii diray, wac kooxda ku soo dirtay.
        Haddii aad su'aal ka qabto ballantaada cusub, wac kooxda cusub. Lambarkooda wuxuu ku qoran yahay warqaddaada ama fariintaada qoraalka ah.
        Labada kooxba waa inay iyagu ka jawaabaan su'aalahaaga. Waa inaysan kuu sheegin inaad weydiiso GP-gaaga.
        Haddii aad aad uga sii darto inta aad sugayso, la xiriir xarunta GP-gaaga ama NHS 111 isla maalintaas, oo u sheeg kooxda isbitaalka. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii aadan jawaab helin, weydiiso kooxda talobixinta bukaanka ee isbitaalka. Way ku caawiyaan marka wax khaldamaan.
    .ask =
        Yaa hadda masuul ka ah daryeelkayga?
        Yaan wacaa haddii aan ka sii daro?

onward-referral-not-linked =
    .title = Haddii dhibaatada cusubi aanay la xiriirin
    .body =
        Haddii dhibaatada cusubi aanay la xiriirin oo aanay degdeg ahayn, kooxda isbitaalku waxaa laga yaabaa inaanay kuu sii dirin. Waxay taa beddelkeeda warqad uga qori karaan GP-gaaga.
        Weydii kooxda isbitaalka waxa aad marka xigta samayso.
        Dhibaato kasta oo cusub oo ku welwelisa, waxaad u tegi kartaa GP-gaaga sidii caadiga ahayd.
    .if-not = Haddii aadan hubin cidda wax ka qabanaysa dhibaatada cusub, weydii kooxda isbitaalka. Waxaad sidoo kale weydiin kartaa xarunta GP-gaaga.
    .ask =
        Yaa wax ka qaban doona dhibaatadan cusub?
        Ma warqad uga qori doontaa GP-gayga?
