# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Po návšteve u nemocničného tímu
    .summary = Čo sa stane po návšteve u nemocničného tímu a kto robí ktorú vec.
    .intro = Boli ste u nemocničného tímu v ambulancii. Tu je, čo sa stane ďalej. Píše sa tu, kto robí ktorú časť a koho sa pýtať.
    .keywords = po návšteve, po ambulancii, ambulantná starostlivosť, správa z ambulancie, list lekárovi GP, list z nemocnice, list od konzultanta, kontrola, ďalší termín, prísť znova, ďalšie vyšetrenia, list žiada lekára GP o vyšetrenie, kto objedná vyšetrenie, výsledky, na koho sa obrátiť, koho sa pýtať, otázky, sťažnosť, sťažovať sa, PALS, poradenstvo pre pacientov, problém s nemocnicou, lekár GP a nemocnica, iný tím, clinic letter, follow-up, appointment

after-appointment-letter =
    .title = Nemocnica napíše vášmu lekárovi GP
    .body =
        Po vašej návšteve nemocničný tím napíše o nej list. Volá sa to správa z ambulancie (clinic letter).
        Ak váš lekár GP (rodinný lekár) musí niečo urobiť, list hovorí čo. Kópiu by ste mali dostať aj vy.
        Ostatné časti vášho plánu robí nemocničný tím sám.
    .if-not = Ak vaša ordinácia GP nedostala list do uvedeného času, zavolajte nemocničnému tímu. Požiadajte ich, aby ho poslali.
    .ask =
        Musí môj lekár GP niečo urobiť?
        Môžem dostať kópiu listu?
        Kto urobí ktorú časť môjho plánu?

after-appointment-gp-task =
    .title = Ak list žiada vášho lekára GP, aby niečo urobil
    .body =
        Niekedy list žiada vášho lekára GP o nejakú úlohu, napríklad o vyšetrenie alebo nový recept.
        Počkajte, kým list príde k vášmu lekárovi GP. Potom sa obráťte na vašu ordináciu GP, aby ste sa objednali alebo sa na to opýtali.
        Ak vyšetrenie nariadil priamo nemocničný tím, mal by vám povedať, ako sa naň objednať. Výsledok vám tiež povie on.
    .if-not = Ak si vaša ordinácia GP nie je istá, čo list žiada, môže sa opýtať nemocničného tímu. Nemocničnému tímu môžete zavolať aj sami.
    .ask =
        Kto objedná toto vyšetrenie, vy alebo môj lekár GP?
        Kto mi povie výsledok?

after-appointment-tests =
    .title = Nemocnica robí svoje vlastné vyšetrenia
    .body =
        Ak nemocničný tím chce, aby ste mali ďalšie vyšetrenia, nariadi ich. Skontroluje výsledky a povie vám, čo znamenajú.
        Kde budete mať vyšetrenie, závisí od toho, kde bývate. Opýtajte sa nemocničného tímu, kam máte ísť.
        Nech sa vyšetrenie robí kdekoľvek, výsledok vám povie nemocničný tím, ktorý ho nariadil.
    .if-not = Ak ste o výsledku nič nepočuli do času, ktorý vám povedali, zavolajte nemocničnému tímu.
    .ask =
        Prečo potrebujem toto vyšetrenie?
        Kam naň mám ísť?
        Ako a kedy mi poviete výsledok?

after-appointment-next =
    .title = Ak musíte prísť znova
    .body =
        Ak máte ísť k tímu znova, mali by vám povedať, ako to zariadia. Keď vás nemocnica chce znova vidieť, sama objedná návštevu alebo vyšetrenie.
        Niektoré tímy vás namiesto toho požiadajú, aby ste sa im ozvali, keď ich budete potrebovať. Volá sa to kontrola na žiadosť pacienta (patient initiated follow-up). Opýtajte sa, ako dlho to môžete robiť. Viac hovorí príručka o kontrolách po návšteve.
        Ak musíte ísť k inému nemocničnému tímu kvôli súvisiacemu problému, nemocničný tím vás tam pošle. Nemusíte sa najprv vracať k vášmu lekárovi GP.
    .if-not = Povedali vám, že nemocnica objedná vašu ďalšiu návštevu? Ak ste do času, ktorý povedali, nič nepočuli, zavolajte nemocničnému tímu.
    .ask =
        Musím prísť znova, a kedy?
        Objednáte moju ďalšiu návštevu vy, alebo sa mám ozvať ja?
        Musím ísť aj k inému tímu?

after-appointment-questions =
    .title = Ak máte otázku
    .body =
        Nemocnica vám musí povedať, ako sa s ňou spojiť. Pozrite sa do správy z ambulancie alebo na webovú stránku nemocnice.
        Ak máte otázku o vašej starostlivosti v nemocnici, opýtajte sa nemocničného tímu. Mal by vám odpovedať sám. Nemal by vás posielať, aby ste sa pýtali vášho lekára GP.
    .if-not = Ak nedostanete odpoveď, požiadajte o tím poradenstva pre pacientov v nemocnici. Pomáhajú, keď sa niečo pokazí.
    .ask =
        Ako sa s vami najlepšie spojím?
        Koho sa mám pýtať na moje nové lieky?

after-appointment-problems =
    .title = Ak sa niečo pokazí
    .body =
        Niekedy sa medzi vaším lekárom GP a nemocnicou niečo pokazí. Napríklad každý môže tvrdiť, že úlohu má urobiť ten druhý.
        Ak sa to stane, požiadajte o tím poradenstva pre pacientov v nemocnici. Často sa volá PALS. Pomáhajú, keď sa niečo pokazí.
        Každá nemocnica má aj určeného vedúceho pracovníka. Jeho úlohou je pomáhať, aby nemocnica a ordinácie GP dobre spolupracovali.
    .if-not = Ak tím poradenstva pre pacientov nemôže pomôcť, opýtajte sa ich, ako podať sťažnosť. Môžete to povedať aj vašej ordinácii GP.
    .ask =
        Kto to vyrieši?
        Môžete o tom povedať vedúcemu pracovníkovi, ktorý spolupracuje s ordináciami GP?
