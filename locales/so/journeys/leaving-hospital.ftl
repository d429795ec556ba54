# Journey: Leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Ka bixitaanka isbitaalka
    .summary = Waxa aad haysan lahayd kahor intaadan guriga aadin, iyo cidda aad wacayso markaad baxdo kadib.
    .intro = Waxaad u socotaa guriga kadib markii aad isbitaalka jiiftay. Halkan waxaa ku qoran waxa kooxda isbitaalku qabanayaan kahor intaadan bixin. Waxay sidoo kale sheegaysaa cidda aad wacayso haddii aad su'aalo qabto.
    .keywords = ka bixitaanka isbitaalka, guriga u laabashada, isbitaalka ka imaansho, fasaxa isbitaalka, laga saaray isbitaalka, warqadda ka bixitaanka, warbixinta ka bixitaanka, daawooyin cusub, daawo, kiniin, warqadda daawada, waxyeellooyinka daawada, fit note, sick note, fasax shaqo, qaybta isbitaalka, lambarka qaybta, su'aalo isbitaalka kadib, dabagal, daryeelka kadib, liiska hubinta, kooxaha taageerada, discharge, discharged, discharge letter, discharge summary, medication, tablets, prescription, side effects, ward, follow up

leaving-hospital-medicines =
    .title = Daawooyinkaaga cusub
    .body =
        Haddii aad u baahan tahay daawo cusub, isbitaalku wuxuu ku siiyaa ugu yaraan 7 maalmood oo daawo ah oo aad guriga u qaadato. Haddii koorsadu ka gaaban tahay, waxaad heshaa dhammaanteed.
        Haddii daawo ay tahay in hadda la bilaabo, isbitaalku wuxuu ku siiyaa qaybta ugu horreysa. Uma baahnid inaad GP-gaaga ka qaadato.
        Shaqaaluhu waa inay kuu sheegaan waxa daawo kasta loogu talagalay. Waa inay sidoo kale kuu sheegaan waxyeellooyinkeeda (side effects). Waxyeello waa dhibaato daawo keeni karto.
    .if-not = Haddii aad ku dhowdahay inaad baxdo adiga oo aan haysan daawooyinkaaga cusub, weydii shaqaalaha qaybta. Haddii aad hore guriga u gaartay, wac qaybta.
    .ask =
        Daawo kasta maxaa loogu talagalay?
        Waxyeellooyinkee ayaan iska ilaaliyaa?
        Yaa i siinaya daawo dheeraad ah marka kuwani dhammaadaan?

leaving-hospital-fit-note =
    .title = Fit note loogu talagalay shaqada
    .body =
        Fit note waa warqad loogu talagalay shaqadaada. Waxay sheegaysaa in aad caafimaad ahaan shaqayn karto iyo in kale. Dadka qaar waxay ugu yeeraan sick note.
        Haddii aad u baahan tahay fasax shaqo, isbitaalku wuxuu ku siiyaa fit note. Waa inay daboolaysaa muddada oo dhan ee ay u malaynayaan inaad maqnaan doonto.
        Sidaas darteed uma baahnid inaad GP-gaaga ka codsato mid muddadaas.
    .if-not = Haddii aad baxdo adiga oo aan haysan fit note, wac qaybta oo ka codso mid.
    .ask =
        Muddo intee le'eg ayaan u baahan doonaa fasax shaqo?
        Fit note-kaygu ma daboolayaa muddadaas oo dhan?

leaving-hospital-check =
    .title = Hubi kahor intaadan bixin
    .body =
        Kahor intaadan guriga aadin, hubi inaad haysato waxyaabahan.
        Hal toddobaad oo daawo cusub kasta ah. Waxa mid kasta loogu talagalay, iyo waxyeellooyinkeeda. Buug-yare ku saabsan daryeelkaaga.
        Lambarka taleefanka kooxda isbitaalka. Fit note, haddii aad u baahan tahay. Sida ballantaada xigta loo diyaarin doono.
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
        Waxay GP-gaaga u sheegaysaa waxa dhacay intii aad isbitaalka joogtay. Waa inay GP-gaaga gaartaa 24 saacadood gudahood.
    .if-not = Haddii xarunta GP-gaagu sheegto inaanay helin warqadda, wac qaybta. Ka codso inay soo diraan.
    .ask =
        Ma heli karaa nuqul warbixinta ka bixitaankayga ah?
        GP-gaygu ma u baahan yahay inuu wax qabto?

leaving-hospital-questions =
    .title = Haddii aad su'aalo ku qabto guriga
    .body =
        Haddii aad su'aal ka qabto joogitaankaagii isbitaalka ama daawooyinkaaga cusub, wac qaybta. Lambarku wuxuu ku qoran yahay warqadda qaybta lagaa siiyay.
        Kooxda qaybtu waa inay iyagu kuu jawaabaan. Waa inaysan kuu sheegin inaad weydiiso GP-gaaga.
        Haddii aad xanuunsan tahay oo aadan garanayn waxa aad samayso, wac xarunta GP-gaaga ama NHS 111. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii aadan heli karin qaybta, weydiiso kooxda talobixinta bukaanka ee isbitaalka.
    .ask =
        Yaan wacaa haddii aan dhibaato ka qabo daawooyinkayga?
        Goorma ayaan ku wacaa adiga, goormase GP-gayga?
