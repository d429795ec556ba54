# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Haddii ilmahaagu u muuqdo inuu sii xanuunsanayo
    .summary = Goorta aad wacayso 999, goorta aad caawimaad isla maalintaas raadsanayso, iyo cidda aad u sheegayso haddii koox isbitaal ay ilmahaaga daryeesho.
    .intro = Carruurtu si dhakhso ah ayay uga sii dari karaan. Adigaa ilmahaaga sida ugu fiican u yaqaan. Halkan waxaa ku qoran goorta aad caawimaad raadsanayso, cidda aad wacayso, iyo cidda aad u sheegayso.
    .keywords = ilmo xanuunsan, ilmo buka, ilmaha way ka sii darayaan, ilmo yar oo xanuunsan, qandho, kulayl badan, finan, rash, ma cunayo, ma cabbayo, neefsashada, jilicsan oo aan dhaqaaqayn, waxaan ka welwelsanahay ilmahayga, goorma la waco 999, goorma la waco 111, open access, qaybta carruurta, child unwell, child ill, sick child, baby unwell, child getting worse, fever, high temperature, not eating, not drinking, breathing, floppy, worried about my child, when to call 999, when to call 111, children's ward

child-unwell-emergency =
    .title = Goorta aad wacayso 999
    .body =
        Wac 999 haddii ilmahaaga ay ku adag tahay inuu neefsado, ama ay aad u adag tahay in la toosiyo.
        Sidoo kale wac 999 haddii ilmahaaga qallal (fit) ku dhaco, ama midabkiisu aad uga baxo, uu buluug noqdo, ama maqaarkiisu baro-baro yeesho.
        Wac 999 haddii ilmahaagu leeyahay finan (rash) aan baaba'ayn marka aad galaas ku riixdo.
    .if-not = Haddii aadan heli karin 999, sii wad isku dayga. Ha sugin inaad aragto in ilmahaagu soo fiicnaado.
    .ask =
        Calaamadahee ayaa ah inaan wacdo 999?

child-unwell-same-day =
    .title = Caawimaad hel isla maalintaas
    .body =
        Haddii ilmahaagu u muuqdo inuu sii xanuunsanayo, ama aad welwelsan tahay, la xiriir xarunta GP-gaaga ama wac NHS 111 isla maalintaas.
        U sheeg haddii ilmahaagu aanu waxba cabbayn, uu aad uga hurdo badan yahay sidii caadiga ahayd, ama uu ka sii darayo.
        NHS 111 waa furan yahay habeen iyo maalin. Waxaad sidoo kale geli kartaa 111.nhs.uk.
    .if-not = Haddii aadan heli karin xarunta GP-gaaga oo aad welwelsan tahay, wac NHS 111. Haddii ilmahaagu ka sii daro, wac 999.
    .ask =
        Maxaan u fiirsadaa caawa?
        Goorma ayaan mar kale ku soo wacaa?

child-unwell-hospital-team =
    .title = Haddii koox isbitaal ay hore u daryeelayso ilmahaaga
    .body =
        Carruurta qaar waxay si toos ah ugu laaban karaan qaybta carruurta ee isbitaalka haddii ay xanuunsadaan. Tan waxaa la yiraahdaa open access. Haddii ilmahaagu leeyahay, kooxdu way kuu sheegi lahaayeen.
        Haddii aad haysato lambarka kooxda, wac iyaga. U sheeg in ilmahaagu sii xanuunsanayo.
        Haddii aadan heli karin iyaga, la xiriir xarunta GP-gaaga ama NHS 111 isla maalintaas. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii kooxdu aanay kuu soo celin wicitaanka oo ilmahaagu aanu soo fiicnaan, wac NHS 111 ama xarunta GP-gaaga. Ha sugin.
    .ask =
        Ilmahaygu ma leeyahay open access (si toos ah ugu soo laabashada qaybta)?
        Yaan wacaa habeenkii?

child-unwell-after =
    .title = Kadib marka ilmahaaga la arko
    .body =
        Qofka arkay ilmahaaga waa inuu kuu sheegaa waxa aad u fiirsanayso, iyo goorta aad dib u soo celinayso.
        Haddii ilmahaagu aaday A&E ama isbitaalka, waxay warqad u diraan GP-gaaga.
        Haddii ilmahaagu aanu soo fiicnaan waqtigii ay sheegeen, ama uu ka sii daro, mar kale caawimaad raadso. Waa caadi inaad weydiiso in ka badan hal mar.
    .if-not = Haddii aadan hubin waxa xiga ee aad samaynayso, wac NHS 111 ama xarunta GP-gaaga.
    .ask =
        Calaamadahee ayaa ah inaan ilmahayga dib u soo celiyo?
        Muddo intee le'eg ayay qaadanaysaa inuu soo fiicnaado?
