# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Váš lekár GP vás poslal k nemocničnému tímu
    .summary = Kto objedná vašu prvú návštevu, komu volať, kým čakáte, a čo robiť, ak sa vám zhorší stav.
    .intro = Váš lekár GP (rodinný lekár) si myslí, že by vás mal prijať nemocničný tím. Volá sa to odporúčanie (referral). Tu je, čo sa stane ďalej a kto robí ktorú časť. Ak váš lekár GP povedal, že je to urgentné alebo že by to mohla byť rakovina, prečítajte si príručku o urgentných odporúčaniach.
    .keywords = odporúčanie, odporučený, poslaný do nemocnice, špecialista, list z nemocnice, e-odporúčanie, objednanie, termín, konzultant, ambulancia, čakací zoznam, bežné odporúčanie, referral, e-referral, appointment, waiting list

referral-sent =
    .title = Váš lekár GP pošle odporúčanie
    .body =
        Váš lekár GP napíše nemocničnému tímu. Napíše, aký je problém a prečo vás musia prijať.
        Váš lekár GP tiež napíše, ako skoro vás musia prijať. Odporúčanie môže byť bežné alebo urgentné.
        Niekedy nemocnica chce najprv vyšetrenia, napríklad krvné vyšetrenie. V takom prípade ich váš lekár GP urobí pred odoslaním odporúčania.
        Často si môžete vybrať, do ktorej nemocnice pôjdete. Opýtajte sa vášho lekára GP, keď vás bude posielať.
    .if-not = Opýtajte sa vášho lekára GP, kedy by ste sa mali o odporúčaní niečo dozvedieť. Ak sa dovtedy nič nedozviete, obráťte sa na vašu ordináciu GP. Opýtajte sa, či bolo odporúčanie odoslané.
    .ask =
        K akému nemocničnému tímu ma posielate?
        Je moje odporúčanie bežné, alebo urgentné?
        Môžem si vybrať, do ktorej nemocnice pôjdem?
        Potrebujem najprv nejaké vyšetrenia?

referral-booking =
    .title = Dostanete list, e-mail alebo SMS na objednanie
    .body =
        Môžete dostať list s číslom rezervácie a heslom. Dobre si ho uschovajte.
        Alebo môžete dostať e-mail alebo SMS. Je v nich odkaz na objednanie cez NHS App (aplikácia NHS) alebo na NHS website (webová stránka NHS).
        Cez neho si vyberte dátum a čas, alebo zavolajte tímu, ktorý objednáva.
        Niektoré SMS, ktoré vyzerajú, akoby boli od NHS, sú podvod. NHS vás pri objednávaní nebude žiadať, aby ste platili alebo dali údaje o svojom bankovom účte. Ak si nie ste istí, odkaz nepoužite. Zavolajte na číslo uvedené vo vašom liste alebo sa opýtajte vo vašej ordinácii GP.
    .if-not = Ak do času, ktorý povedal váš lekár GP, nič neprišlo, zavolajte na číslo uvedené v liste s odporúčaním. Ak list nemáte, opýtajte sa vo vašej ordinácii GP.
    .ask =
        Môžem mať namiesto toho telefonický alebo video hovor?
        Môžem si so sebou niekoho vziať?

referral-waiting =
    .title = Čakáte na prvú návštevu
    .body =
        Nemocničný tím sa stará o vaše miesto na zozname.
        Nemocnica vám môže poslať SMS, aby zistila, či ešte potrebujete návštevu. Ak môžete, odpovedzte. Ak neodpoviete, zavolajte nemocničnému tímu. Nevyradia vás zo zoznamu len preto, že ste neodpovedali.
        Priemerné čakanie v každej nemocnici si môžete pozrieť na webovej stránke My Planned Care. Je to len priemer.
        Ak máte otázku o vašej návšteve, opýtajte sa nemocničného tímu. Mal by vám odpovedať, nie vás posielať späť k vášmu lekárovi GP.
    .if-not = Ak sa vám nemocnica neozvala, keď vám povedali, že sa ozve, zavolajte nemocničnému tímu.
    .ask =
        Ako dlho sa čaká na tento tím?
        Komu mám zavolať, ak sa zmenia moje plány?

referral-worse =
    .title = Ak sa vám počas čakania zhorší stav
    .body =
        Ak sa vám stav veľmi zhorší alebo máte nové príznaky, ktoré vás znepokojujú, obráťte sa na vašu ordináciu GP alebo zavolajte na NHS 111 v ten istý deň.
        V núdzovej situácii volajte 999.
        Povedzte to aj nemocničnému tímu. Lekár tam môže posúdiť, či by vás nemali prijať skôr.
        Váš lekár GP môže tiež požiadať nemocnicu, aby vás prijala skôr, alebo zmeniť odporúčanie na urgentné.
    .if-not = Ak vám nemocničný tím nezavolal späť do konca nasledujúceho pracovného dňa, zavolajte znova. Ak sa cítite horšie, nečakajte na nich: obráťte sa na vašu ordináciu GP alebo NHS 111 v ten istý deň.
    .ask =
        Pri akých zmenách vám mám zavolať?
        Môžu ma prijať skôr, ak sa mi zhorší stav?

referral-appointment =
    .title = Vaša prvá návšteva
    .body =
        Prijme vás nemocničný tím. Môžu sa s vami rozprávať, vyšetriť vás alebo urobiť vyšetrenia.
        Vezmite si list, zoznam svojich liekov a všetky otázky, ktoré máte.
        Ak nemôžete prísť, povedzte to nemocničnému tímu čo najskôr, aby mohli dať váš termín niekomu inému.
    .if-not = Ak vašu návštevu zrušia, nemocničný tím by vám mal dať nový termín. Ak ste ho nedostali, zavolajte im.
    .ask =
        Aký problém to podľa vás je?
        Čo bude ďalej a kto to urobí?
        Komu mám zavolať, ak budem mať neskôr otázku?

referral-letter =
    .title = Nemocnica napíše vášmu lekárovi GP
    .body =
        Po vašej návšteve nemocničný tím napíše vášmu lekárovi GP, ak váš lekár GP musí niečo urobiť. Volá sa to správa z ambulancie (clinic letter). Kópiu by ste mali dostať aj vy.
    .if-not = Ak vaša ordinácia GP nedostala list do uvedeného času, zavolajte nemocničnému tímu. Požiadajte ich, aby ho poslali.
    .ask =
        Dostanem kópiu listu?
        Musí môj lekár GP niečo urobiť?

referral-after =
    .title = Čo nemocnica urobí ďalej
    .body =
        Ak potrebujete ďalšie vyšetrenia, nemocničný tím ich nariadi. Povie vám výsledky.
        Ak musíte prísť znova, nemocničný tím by vám mal povedať, ako to bude zariadené. Niekedy sa im musíte ozvať vy.
        Ak musíte ísť k inému nemocničnému tímu kvôli súvisiacemu problému, nemocnica vás tam pošle. Nemusíte sa najprv vracať k vášmu lekárovi GP.
    .if-not = Ak vám povedali, že sa dozviete niečo o vyšetrení alebo návšteve, a nedozvedeli ste sa, zavolajte nemocničnému tímu.
    .ask =
        Musím k vám prísť znova?
        Objednáte to vy, alebo sa vám mám ozvať ja?
        Kto mi povie výsledky vyšetrení?
