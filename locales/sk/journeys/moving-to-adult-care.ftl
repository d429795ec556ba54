# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Prechod zo starostlivosti pre deti do starostlivosti pre dospelých
    .summary = Kto plánuje váš prechod do starostlivosti pre dospelých a na koho sa obrátiť pred ním a po ňom.
    .intro = Máte zdravotný problém, ktorý trvá dlho. Volá sa to dlhodobé ochorenie. Keď budete starší, vaša starostlivosť prejde od detského tímu k službám pre dospelých. Tu je, kto čo robí.
    .keywords = prechod do starostlivosti pre dospelých, služby pre dospelých, prechod, presun, dospievanie, 16 rokov, 18 rokov, tínedžer, mladý človek, mladý dospelý, detská nemocnica, dlhodobé ochorenie, ambulancia pre dospelých, odchod zo služieb pre deti, transition

moving-to-adult-care-plan =
    .title = Váš detský tím plánuje prechod
    .body =
        Váš detský tím v nemocnici plánuje váš prechod do starostlivosti pre dospelých. Mali by sa s vami o tom začať rozprávať najneskôr v školskom ročníku Year 9, keď máte 13 alebo 14 rokov.
        Mali by ste mať jedného určeného pracovníka (named worker), ktorý vám pomáha s plánovaním. Opýtajte sa, kto to je.
        Ak chcete, môžete si so sebou priviesť rodiča alebo opatrovateľa. Môžete tiež požiadať, aby ste časť každej návštevy boli s lekárom sami.
    .if-not = Ak sa s vami o prechode nikto nerozprával, opýtajte sa svojho detského tímu. Môžete sa opýtať pri ďalšej návšteve.
    .ask =
        Kedy prejdem do starostlivosti pre dospelých?
        Kto je môj určený pracovník?
        Môžem byť časť návštevy s vami sám alebo sama?

moving-to-adult-care-before =
    .title = Pred prechodom
    .body =
        Až do prechodu za vašu starostlivosť stále zodpovedá váš detský tím.
        Pred prechodom by ste mali mať možnosť stretnúť sa s niekým z tímu pre dospelých.
        Ak máte otázky alebo ak sa vaše ochorenie zhorší, obráťte sa na svoj detský tím. Ak sa cítite zle a neviete, čo robiť, zavolajte do vašej ordinácie GP (ordinácia rodinného lekára) alebo na NHS 111 v ten istý deň. V núdzovej situácii volajte 999.
    .if-not = Ak vám detský tím nezavolal späť do konca nasledujúceho pracovného dňa, zavolajte znova. Ak sa cítite horšie, zavolajte na NHS 111 alebo vášmu lekárovi GP v ten istý deň.
    .ask =
        Na koho sa mám obracať, kým neprejdem?
        Môžem sa stretnúť s tímom pre dospelých pred prechodom?

moving-to-adult-care-adult-team =
    .title = Starostlivosť preberá tím pre dospelých
    .body =
        Po prechode sa o vaše ochorenie môže starať tím pre dospelých v nemocnici.
        Váš určený pracovník by mal zostať s vami v kontakte asi 6 mesiacov po prechode, aby skontroloval, že všetko prebehlo dobre.
        Za každú časť vašej starostlivosti by mal zodpovedať jeden tím. Mali by ste vedieť, ktorý tím to je. Majte jeho telefónne číslo uložené na bezpečnom mieste.
    .if-not = Ak neviete, kto teraz zodpovedá za vašu starostlivosť, opýtajte sa svojho určeného pracovníka. Alebo sa opýtajte vo vašej ordinácii GP.
    .ask =
        Ktorý tím teraz zodpovedá za moju starostlivosť?
        Ako sa s vami spojím?
        Ako často sa budeme vídať?

moving-to-adult-care-gp =
    .title = Váš lekár GP môže byť váš hlavný lekár
    .body =
        V tomto čase sa váš lekár GP môže stať vaším hlavným lekárom. To znamená, že vaša ordinácia GP sa stará o väčšiu časť vašej starostlivosti.
        Opýtajte sa svojho detského tímu, či sa to stane aj vo vašom prípade.
        Vaša ordinácia GP je tiež miesto, kam ísť s novými zdravotnými problémami.
    .if-not = Ak si nie ste istí, či je váš lekár GP teraz vaším hlavným lekárom, opýtajte sa vo vašej ordinácii GP.
    .ask =
        Ste teraz môj hlavný lekár?
        Máte moje listy z nemocnice?
        Komu mám zavolať, ak sa moje ochorenie zhorší?
