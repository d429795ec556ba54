# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Čo sa stane po návšteve ambulancie
    .summary = Kto objedná vašu ďalšiu návštevu alebo vyšetrenie, kedy sa ozvať sami a čo sa stane, keď ambulancia skončí.
    .intro = Po návšteve ambulancie vám nemocničný tím povie, čo bude ďalej. Môže vás chcieť vidieť znova, požiadať vás, aby ste sa ozvali, keď ho budete potrebovať, alebo vás poslať späť k vášmu lekárovi GP (rodinný lekár). Tu je, kto čo robí v každom prípade.
    .keywords = kontrola, kontrolné vyšetrenie, kontrola na žiadosť pacienta, PIFU, otvorený termín, ozvite sa, keď nás budete potrebovať, prepustenie z ambulancie, prepustený k lekárovi GP, späť k lekárovi GP, ďalší termín, opakované vyšetrenie, pozvánka, pravidelná kontrola, ročná kontrola, follow-up, patient initiated follow-up

follow-up-choice =
    .title = Nemocničný tím povie, čo bude ďalej
    .body =
        Na konci návštevy ambulancie vám nemocničný tím povie, čo bude ďalej.
        Môže objednať ďalšiu návštevu alebo vyšetrenie. Môže vás požiadať, aby ste sa ozvali, keď ho budete potrebovať. Alebo vás môže prepustiť. To znamená, že sa o vás znova stará váš lekár GP.
        Mali by vám povedať, ktorá možnosť to je. Je to napísané aj v správe z ambulancie (clinic letter).
    .if-not = Ak si nie ste istí, ktorá možnosť platí pre vás, zavolajte nemocničnému tímu a opýtajte sa.
    .ask =
        Uvidíme sa znova?
        Objednáte to vy, alebo sa mám ozvať ja?

follow-up-recall =
    .title = Nemocnica sama objednáva svoje návštevy a vyšetrenia
    .body =
        Ak vás nemocničný tím chce znova vidieť alebo zopakovať vyšetrenie, objedná to sám. Platí to aj pre kontroly, ktoré sa opakujú každý rok.
        Váš lekár GP za vás neobjednáva návštevy ani vyšetrenia v nemocnici.
    .if-not = Ak návšteva alebo vyšetrenie, o ktorom vám povedali, nie je objednané do času, ktorý povedali, zavolajte nemocničnému tímu.
    .ask =
        Kedy sa uvidíme nabudúce?
        Kto objedná moje ďalšie vyšetrenie?

follow-up-patient-initiated =
    .title = Ak vás požiadajú, aby ste sa ozvali sami
    .body =
        Niektoré tímy ďalšiu návštevu neobjednávajú. Namiesto toho sa im ozvete vy, ak ich budete potrebovať. Volá sa to kontrola na žiadosť pacienta (patient initiated follow-up, PIFU).
        Tím vám dá telefónne číslo, povie vám, pri akých príznakoch volať, a ako dlho to môžete robiť.
        Ak ste do konca tohto času nezavolali, tím vás môže prepustiť do starostlivosti vášho lekára GP. Mal by vám to povedať skôr, než to urobí.
    .if-not = Ak zavoláte a nedovoláte sa, skúste to znova nasledujúci pracovný deň. Ak sa cítite horšie, obráťte sa na vašu ordináciu GP alebo NHS 111 v ten istý deň.
    .ask =
        Pri akých príznakoch sa vám mám ozvať?
        Ako dlho sa vám môžem ozývať?
        Čo sa stane na konci tohto času?

follow-up-discharged =
    .title = Ak vás ambulancia prepustí
    .body =
        Prepustenie znamená, že nemocničný tím svoju prácu skončil. Znova sa o vás stará vaša ordinácia GP.
        Správa z ambulancie povie vášmu lekárovi GP, čo robiť ďalej a na čo si dávať pozor.
        Ak sa problém vráti alebo zhorší, obráťte sa na vašu ordináciu GP. Váš lekár GP vás môže znova poslať do nemocnice, ak to potrebujete.
    .if-not = Ak si myslíte, že vás prepustili omylom, zavolajte nemocničnému tímu a opýtajte sa.
    .ask =
        Prečo ma prepúšťate?
        Pri akých zmenách sa mám vrátiť k lekárovi GP?

follow-up-worse =
    .title = Ak sa vám zhorší stav
    .body =
        Ak sa vám stav veľmi zhorší alebo máte nové príznaky, ktoré vás znepokojujú, obráťte sa na vašu ordináciu GP alebo zavolajte na NHS 111 v ten istý deň. V núdzovej situácii volajte 999.
        Ak máte číslo na nemocničný tím, povedzte to aj im.
    .if-not = Ak vám nikto nezavolal späť do konca nasledujúceho pracovného dňa, zavolajte znova. Ak sa cítite horšie, zavolajte na NHS 111 v ten istý deň.
    .ask =
        Komu mám volať v noci alebo cez víkend?
