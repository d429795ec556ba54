# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Jūsų vaistai, kai grįžtate namo iš ligoninės
    .summary = Kas jums duoda naujus vaistus, kas keičia jūsų pakartotinių receptų sąrašą ir ką daryti, kol vaistai dar nesibaigė.
    .intro = Kai gulite ligoninėje arba lankotės pas ligoninės komandą, jūsų vaistai gali pasikeisti. Štai kas jums duoda kiekvieną vaistų kiekį, kas atnaujina jūsų sąrašą ir į ką kreiptis.
    .keywords = vaistai po ligoninės, nauji vaistai, pakeisti vaistai, nutraukti vaistai, tabletės, pakartotinis receptas, pakartotinių receptų sąrašas, baigiasi vaistai, baigėsi, pirmasis kiekis, vaistinė, vaistininkas, vaistai išrašant, kraują skystinantys vaistai, chemoterapija, pagalbos linija, kokius vaistus vartoti, repeat prescription, pharmacy, running out, blood thinner, helpline

medicines-after-hospital-first-supply =
    .title = Pirmąjį vaistų kiekį jums duoda ligoninė
    .body =
        Po gulėjimo ligoninėje turėtumėte grįžti namo su visų naujų vaistų kiekiu bent 7 dienoms. Jei gydymo kursas trumpesnis, gaunate visą kursą.
        Po vizito klinikoje yra kitaip. Jei vaistą reikia pradėti vartoti dabar, ligoninė duoda jo tiek, kad užtektų, kol jūsų GP gydytojas (šeimos gydytojas) gaus laišką po vizito (clinic letter). Priešingu atveju laiške GP gydytojo prašoma jį išrašyti.
    .if-not = Jei tuoj išeisite be naujo vaisto, kurio jums reikia dabar, paklauskite skyriaus personalo arba klinikos. Jei jau esate namie, paskambinkite į skyrių arba ligoninės komandai.
    .ask =
        Ar man reikia pradėti vartoti šį vaistą dabar?
        Kiek vaistų man duodate?
        Kas man duos daugiau: mano GP gydytojas ar jūs?

medicines-after-hospital-list =
    .title = Gaunate savo vaistų sąrašą
    .body =
        Prieš jums išeinant, skyriaus komanda turėtų pasakyti, kurie vaistai nauji, kurie pakeisti ir kuriuos turėtumėte nustoti vartoti.
        Šis sąrašas taip pat yra laiške, kurį ligoninė siunčia jūsų GP gydytojui. Paprašykite kopijos.
        Nevartokite toliau vaisto, kurį ligoninė nutraukė, nebent gydytojas jums lieptų.
    .if-not = Jei nežinote, kuriuos vaistus vartoti, paskambinkite į skyrių. Arba paklauskite vaistininko.
    .ask =
        Kurie mano vaistai nauji, pakeisti ar nutraukti?
        Ar galiu gauti sąrašą raštu?

medicines-after-hospital-pharmacy =
    .title = Jūsų vaistinė gali patikrinti jūsų vaistus
    .body =
        Ligoninė gali nusiųsti informaciją apie jūsų naujus vaistus į vaistinę, kuria paprastai naudojatės. Tada vaistininkas gali juos su jumis aptarti.
        Vaistininkas palygina jūsų naują sąrašą su tuo, ką vartojote anksčiau. Jis gali pastebėti problemų.
        Galite paprašyti skyriaus nusiųsti jūsų duomenis į jūsų vaistinę.
    .if-not = Jei vaistinė negavo žinių iš ligoninės, nuneškite į vaistinę laišką, kurį gavote iš skyriaus. Paprašykite jį patikrinti.
    .ask =
        Ar galite nusiųsti informaciją apie mano vaistus į mano vaistinę?
        Ar vaistininkas gali kartu su manimi patikrinti mano naują sąrašą?

medicines-after-hospital-repeat =
    .title = Jūsų GP klinika atnaujina pakartotinių receptų sąrašą
    .body =
        Jūsų GP klinika gauna laišką iš ligoninės. Tada ji atnaujina jūsų pakartotinius receptus (repeat prescriptions).
        Prieš užsisakydami patikrinkite savo pakartotinių receptų sąrašą. Įsitikinkite, kad jame yra jūsų nauji vaistai, o nėra tų, kuriuos nustojote vartoti.
        Kiekvieną pakartotinį receptą užsisakykite laiku, kad vaistai nesibaigtų.
    .if-not = Jei jūsų pakartotinių receptų sąrašas neteisingas arba jame nėra naujo vaisto, susisiekite su savo GP klinika. Jei ji dar neturi laiško, paskambinkite ligoninės komandai arba į skyrių.
    .ask =
        Ar gavote mano laišką iš ligoninės?
        Ar mano pakartotinių receptų sąrašas atnaujintas?

medicines-after-hospital-running-out =
    .title = Jei jūsų vaistai tuoj baigsis
    .body =
        Jei vaistai greitai baigsis, o jūsų GP gydytojas neturi laiško, paskambinkite ligoninės komandai arba į skyrių. Paprašykite išsiųsti laišką arba duoti jums daugiau vaistų.
        Jei jūsų GP klinika uždaryta, o vaisto jums reikia šiandien, skambinkite NHS 111. Ten jums gali padėti jį gauti vaistinėje.
    .if-not = Jei niekas negali padėti ir be vaisto jaučiatės blogai, tą pačią dieną skambinkite NHS 111. Skubiu atveju skambinkite 999.
    .ask =
        Ką daryti, jei vaistai baigsis savaitgalį?
        Ar saugu praleisti šio vaisto dozę?

medicines-after-hospital-high-risk =
    .title = Vaistai, dėl kurių reikia greitos pagalbos
    .body =
        Vartojant kai kuriuos vaistus, reikia greitos pagalbos, jei jaučiatės blogai. Tai, pavyzdžiui, vaistai nuo vėžio. Taip pat vaistai, kurie skystina kraują arba dėl kurių organizmui sunkiau kovoti su mikrobais.
        Ligoninės komanda turėtų jums duoti šių vaistų pagalbos linijos numerį. Kai kurios linijos veikia dieną ir naktį. Laikykite numerį prie savęs.
        Jei jaučiatės labai blogai, iš karto skambinkite į pagalbos liniją. Skubiu atveju skambinkite 999.
    .if-not = Jei neturite pagalbos linijos numerio, paskambinkite ligoninės komandai ir jo paprašykite. Jei jaučiatės blogai ir negalite su ja susisiekti, tą pačią dieną skambinkite NHS 111.
    .ask =
        Ar šiam vaistui yra pagalbos linija?
        Kokie požymiai reiškia, kad turėčiau iš karto į ją skambinti?
