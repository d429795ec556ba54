# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Vaše lieky, keď prídete z nemocnice domov
    .summary = Kto vám dá nové lieky, kto zmení váš zoznam opakovaných receptov a čo robiť, skôr než vám lieky dôjdu.
    .intro = Vaše lieky sa môžu zmeniť, keď ležíte v nemocnici alebo keď ste u nemocničného tímu. Tu je, kto vám dá ktorú zásobu liekov, kto aktualizuje váš zoznam a koho sa pýtať.
    .keywords = lieky po nemocnici, nové lieky, zmenené lieky, vysadené lieky, tabletky, lieky, opakovaný recept, zoznam opakovaných receptov, dochádzajú mi lieky, minuli sa mi lieky, prvá zásoba, lekáreň, lekárnik, lieky pri prepustení, lieky na riedenie krvi, chemoterapia, linka pomoci, ktoré lieky mám brať, repeat prescription, pharmacy

medicines-after-hospital-first-supply =
    .title = Prvú zásobu lieku vám dá nemocnica
    .body =
        Po pobyte v nemocnici by ste mali ísť domov so všetkými novými liekmi aspoň na 7 dní. Ak je liečba kratšia, dostanete celú.
        Po návšteve ambulancie je to inak. Ak musíte začať hneď, nemocnica vám dá toľko lieku, aby vám vystačil, kým váš lekár GP (rodinný lekár) dostane správu z ambulancie (clinic letter). Inak správa požiada vášho lekára GP, aby vám liek predpísal.
    .if-not = Ak sa chystáte odísť bez nového lieku, ktorý potrebujete hneď, opýtajte sa personálu oddelenia alebo v ambulancii. Ak ste už doma, zavolajte na oddelenie alebo nemocničnému tímu.
    .ask =
        Musím s týmto liekom začať hneď?
        Koľko mi ho dávate?
        Ďalší mi dá môj lekár GP, alebo vy?

medicines-after-hospital-list =
    .title = Dostanete zoznam svojich liekov
    .body =
        Pred odchodom by vám mal tím oddelenia povedať, ktoré lieky sú nové, ktoré sa zmenili a ktoré máte prestať brať.
        Tento zoznam je aj v liste, ktorý nemocnica posiela vášmu lekárovi GP. Požiadajte o kópiu.
        Neberte ďalej liek, ktorý vám nemocnica vysadila, ak vám lekár nepovie inak.
    .if-not = Ak si nie ste istí, ktoré lieky brať, zavolajte na oddelenie. Alebo sa opýtajte lekárnika.
    .ask =
        Ktoré z mojich liekov sú nové, zmenené alebo vysadené?
        Môžem dostať písomný zoznam?

medicines-after-hospital-pharmacy =
    .title = Vaša lekáreň môže skontrolovať vaše lieky
    .body =
        Nemocnica môže poslať údaje o vašich nových liekoch do lekárne, ktorú zvyčajne používate. Lekárnik ich potom môže s vami prejsť.
        Lekárnik porovná váš nový zoznam s tým, čo ste brali predtým. Vie odhaliť problémy.
        Môžete požiadať oddelenie, aby poslalo vaše údaje do lekárne, ktorú používate.
    .if-not = Ak lekáreň od nemocnice nič nedostala, zaneste tam svoj list z oddelenia. Požiadajte ich, aby ho skontrolovali.
    .ask =
        Môžete poslať moje lieky do mojej lekárne?
        Môže lekárnik so mnou skontrolovať môj nový zoznam?

medicines-after-hospital-repeat =
    .title = Vaša ordinácia GP aktualizuje váš zoznam opakovaných receptov
    .body =
        Vaša ordinácia GP dostane list z nemocnice. Potom aktualizuje vaše opakované recepty.
        Skôr než si recept objednáte, skontrolujte si zoznam opakovaných receptov. Uistite sa, že sú v ňom vaše nové lieky, a nie tie, ktoré ste prestali brať.
        Každý opakovaný recept si objednajte včas, aby vám lieky nedošli.
    .if-not = Ak je váš zoznam opakovaných receptov nesprávny alebo v ňom nie je nový liek, obráťte sa na vašu ordináciu GP. Ak ešte nemajú list, zavolajte nemocničnému tímu alebo na oddelenie.
    .ask =
        Dostali ste môj list z nemocnice?
        Je môj zoznam opakovaných receptov aktuálny?

medicines-after-hospital-running-out =
    .title = Ak vám lieky čoskoro dôjdu
    .body =
        Ak vám lieky čoskoro dôjdu a váš lekár GP nemá list, zavolajte nemocničnému tímu alebo na oddelenie. Požiadajte ich, aby poslali list alebo vám dali ďalšie lieky.
        Ak je vaša ordinácia GP zatvorená a liek potrebujete ešte dnes, zavolajte na NHS 111. Môžu vám pomôcť získať ho v lekárni.
    .if-not = Ak vám nikto nemôže pomôcť a bez lieku sa cítite zle, zavolajte na NHS 111 v ten istý deň. V núdzovej situácii volajte 999.
    .ask =
        Čo mám robiť, ak mi lieky dôjdu cez víkend?
        Je bezpečné vynechať dávku tohto lieku?

medicines-after-hospital-high-risk =
    .title = Lieky, pri ktorých treba rýchlu pomoc
    .body =
        Pri niektorých liekoch potrebujete rýchlu pomoc, ak sa cítite chorí. Jedným druhom sú lieky na rakovinu. Ďalšie sú lieky, ktoré riedia krv, alebo ktoré sťažujú telu bojovať s choroboplodnými zárodkami.
        Nemocničný tím by vám k nim mal dať číslo linky pomoci. Niektoré linky sú k dispozícii vo dne aj v noci. Majte číslo pri sebe.
        Ak sa cítite veľmi zle, hneď zavolajte na linku pomoci. V núdzovej situácii volajte 999.
    .if-not = Ak nemáte číslo linky pomoci, zavolajte nemocničnému tímu a požiadajte oň. Ak sa cítite zle a nemôžete sa s nimi spojiť, zavolajte na NHS 111 v ten istý deň.
    .ask =
        Je pre tento liek linka pomoci?
        Pri akých príznakoch mám na ňu hneď zavolať?
