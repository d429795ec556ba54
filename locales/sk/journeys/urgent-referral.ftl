# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = Váš lekár GP vás urgentne poslal do nemocnice
    .summary = Čo sa stane, keď vás váš lekár GP pošle do nemocnice rýchlo, a komu volať, ak nič nepočujete.
    .intro = Váš lekár GP (rodinný lekár) chce, aby vás čoskoro prijal nemocničný tím. Volá sa to urgentné odporúčanie (urgent referral). Váš lekár GP možno povedal, že ide o vylúčenie rakoviny. Väčšina ľudí, ktorých takto pošlú, rakovinu nemá. Tu je, čo sa stane ďalej a kto robí ktorú časť.
    .keywords = urgentné odporúčanie, urgentné, podozrenie na rakovinu, rakovina, môže to byť rakovina, vyšetrenie na rakovinu, dvojtýždňové čakanie, 2 týždne, zrýchlené vyšetrenie, rýchlejšia diagnóza, rovno na vyšetrenie, hrčka, snímka čoskoro, nemocnica mi volá, neznáme číslo, biopsia, urgent referral, two week wait, fast track

urgent-referral-sent =
    .title = Váš lekár GP pošle urgentné odporúčanie
    .body =
        Váš lekár GP napíše nemocničnému tímu a označí to ako urgentné. Mal by vám povedať prečo.
        Je to urgentné preto, aby sa čokoľvek vážne rýchlo našlo alebo vylúčilo.
        Niekedy idete rovno na vyšetrenie, napríklad na snímku, skôr než vás prijme špecialista.
        Uistite sa, že vaša ordinácia GP má vaše správne telefónne číslo a adresu.
    .if-not = Ak si nie ste istí, či bolo odporúčanie odoslané, obráťte sa na vašu ordináciu GP nasledujúci pracovný deň a opýtajte sa.
    .ask =
        Prečo ma posielate urgentne?
        Aké vyšetrenie alebo návštevu mám čakať?
        Môžem o tom dostať leták?

urgent-referral-contact =
    .title = Nemocnica sa vám čoskoro ozve
    .body =
        Nemocnica sa zvyčajne ozve v priebehu niekoľkých dní. Môže to byť telefonicky, cez SMS alebo listom.
        Odpovedajte na hovory z neznámych čísel a kontrolujte si správy. Snažte sa byť k dispozícii, aby ste mohli prísť aj na poslednú chvíľu.
    .if-not = Ak sa vám po týždni nikto neozval, zavolajte do vašej ordinácie GP. Požiadajte ich, aby overili, že nemocnica odporúčanie dostala. Môžete zavolať aj tímu nemocnice, ktorý objednáva termíny.
    .ask =
        Kedy by sa mi mala nemocnica ozvať?
        Komu mám zavolať, ak nemôžem prísť v deň, ktorý mi dáte?

urgent-referral-tests =
    .title = Nemocničný tím robí vyšetrenia
    .body =
        Nemocničný tím môže urobiť vyšetrenia, napríklad snímku, krvné vyšetrenie alebo vyšetrenie kamerou. Povie vám, na čo je každé z nich.
        NHS sa snaží povedať vám, či máte alebo nemáte rakovinu, do 28 dní od odporúčania. Väčšina ľudí sa to dozvie skôr.
        Ak to trvá dlhšie, nemocničný tím by vám mal povedať prečo a čo bude ďalej.
    .if-not = Ak ste sa nedozvedeli výsledok, keď vám tím povedal, že sa ho dozviete, zavolajte nemocničnému tímu.
    .ask =
        Na čo je toto vyšetrenie?
        Kedy dostanem výsledok a kto mi ho povie?

urgent-referral-result =
    .title = Nemocničný tím vám povie výsledok
    .body =
        Výsledok vám povie nemocničný tím. Napíše aj vášmu lekárovi GP.
        Ak to nie je rakovina, povie vám, čo bude ďalej. Možno ich už nebudete musieť navštíviť. Alebo vás môžu poslať k inému tímu.
        Ak je to rakovina, bude sa o vás starať špecializovaný tím. Dostanete určenú osobu, na ktorú sa môžete obracať, často špecializovanú zdravotnú sestru.
    .if-not = Ak vám nepovedali výsledok, zavolajte nemocničnému tímu. Nečakajte, kým vám ho povie váš lekár GP.
    .ask =
        Na koho sa mám obrátiť, ak mám otázky?
        Musím prísť znova?
        Na čo si mám v budúcnosti dávať pozor?

urgent-referral-worse =
    .title = Ak sa vám počas čakania zhorší stav
    .body =
        Ak sa vám stav veľmi zhorší alebo máte nové príznaky, ktoré vás znepokojujú, obráťte sa na vašu ordináciu GP alebo zavolajte na NHS 111 v ten istý deň.
        V núdzovej situácii volajte 999.
        Povedzte to aj nemocničnému tímu, aby o tom vedel.
    .if-not = Ak vám nemocničný tím nezavolal späť do konca nasledujúceho pracovného dňa, zavolajte znova. Ak sa cítite horšie, zavolajte do vašej ordinácie GP alebo na NHS 111 v ten istý deň.
    .ask =
        Pri akých zmenách vám mám zavolať?
        Komu mám volať v noci alebo cez víkend?
