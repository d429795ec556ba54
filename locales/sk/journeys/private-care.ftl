# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Prechod zo súkromnej starostlivosti do NHS
    .summary = Kto vám dá lieky a kontroly po návšteve súkromného lekára a ako sa dostať na čakací zoznam NHS.
    .intro = Boli ste u súkromného lekára a teraz chcete časť svojej starostlivosti cez NHS (štátna zdravotná služba). Niektoré veci sa prenesú a niektoré nie. Tu je, kto čo robí.
    .keywords = súkromný, súkromný lekár, súkromná klinika, súkromná nemocnica, súkromný konzultant, súkromný recept, platená starostlivosť, poistenie, prechod do NHS, čakací zoznam NHS po súkromnej starostlivosti, lekár GP nechce predpísať, súkromné vyšetrenia, private

private-care-clinic =
    .title = Súkromná klinika sa stará o to, čo začala
    .body =
        Súkromná klinika vám dá prvý recept na všetko, čo začala. Platíte zaň vy.
        Ak súkromný lekár nariadi vyšetrenia alebo kontroly, súkromná klinika ich urobí a povie vám výsledky.
        Súkromná klinika by mala napísať vášmu lekárovi GP (rodinný lekár) o vašej starostlivosti.
    .if-not = Ak máte otázku o vašej súkromnej starostlivosti, obráťte sa na súkromnú kliniku. Jej kontakty sú vo vašom liste.
    .ask =
        Napíšete môjmu lekárovi GP?
        Kto mi robí vyšetrenia a kontroly?

private-care-gp-prescribing =
    .title = Váš lekár GP môže prevziať niektoré lieky
    .body =
        Môžete požiadať vášho lekára GP, aby vám predpisoval liek, ktorý začal súkromný lekár. Váš lekár GP rozhodne, či je to pre vás správne.
        Váš lekár GP môže povedať nie. Môže to byť preto, že liek musí sledovať špecialista. Alebo sa v NHS zvyčajne nedáva.
        Ak váš lekár GP povie nie, súkromná klinika vám ho bude dávať ďalej.
    .if-not = Ak vám liek čoskoro dôjde, obráťte sa na súkromnú kliniku skôr, než sa to stane.
    .ask =
        Môžete mi to predpísať cez NHS?
        Ak nie, čo mám robiť?

private-care-nhs-list =
    .title = Ako sa dostať na čakací zoznam NHS
    .body =
        Aby vás prijal nemocničný tím NHS, zvyčajne potrebujete odporúčanie (referral) v rámci NHS. Porozprávajte sa s vaším lekárom GP.
        Váš lekár GP rozhodne, či odporúčanie potrebujete. Opýtajte sa vášho lekára GP, ako to bude fungovať u vás.
    .if-not = Ak si nie ste istí, ako platia pravidlá vo vašej oblasti, opýtajte sa vo vašej ordinácii GP.
    .ask =
        Môžete ma s tým poslať do NHS?
        Budem musieť čakať od začiatku?

private-care-worse =
    .title = Ak sa vám zhorší stav
    .body =
        Ak sa vám stav veľmi zhorší alebo máte nové príznaky, ktoré vás znepokojujú, obráťte sa na vašu ordináciu GP alebo zavolajte na NHS 111 v ten istý deň. V núdzovej situácii volajte 999.
        Povedzte to aj súkromnému lekárovi, ktorý vás lieči.
    .if-not = Ak vám nikto nezavolal späť do konca nasledujúceho pracovného dňa, zavolajte znova. Ak sa cítite horšie, zavolajte na NHS 111 v ten istý deň.
    .ask =
        Komu mám zavolať, ak sa mi v noci zhorší stav?
