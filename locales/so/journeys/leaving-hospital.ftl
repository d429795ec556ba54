# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Marka aad isbitaalka ka baxdo oo guriga aado
    .summary = Waxa aad haysan lahayd kahor intaadan guriga aadin, iyo cidda aad wacayso markaad baxdo kadib.
    .intro = Waxaad u socotaa guriga kadib markii aad isbitaalka jiiftay. Halkan waxaa ku qoran waxa kooxda isbitaalku qabanayaan kahor intaadan bixin. Waxay sidoo kale sheegaysaa cidda aad wacayso haddii aad su'aalo qabto.
    .keywords = ka bixitaanka isbitaalka, guriga u laabashada, isbitaalka ka imaansho, fasaxa isbitaalka, laga saaray isbitaalka, warqadda ka bixitaanka, warbixinta ka bixitaanka, daawooyin cusub, daawo, kiniin, warqadda daawada, waxyeellooyinka daawada, fit note, sick note, fasax shaqo, qaybta isbitaalka, lambarka qaybta, su'aalo isbitaalka kadib, dabagal, daryeelka kadib, daryeelka guriga, kalkaalisada degmada, reablement, virtual ward, liiska hubinta, kooxaha taageerada, discharge, discharged, discharge letter, discharge summary, medication, tablets, prescription, side effects, ward, follow up, care at home, district nurse

leaving-hospital-medicines =
    .title = Daawooyinkaaga cusub
    .body =
        Haddii aad u baahan tahay daawo cusub, isbitaalku wuxuu ku siiyaa ugu yaraan 7 maalmood oo daawo ah oo aad guriga u qaadato. Haddii koorsadu ka gaaban tahay, waxaad heshaa dhammaanteed.
        Qaybtan ugu horreysa waa inaadan u baahnaan inaad GP-gaaga ka qaadato. Haddii aan lagu siin, weydiiso kahor intaadan bixin.
        Shaqaaluhu waa inay kuu sheegaan waxa daawo kasta loogu talagalay. Waa inay sidoo kale kuu sheegaan waxyeellooyinkeeda (side effects). Waxyeello waa dhibaato daawo keeni karto.
        Hagaha ku saabsan daawooyinka isbitaalka kadib ayaa sheegaya cidda ku siisa daawo dheeraad ah.
    .if-not = Haddii aad ku dhowdahay inaad baxdo adiga oo aan haysan daawooyinkaaga cusub, weydii shaqaalaha qaybta. Haddii aad hore guriga u gaartay, wac qaybta.
    .ask =
        Daawo kasta maxaa loogu talagalay?
        Waxyeellooyinkee ayaan iska ilaaliyaa?
        Yaa i siinaya daawo dheeraad ah marka kuwani dhammaadaan?

leaving-hospital-fit-note =
    .title = Fit note loogu talagalay shaqada
    .body =
        Fit note waa warqad loogu talagalay shaqadaada. Waxay sheegaysaa in aad caafimaad ahaan shaqayn karto iyo in kale. Dadka qaar waxay ugu yeeraan sick note.
        7-da maalmood ee ugu horreeya ee aad jiro u maqan tahay, uma baahnid fit note. Adigu ayaa buuxiya foom loogu talagalay shaqo-bixiyahaaga.
        Haddii aad u baahan tahay fasax ka badan intaas, isbitaalku wuxuu ku siiyaa fit note. Waa inay daboolaysaa muddada oo dhan ee ay u malaynayaan inaad maqnaan doonto.
        Sidaas darteed uma baahnid inaad GP-gaaga ka codsato mid muddadaas.
    .if-not = Haddii aad baxdo adiga oo aan haysan fit note aad u baahan tahay, wac qaybta oo ka codso mid.
    .ask =
        Muddo intee le'eg ayaan u baahan doonaa fasax shaqo?
        Fit note-kaygu ma daboolayaa muddadaas oo dhan?

