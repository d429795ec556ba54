# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Ka guurka daryeelka gaarka ah (private) loona guuro NHS
    .summary = Cidda ku siisa daawooyinka iyo hubinta kadib markaad aragto dhakhtar gaar ah (private), iyo sida aad ugu biirto liiska NHS.
    .intro = Waxaad aragtay dhakhtar gaar ah (private), hadana waxaad rabtaa in daryeelkaaga qaarkiis uu NHS ka dhaco. Waxyaabaha qaar way u gudbaan, qaarna ma gudbaan. Halkan waxaa ku qoran cidda waxa qabata.
    .keywords = gaar ah, dhakhtar gaar ah, kilinik gaar ah, isbitaal gaar ah, takhasusle gaar ah, warqad daawo gaar ah, lacag la bixiyay, caymis, u guur NHS, liiska sugitaanka NHS kadib daryeel gaar ah, GP-gu ma qorayo daawada, baaritaanno gaar ah, private, private doctor, private clinic, private hospital, private consultant, private prescription, paid, insurance, switch to NHS, NHS waiting list after private, GP will not prescribe, private tests

private-care-clinic =
    .title = Kilinikka gaarka ah ayaa masuul ka ah waxa uu bilaabo
    .body =
        Kilinikka gaarka ah ayaa ku siiya warqadda daawada (prescription) ee ugu horreysa wax kasta oo uu bilaabo. Adigaa lacagta bixiya.
        Haddii dhakhtarka gaarka ahi codsado baaritaanno ama hubin, kilinikka gaarka ah ayaa sameeya oo kuu sheega natiijooyinka.
        Kilinikka gaarka ah waa inuu warqad u qoraa GP-gaaga oo ku saabsan daryeelkaaga.
    .if-not = Haddii aad su'aal ka qabto daryeelkaaga gaarka ah, la xiriir kilinikka gaarka ah. Macluumaadkooda waxay ku qoran yihiin warqaddaada.
    .ask =
        Ma warqad u qori doontaa GP-gayga?
        Yaa sameeya baaritaannadayda iyo hubintayda?

private-care-gp-prescribing =
    .title = GP-gaagu wuxuu la wareegi karaa daawooyinka qaar
    .body =
        Waxaad GP-gaaga ka codsan kartaa inuu kuu qoro daawo uu dhakhtarka gaarka ahi bilaabay. GP-gaaga ayaa go'aamiya inay tani kugu habboon tahay.
        GP-gaagu wuxuu dhihi karaa maya. Sababtu waxay noqon kartaa in daawadu u baahan tahay takhasusle la socda. Ama waxaa laga yaabaa in caadi ahaan aan NHS-ka lagu bixin.
        Haddii GP-gaagu yiraahdo maya, kilinikka gaarka ah ayaa sii wada inuu ku siiyo.
    .if-not = Haddii daawadu kaa dhammaanayso, la xiriir kilinikka gaarka ah kahor inta aysan kaa dhammaan.
    .ask =
        Tan ma iigu qori kartaa NHS-ka?
        Haddii kale, maxaan sameeyaa?

private-care-nhs-list =
    .title = Ku biirista liiska sugitaanka NHS
    .body =
        Si ay kuu arkaan koox isbitaal oo NHS ah, inta badan waxaad u baahan tahay u-gudbin NHS. La hadal GP-gaaga.
        GP-gaaga ayaa go'aamiya inaad u baahan tahay u-gudbin. Weydii GP-gaaga sida ay adiga kuugu shaqayn doonto.
    .if-not = Haddii aadan hubin sida xeerarku uga shaqeeyaan deegaankaaga, weydii xarunta GP-gaaga.
    .ask =
        Tan ma iigu gudbin kartaa NHS-ka?
        Sugitaanka ma bilowgiisa ayaan ka bilaabayaa?

private-care-worse =
    .title = Haddii aad ka sii darto
    .body =
        Haddii aad aad uga sii darto, ama aad yeelato calaamado cusub oo ku welwelinaya, la xiriir xarunta GP-gaaga ama wac NHS 111 isla maalintaas. Xaaladaha degdegga ah, wac 999.
        Sidoo kale u sheeg dhakhtarka gaarka ah ee ku daaweeya.
    .if-not = Haddii aanu qofna kuu soo celin wicitaanka ilaa dhammaadka maalinta shaqo ee xigta, mar kale wac. Haddii aad ka sii darto, wac NHS 111 isla maalintaas.
    .ask =
        Yaan wacaa haddii aan ka sii daro habeenkii?
