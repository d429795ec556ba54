# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Pagalba be vizito pas GP gydytoją
    .summary = Paslaugos, į kurias galite kreiptis patys, ką gali gydyti vaistininkas ir kas tada jumis rūpinasi.
    .intro = Dėl kai kurių problemų jums nereikia pirmiausia eiti pas GP gydytoją (šeimos gydytoją). Galite patys susisiekti su paslauga. Tai vadinama savarankišku kreipimusi. Štai kaip tai veikia ir kas ką daro.
    .keywords = kreiptis pačiam, savarankiškas kreipimasis, be GP, kineziterapija, fizioterapija, nugaros skausmas, pėdų priežiūra, pėdos, pėdų problemos, klausa, klausos tikrinimas, akušerė, nėštumas, nėščia, lytinė sveikata, pokalbių terapija, pharmacy first, vaistininkas, vaistinė, gerklės skausmas, ausies skausmas, sinusitas, šlapimo takų infekcija, juostinė pūslelinė, impetigo, vabzdžio įkandimas, self referral, physio, midwife, sexual health, sore throat, earache, UTI, shingles

self-referral-services =
    .title = Kur galite kreiptis patys
    .body =
        Su kai kuriomis NHS paslaugomis galite susisiekti patys, nesikreipę pirmiausia į GP gydytoją.
        Tai gali būti kineziterapija dėl raumenų ir sąnarių, pėdų priežiūra, klausos tikrinimas ir pokalbių terapija. Taip pat galite patys kreiptis į akušerę, kai esate nėščia, ir į lytinės sveikatos kliniką.
        Į kurias paslaugas galite kreiptis patys, priklauso nuo to, kur gyvenate.
    .if-not = Jei nerandate paslaugos, paklauskite savo GP klinikos. Registratūroje jums pasakys, kaip su ja susisiekti.
    .ask =
        Ar čia galiu pats kreiptis į šią paslaugą?
        Kaip su ja susisiekti?

self-referral-pharmacy-first =
    .title = Vaistinė gali gydyti kai kurias problemas
    .body =
        Vaistininkas gali jus apžiūrėti ir skirti gydymą nuo kai kurių dažnų problemų, be vizito pas GP gydytoją. Tai vadinama Pharmacy First (pirmiausia – vaistinė).
        Tai gerklės skausmas, ausies skausmas, sinusų skausmas, juostinė pūslelinė ir impetigo. Į sąrašą taip pat įeina įkandimai, kurie užsikrėtė, ir moterų šlapimo takų infekcijos. Kai kurios iš jų čia gydomos tik tam tikro amžiaus žmonėms.
        Jei jums reikia vaisto, kurį paprastai išrašytų gydytojas, vaistininkas gali jį jums duoti.
    .if-not = Jei jums reikia pas GP gydytoją, vaistininkas jums tai pasakys. Tada susisiekite su savo GP klinika.
    .ask =
        Ar galite tai gydyti čia?
        Ką daryti, jei man nepagerės?

self-referral-in-charge =
    .title = Atsakinga ta paslauga, kuri jus priima
    .body =
        Paslauga, į kurią kreipėtės, rūpinasi ta problema. Ji praneša jums visų savo paskirtų tyrimų rezultatus.
        Jei jūsų GP gydytojui reikia žinoti, paslauga praneša jūsų GP gydytojui.
    .if-not = Jei negavote atsakymo iš paslaugos tada, kai ji sakė, susisiekite su ja dar kartą.
    .ask =
        Į ką kreiptis, jei turėsiu klausimą?
        Ar pranešite mano GP gydytojui?

self-referral-gp =
    .title = Kada vis dėlto kreiptis į GP gydytoją
    .body =
        Jei nežinote, kur kreiptis, paklauskite savo GP klinikos. Darbuotojai gali padėti jums pasirinkti.
        Jei jums nepagerėja arba pablogėja, tą pačią dieną susisiekite su savo GP klinika arba skambinkite NHS 111. Skubiu atveju skambinkite 999.
    .if-not = Jei nepavyksta prisiskambinti į savo GP kliniką ir jūs nerimaujate, skambinkite NHS 111.
    .ask =
        Kur geriausia kreiptis dėl šios problemos?
