# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Po návšteve A&E alebo centra urgentnej starostlivosti
    .summary = Kto čo robí, keď ste boli na A&E, kto vám povie výsledky vyšetrení a kedy ísť k vášmu lekárovi GP.
    .intro = Boli ste na A&E (nemocničná pohotovosť) alebo v centre urgentnej starostlivosti (urgent treatment centre) a teraz ste doma. Tu je, kto čo robí ďalej a na koho sa obrátiť.
    .keywords = A&E, A and E, pohotovosť, urgentný príjem, centrum urgentnej starostlivosti, urgent treatment centre, UTC, walk-in centre, drobné úrazy, po pohotovosti, ambulancia pre zlomeniny, zlomenina, zlomená kosť, výsledky röntgenu, ak sa nezlepší, choďte k lekárovi GP, kontrola po pohotovosti, fracture clinic

after-urgent-care-letter =
    .title = Nemocnica povie vášmu lekárovi GP o vašej návšteve
    .body =
        A&E alebo centrum urgentnej starostlivosti pošle vašej ordinácii GP (ordinácia rodinného lekára) list o vašej návšteve.
        Nemusíte sa objednávať k lekárovi GP len preto, aby ste mu povedali, že ste tam boli.
        Požiadajte o leták s radami, ak ho majú. Budete vedieť, na čo si máte dávať pozor doma.
    .if-not = Ak vaša ordinácia GP potrebuje list a nedostala ho, zavolajte na A&E alebo do centra urgentnej starostlivosti. Požiadajte ich, aby ho poslali.
    .ask =
        Poviete môjmu lekárovi GP o dnešku?
        Môžem si zobrať domov leták s radami?

after-urgent-care-follow-up =
    .title = Nemocnica objedná vašu ďalšiu návštevu
    .body =
        Možno budete musieť prísť znova, napríklad do ambulancie pre zlomeniny (fracture clinic) kvôli zlomenej kosti. Objedná to nemocnica, nie váš lekár GP.
        Niekedy vám tím pre zlomeniny namiesto návštevy zavolá.
    .if-not = Ak vám povedali, že sa ozvú kvôli ďalšej kontrole, a neozvali sa, zavolajte na číslo na vašom letáku s radami alebo v liste. Ak číslo nemáte, zavolajte na hlavné číslo nemocnice.
    .ask =
        Musím prísť znova? Kto to objedná?
        Ako sa so mnou spojíte?

after-urgent-care-results =
    .title = Výsledok vám povie tím, ktorý urobil vyšetrenie
    .body =
        Niektoré vyšetrenia, napríklad röntgen, si po vašom odchode pozrú ešte raz. Za výsledok zodpovedá tím, ktorý vyšetrenie nariadil.
        Ak treba kvôli výsledku niečo urobiť, ozvú sa vám alebo vášmu lekárovi GP. Opýtajte sa ich, ako to urobia.
    .if-not = Ak vám povedali, že sa dozviete výsledok, a nedozvedeli ste sa ho, zavolajte na miesto, kde ste boli.
    .ask =
        Čakajú sa ešte nejaké výsledky?
        Kto mi o nich povie?

after-urgent-care-see-gp =
    .title = Keď povedia „choďte k lekárovi GP, ak…“
    .body =
        Personál vám môže povedať, aby ste išli k lekárovi GP, ak sa niečo nezlepší. To znamená, že sa na vašu ordináciu GP musíte obrátiť sami. Ordinácia nebude vedieť, že vás má kontaktovať.
        Ak vám povedali čas a do toho času sa vám nezlepší, obráťte sa na vašu ordináciu GP.
    .if-not = Ak sa nemôžete dovolať do vašej ordinácie GP a máte obavy, zavolajte na NHS 111.
    .ask =
        Na čo si mám dávať pozor?
        Kedy mám ísť k lekárovi GP, ak sa to nezlepší?

after-urgent-care-worse =
    .title = Ak sa vám zhorší stav
    .body =
        Ak sa vám zhorší stav alebo máte nové príznaky, ktoré vás znepokojujú, zavolajte na NHS 111 alebo sa obráťte na vašu ordináciu GP v ten istý deň.
        Ak vám personál povedal, aby ste prišli znova, keď sa niečo stane, vráťte sa.
        V núdzovej situácii volajte 999.
    .if-not = Ak nemôžete získať pomoc a cítite sa veľmi zle, volajte 999.
    .ask =
        Pri akých príznakoch sa mám vrátiť?
