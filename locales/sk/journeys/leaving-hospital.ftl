# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Keď idete z nemocnice domov
    .summary = Čo by ste mali mať, než pôjdete domov, a komu volať po odchode.
    .intro = Po pobyte v nemocnici idete domov. Tu je, čo by mal nemocničný tím urobiť pred vaším odchodom. Píše sa tu aj to, komu volať, ak máte otázky.
    .keywords = odchod z nemocnice, ísť domov, domov z nemocnice, prepustenie, prepustený, prepúšťacia správa, nové lieky, lieky, tabletky, recept, vedľajšie účinky, potvrdenie o práceneschopnosti, PN, voľno z práce, oddelenie, telefónne číslo oddelenia, otázky po nemocnici, kontrola, starostlivosť po prepustení, starostlivosť doma, komunitná sestra, virtuálne oddelenie, kontrolný zoznam, podporné skupiny, discharge summary, fit note, district nurse, reablement, virtual ward

leaving-hospital-medicines =
    .title = Vaše nové lieky
    .body =
        Ak potrebujete nový liek, nemocnica vám ho dá domov aspoň na 7 dní. Ak je liečba kratšia, dostanete celú.
        Túto prvú zásobu lieku by ste nemali musieť zháňať od vášho lekára GP (rodinný lekár). Ak ju nedostanete, požiadajte o ňu pred odchodom.
        Personál by vám mal povedať, na čo je každý liek. Mal by vám povedať aj jeho vedľajšie účinky. Vedľajší účinok je problém, ktorý môže liek spôsobiť.
        Príručka o liekoch po nemocnici hovorí, kto vám dá ďalšie lieky.
    .if-not = Ak sa chystáte odísť bez nových liekov, opýtajte sa personálu oddelenia. Ak ste už doma, zavolajte na oddelenie.
    .ask =
        Na čo je každý liek?
        Na aké vedľajšie účinky si mám dávať pozor?
        Kto mi dá ďalšie, keď sa tieto minú?

leaving-hospital-fit-note =
    .title = Potvrdenie o práceneschopnosti do práce
    .body =
        Potvrdenie o práceneschopnosti (fit note) je potvrdenie pre vašu prácu. Hovorí, či ste dosť zdraví na to, aby ste pracovali. Niektorí ľudia mu hovoria sick note.
        Počas prvých 7 dní choroby nepotrebujete potvrdenie o práceneschopnosti. Vyplníte sami formulár pre zamestnávateľa.
        Ak potrebujete byť mimo práce dlhšie, nemocnica vám dá potvrdenie o práceneschopnosti. Malo by pokrývať celý čas, ktorý podľa nich budete mimo práce.
        Takže na tento čas by ste nemali potrebovať žiadať vášho lekára GP o potvrdenie.
    .if-not = Ak odídete bez potvrdenia o práceneschopnosti, ktoré potrebujete, zavolajte na oddelenie a požiadajte oň.
    .ask =
        Ako dlho budem musieť byť mimo práce?
        Pokrýva moje potvrdenie o práceneschopnosti celý ten čas?

leaving-hospital-care-at-home =
    .title = Starostlivosť doma
    .body =
        Niektorí ľudia po pobyte v nemocnici potrebujú pomoc doma. Tím oddelenia ju s vami naplánuje pred vaším odchodom.
        Môže to byť návšteva komunitnej zdravotnej sestry (district nurse). Alebo vám nejaký tím môže krátky čas pomáhať, aby ste sa znova naučili robiť veci sami.
        O niektorých ľudí sa nemocničný tím stará doma namiesto toho, aby ležali na oddelení. Niekedy sa to volá virtuálne oddelenie (virtual ward). Tím vám povie, ako sa s ním spojiť vo dne aj v noci.
    .if-not = Ak pomoc, o ktorej vám povedali, neprišla, zavolajte na číslo, ktoré vám na to dalo oddelenie. Ak číslo nemáte, zavolajte na oddelenie.
    .ask =
        Budem potrebovať pomoc doma?
        Kto príde a kedy?
        Komu mám zavolať, ak neprídu?

leaving-hospital-check =
    .title = Skontrolujte si to pred odchodom
    .body =
        Skôr než pôjdete domov, skontrolujte si, že máte tieto veci.
        Všetky nové lieky aspoň na 7 dní. Na čo je každý z nich a aké má vedľajšie účinky. Leták o vašej starostlivosti.
        Telefónne číslo na oddelenie a na nemocničný tím. Potvrdenie o práceneschopnosti, ak ho potrebujete. Ako bude zariadená vaša ďalšia návšteva.
        Názvy skupín, ktoré vám môžu pomôcť, napríklad charitatívnych organizácií.
    .if-not = Ak niečo chýba, opýtajte sa personálu oddelenia ešte pred odchodom. Ak ste už doma, zavolajte na oddelenie.
    .ask =
        Komu mám zavolať, ak budem mať doma otázku?
        Ako bude zariadená moja ďalšia návšteva?
        Je nejaká skupina, ktorá mi môže pomôcť?

leaving-hospital-letter =
    .title = Nemocnica napíše vášmu lekárovi GP
    .body =
        Keď odchádzate, nemocničný tím napíše list vášmu lekárovi GP. Volá sa to prepúšťacia správa (discharge summary). Prepustenie znamená odchod z nemocnice.
        Píše sa v nej, čo sa dialo, kým ste boli v nemocnici, a aké zmeny nastali vo vašich liekoch. Kópiu by ste mali dostať aj vy.
    .if-not = Ak vaša ordinácia GP hovorí, že list nedostala, zavolajte na oddelenie. Požiadajte ich, aby ho poslali.
    .ask =
        Môžem dostať kópiu mojej prepúšťacej správy?
        Musí môj lekár GP niečo urobiť?

leaving-hospital-questions =
    .title = Ak máte doma otázky
    .body =
        Ak máte otázku o vašom pobyte alebo o nových liekoch, zavolajte na oddelenie. Číslo býva v liste z oddelenia.
        Ak v liste nie je číslo na oddelenie, zavolajte na hlavné číslo nemocnice. Požiadajte ich, aby vás prepojili na oddelenie.
        Tím oddelenia by vám mal odpovedať sám. Nemal by vás posielať, aby ste sa pýtali vášho lekára GP.
        Ak sa cítite zle a neviete, čo robiť, zavolajte do vašej ordinácie GP alebo na NHS 111 v ten istý deň. V núdzovej situácii volajte 999.
    .if-not = Ak vám oddelenie nezavolalo späť do konca nasledujúceho pracovného dňa, zavolajte znova. Ak sa nedovoláte, požiadajte o tím poradenstva pre pacientov v nemocnici.
    .ask =
        Komu mám zavolať, ak mám problém s liekmi?
        Kedy mám volať vám a kedy môjmu lekárovi GP?