leaving-hospital-care-at-home =
    .title = Daryeelka guriga
    .body =
        Dadka qaar waxay u baahan yihiin caawimaad guriga ah kadib markay isbitaalka jiifaan. Kooxda qaybta ayaa tan adiga kula qorsheysa kahor intaadan bixin.
        Waxay noqon kartaa booqasho kalkaalisada degmada (district nurse). Ama koox ayaa kaa caawin karta muddo gaaban si aad dib ugu barato inaad waxyaabaha adigu qabsato.
        Dadka qaar waxaa guriga ku daryeela koox isbitaal, halkii ay qaybta ku jiifi lahaayeen. Tan mararka qaarkood waxaa la yiraahdaa virtual ward. Kooxdu waxay kuu sheegaan sida aad ula xiriirto, habeen iyo maalin.
    .if-not = Haddii caawimaad laguu sheegay aanay iman, wac lambarka qaybtu kuu siisay ee loogu talagalay caawimaaddaas. Haddii aadan lambar haysan, wac qaybta.
    .ask =
        Ma u baahan doonaa caawimaad guriga ah?
        Yaa iman doona, goormase?
        Yaan wacaa haddii aanay iman?

leaving-hospital-check =
    .title = Hubi kahor intaadan bixin
    .body =
        Kahor intaadan guriga aadin, hubi inaad haysato waxyaabahan.
        Ugu yaraan 7 maalmood oo daawo cusub kasta ah. Waxa mid kasta loogu talagalay, iyo waxyeellooyinkeeda. Buug-yare ku saabsan daryeelkaaga.
        Lambarka taleefanka qaybta, iyo kan kooxda isbitaalka. Fit note, haddii aad u baahan tahay. Sida ballantaada xigta loo diyaarin doono.
        Magacyada kooxaha ku caawin kara, sida hay'adaha samafalka.
    .if-not = Haddii ay wax maqan yihiin, weydii shaqaalaha qaybta kahor intaadan bixin. Haddii aad hore guriga u gaartay, wac qaybta.
    .ask =
        Yaan wacaa haddii aan su'aal ku qabo guriga?
        Sidee loo diyaarin doonaa ballantayda xigta?
        Ma jirtaa koox i caawin karta?

leaving-hospital-letter =
    .title = Isbitaalku wuxuu warqad u qoraa GP-gaaga
    .body =
        Markaad baxdo, kooxda isbitaalku waxay warqad u qoraan GP-gaaga. Waxaa la yiraahdaa warbixinta ka bixitaanka (discharge summary). Discharge macnaheedu waa ka bixitaanka isbitaalka.
        Waxay GP-gaaga u sheegaysaa waxa dhacay intii aad isbitaalka joogtay, iyo isbeddel kasta oo daawooyinkaaga ku dhacay. Waa inaad adiguna nuqul heshaa.
    .if-not = Haddii xarunta GP-gaagu sheegto inaanay helin warqadda, wac qaybta. Ka codso inay soo diraan.
    .ask =
        Ma heli karaa nuqul warbixinta ka bixitaankayga ah?
        GP-gaygu ma u baahan yahay inuu wax qabto?

leaving-hospital-questions =
    .title = Haddii aad su'aalo ku qabto guriga
    .body =
        Haddii aad su'aal ka qabto joogitaankaagii isbitaalka ama daawooyinkaaga cusub, wac qaybta. Lambarku inta badan wuxuu ku qoran yahay warqadda qaybta lagaa siiyay.
        Haddii warqaddu aanay lahayn lambarka qaybta, wac lambarka guud ee isbitaalka. Ka codso inay kugu xiraan qaybta.
        Kooxda qaybtu waa inay iyagu kuu jawaabaan. Waa inaysan kuu sheegin inaad weydiiso GP-gaaga.
        Haddii aad xanuunsan tahay oo aadan garanayn waxa aad samayso, wac xarunta GP-gaaga ama NHS 111 isla maalintaas. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii qaybtu aanay kuu soo celin wicitaanka ilaa dhammaadka maalinta shaqo ee xigta, mar kale wac. Haddii aadan heli karin, weydiiso kooxda talobixinta bukaanka ee isbitaalka.
    .ask =
        Yaan wacaa haddii aan dhibaato ka qabo daawooyinkayga?
        Goorma ayaan ku wacaa adiga, goormase GP-gayga?
