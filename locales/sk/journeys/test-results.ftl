# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Výsledky vašich vyšetrení
    .summary = Kto vám povie výsledok vyšetrenia a čo robiť, ak ste nič nepočuli.
    .intro = Vyšetrenie pomáha zistiť, čo vám je, alebo kontroluje, ako sa vám darí. Výsledok vám povie tím, ktorý vyšetrenie nariadil. Tu je, čo by sa malo stať.
    .keywords = výsledky vyšetrení, výsledok vyšetrenia, výsledky, krvné vyšetrenie, výsledky krvi, krv, snímka, röntgen, vyšetrenie moču, vzorka, biopsia, čakanie na výsledky, žiadne výsledky, nič som nepočul, nič som nepočula, zisťovať výsledky, kto mi povie výsledky, výsledok v NHS App, abnormálny výsledok, vyšetrenie v nemocnici, vyšetrenie v ordinácii GP, čo znamená môj výsledok, test results

test-results-asked =
    .title = Povedia vám, prečo potrebujete vyšetrenie
    .body =
        Nemocničný tím vás môže požiadať, aby ste išli na vyšetrenie. Môže to byť krvné vyšetrenie, röntgen alebo iná snímka (scan).
        Mali by vám povedať, prečo ho potrebujete a čo môže ukázať.
        Mali by vám tiež povedať, ako sa dozviete výsledok, kto vám ho povie a dokedy.
        Ak vyšetrenie nariadi váš lekár GP (rodinný lekár), tieto veci by vám namiesto toho mala povedať vaša ordinácia GP.
    .if-not = Ak vám nepovedali, ako dostanete výsledok, opýtajte sa tímu, ktorý vyšetrenie nariadil.
    .ask =
        Prečo potrebujem toto vyšetrenie?
        Čo môže ukázať?
        Kto mi povie výsledok a kedy?

test-results-taken =
    .title = Idete na vyšetrenie
    .body =
        Kde budete mať vyšetrenie, závisí od toho, kde bývate. Môže to byť v nemocnici, na odberovom mieste pre krv vo vašom okolí alebo vo vašej ordinácii GP.
        Mnohé ordinácie GP nemôžu odobrať krv na vyšetrenia, ktoré nariadila nemocnica. Opýtajte sa tímu, ktorý vyšetrenie nariadil, kam ísť.
        Nech sa robí kdekoľvek, výsledok ide tímu, ktorý vyšetrenie nariadil.
        Výsledok môže trvať dni alebo týždne. Závisí to od vyšetrenia.
    .if-not = Ak nemôžete ísť na vyšetrenie, povedzte to čo najskôr tomu, kto vás naň objednal. Požiadajte o nový čas.
    .ask =
        Kam mám ísť na vyšetrenie?
        Musím predtým niečo urobiť, napríklad nejesť?

test-results-app =
    .title = Výsledok môžete najprv vidieť v NHS App
    .body =
        Mnohé výsledky sa teraz zobrazia v NHS App (aplikácia NHS) samy. Výsledok môžete vidieť skôr, než sa s vami o ňom niekto porozpráva.
        Výsledok označený ako nie normálny nie je vždy vážny. Niektoré výsledky sú trochu mimo rozsahu a sú v poriadku.
        Ak vás výsledok znepokojuje, obráťte sa na tím, ktorý vyšetrenie nariadil. Povedia vám, čo to pre vás znamená.
    .if-not = Ak sa nemôžete spojiť s tímom a máte obavy, zavolajte do vašej ordinácie GP alebo na NHS 111. V núdzovej situácii volajte 999.
    .ask =
        Zobrazí sa môj výsledok v NHS App?
        Porozpráva sa so mnou niekto skôr, než ho uvidím?

test-results-told =
    .title = Tím vám povie výsledok
    .body =
        Tím, ktorý vyšetrenie nariadil, skontroluje výsledok. Rozhodne, čo robiť ďalej, a povie vám to.
        Ak ho nariadil nemocničný tím, povie vám ho nemocničný tím. Platí to, aj keď vám krv odobrali vo vašej ordinácii GP.
        Váš lekár GP možno výsledok uvidí, ale vysvetliť vám ho má tím, ktorý ho nariadil.
    .if-not = Ak ste do času, ktorý vám povedali, nič nepočuli, obráťte sa na tím, ktorý vyšetrenie nariadil.
    .ask =
        Čo znamená môj výsledok?
        Čo bude ďalej?
        Musí môj lekár GP niečo urobiť?

test-results-chase =
    .title = Ak ste nič nepočuli
    .body =
        Ak čas, ktorý vám povedali, uplynul, obráťte sa na tím, ktorý vyšetrenie nariadil. Nečakajte len tak.
        Ak ho nariadil nemocničný tím, zavolajte nemocničnému tímu. Ak ho nariadil váš lekár GP, obráťte sa na vašu ordináciu GP.
        Ak sa počas čakania cítite horšie, zavolajte do vašej ordinácie GP alebo na NHS 111 v ten istý deň. V núdzovej situácii volajte 999.
    .if-not = Ak od nemocnice stále nemôžete dostať odpoveď, požiadajte o jej tím poradenstva pre pacientov. Pomáhajú, keď sa niečo pokazí.
    .ask =
        Dokedy sa mám dozvedieť výsledok?
        Kto sa so mnou môže porozprávať o mojom výsledku?
