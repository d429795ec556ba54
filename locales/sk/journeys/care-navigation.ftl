# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Prečo sa na recepcii pýtajú, čo vám je
    .summary = Prečo sa vaša ordinácia GP pýta na váš problém, koho môžete navštíviť a ako vám môže pomôcť sociálny koordinátor.
    .intro = Keď sa obrátite na vašu ordináciu GP (ordinácia rodinného lekára), personál sa vás môže opýtať, aký máte problém. Pýtajú sa preto, aby vás poslali k správnemu človeku. Tu je, ako to funguje.
    .keywords = recepčná, recepcia, prečo sa pýtajú, čo mi je, objednať sa k lekárovi GP, ísť k lekárovi GP, navigácia v starostlivosti, care navigation, care navigator, zdravotná sestra, lekárnik, fyzioterapeut, fyzioterapia, sociálne predpisovanie, social prescribing, sociálny koordinátor, link worker, osamelosť, miestne skupiny, komunitné skupiny, charita, dobrovoľnícke služby

care-navigation-ask =
    .title = Personál sa pýta, aký máte problém
    .body =
        Keď zavoláte alebo prídete, na recepcii sa vás môžu opýtať, aký máte problém. Nepýtajú sa zo zvedavosti.
        Pýtajú sa, aby vám pomohli dostať sa k správnemu človeku. Volá sa to navigácia v starostlivosti (care navigation). Pracovníci, ktorí to robia, sa volajú navigátori starostlivosti (care navigators).
    .if-not = Ak si nie ste istí, ku komu ísť, požiadajte personál, aby vám pomohol vybrať.
    .ask =
        Kto je pre mňa najlepší človek, ku ktorému mám ísť?
        Ako skoro ma môžu prijať?

care-navigation-right-person =
    .title = Idete k správnemu človeku
    .body =
        Správny človek nemusí byť lekár GP (rodinný lekár). Môže to byť zdravotná sestra alebo lekárnik. Lekárnik je odborník na lieky.
        Môže to byť fyzioterapeut. Fyzioterapeut pomáha so svalmi, kĺbmi a pohybom.
        Alebo vás personál môže poslať do služby mimo ordinácie.
    .if-not = Ak si myslíte, že stále potrebujete lekára GP, povedzte personálu prečo. Ak sa vám zhorší stav, obráťte sa znova na vašu ordináciu GP v ten istý deň alebo zavolajte na NHS 111.
    .ask =
        Prečo je tento človek ten správny pre môj problém?
        Čo mám robiť, ak sa mi nezlepší?

care-navigation-ask-link-worker =
    .title = Požiadate o sociálneho koordinátora
    .body =
        Niektoré veci, ktoré ovplyvňujú vaše zdravie, nie sú lekárske. Sociálny koordinátor (link worker) vám s nimi môže pomôcť.
        Ak chcete sociálneho koordinátora, požiadajte vašu ordináciu GP. Môže vás s ním spojiť.
        Volá sa to sociálne predpisovanie (social prescribing).
    .if-not = Ak vás vaša ordinácia GP s ním nespojí, požiadajte ju znova. Opýtajte sa, kto je sociálny koordinátor pre vašu oblasť.
    .ask =
        Máte tu sociálneho koordinátora?
        Ako dlho potrvá, kým sa mi ozve?

care-navigation-link-worker =
    .title = Sociálny koordinátor vám pomáha
    .body =
        Sociálny koordinátor vás spojí so skupinami a službami vo vašom okolí.
        Môžu ich viesť miestni ľudia alebo charitatívne organizácie. Nie sú súčasťou vašej ordinácie GP.
        Sociálny koordinátor vám pomôže nájsť tie, ktoré sa vám hodia.
    .if-not = Ak sa vám sociálny koordinátor neozval, obráťte sa na vašu ordináciu GP. Požiadajte ich, aby to preverili.
    .ask =
        Aké skupiny sú v mojom okolí?
        Môžete mi pomôcť začať?
