# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = Nemocnica vás pošle k inému tímu
    .summary = Keď vás nemocničný tím pošle priamo k inému tímu bez toho, aby ste sa vracali k vášmu lekárovi GP.
    .intro = Niekedy nemocničný tím zistí, že potrebujete ísť k inému tímu. Často vás tam môže poslať sám. Tu je, ako to funguje a koho sa pýtať.
    .keywords = ďalšie odporúčanie, poslaný ďalej, iný tím, iný špecialista, druhý špecialista, iné oddelenie, iná ambulancia, nový problém, súvisiaci problém, urgentné vyšetrenia, urgentná liečba, odporúčanie z nemocnice, musím ísť k lekárovi GP, späť k lekárovi GP, presun, onward referral

onward-referral-direct =
    .title = Nemocnica vás tam pošle priamo
    .body =
        Nemocničný tím môže zistiť, že potrebujete ísť k inému tímu. Pošle vás tam sám, keď nový problém súvisí s tým, prečo vás poslali na začiatku.
        Robí to aj vtedy, keď potrebujete urgentné vyšetrenia alebo liečbu. Jedným príkladom je, ak si myslia, že môžete mať rakovinu.
        Kvôli tomu sa nemusíte vracať k vášmu lekárovi GP (rodinný lekár).
    .if-not = Hovorí vám nemocničný tím, aby ste sa vrátili k vášmu lekárovi GP? Ak problém súvisí alebo je urgentný, požiadajte ich, aby vás poslali ďalej sami.
    .ask =
        K akému tímu ma posielate a prečo?
        Je to urgentné?
        Poviete to môjmu lekárovi GP?

onward-referral-hear =
    .title = Ozve sa vám nový tím
    .body =
        Nový tím sa vám ozve, aby objednal vašu návštevu. Často listom, cez SMS alebo telefonicky.
        Dbajte, aby mala nemocnica vaše aktuálne kontaktné údaje, aby sa s vami nový tím mohol spojiť.
        Ak si nie ste istí, či SMS alebo hovor naozaj pochádza z nemocnice, zavolajte na číslo uvedené v liste z nemocnice.
    .if-not = Ak sa vám nikto neozval, keď vám povedali, že sa ozve, zavolajte tímu, ktorý vás poslal. Požiadajte ich, aby skontrolovali, či bolo odporúčanie odoslané.
    .ask =
        Kedy by sa mi mal ozvať nový tím?
        Ako sa so mnou spojí?

onward-referral-questions =
    .title = Komu volať s otázkami
    .body =
        Ak máte otázku, prečo vás poslali ďalej, zavolajte tímu, ktorý vás poslal.
        Ak máte otázku o vašej novej návšteve, zavolajte novému tímu. Ich číslo je vo vašom liste alebo v SMS.
        Oba tímy by vám mali odpovedať na otázky samy. Nemali by vás posielať, aby ste sa pýtali vášho lekára GP.
        Ak sa vám počas čakania stav veľmi zhorší, obráťte sa na vašu ordináciu GP alebo NHS 111 v ten istý deň a povedzte to nemocničnému tímu. V núdzovej situácii volajte 999.
    .if-not = Ak nedostanete odpoveď, požiadajte o tím poradenstva pre pacientov v nemocnici. Pomáhajú, keď sa niečo pokazí.
    .ask =
        Kto teraz zodpovedá za moju starostlivosť?
        Komu mám zavolať, ak sa mi zhorší stav?

onward-referral-not-linked =
    .title = Ak nový problém nesúvisí
    .body =
        Ak nový problém nesúvisí a nie je urgentný, nemocničný tím vás možno ďalej nepošle. Namiesto toho môže o ňom napísať vášmu lekárovi GP.
        Opýtajte sa nemocničného tímu, čo máte robiť ďalej.
        S každým novým problémom, ktorý vás znepokojuje, môžete ísť k vášmu lekárovi GP ako zvyčajne.
    .if-not = Ak si nie ste istí, kto rieši nový problém, opýtajte sa nemocničného tímu. Môžete sa opýtať aj vo vašej ordinácii GP.
    .ask =
        Kto bude riešiť tento nový problém?
        Napíšete o tom môjmu lekárovi GP?
