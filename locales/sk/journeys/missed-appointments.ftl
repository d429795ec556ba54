# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Ak zmeškáte alebo zrušíte návštevu v nemocnici
    .summary = Čo robiť, ak nemôžete prísť na návštevu v nemocnici, a kto objedná novú.
    .intro = Niekedy nemôžete prísť na návštevu v nemocnici. Tu je, čo robiť a kto zariadi nový termín. Väčšinou by ste nemali musieť začínať znova u vášho lekára GP (rodinný lekár).
    .keywords = zmeškaný termín, zmeškať, zabudol som, zabudla som, zabudnutý termín, zrušiť, zrušený, nemôžem prísť, nestihnem to, zmeniť termín, presunúť termín, preobjednať, nový dátum, neprišiel, neprišla, prepustený, prepúšťací list, nemocnica zrušila, zrušená operácia, nemocnica presunula môj termín, znova odporučený, späť k lekárovi GP, DNA, missed appointment, discharge letter

missed-appointments-tell =
    .title = Povedzte to nemocnici čo najskôr
    .body =
        Ak nemôžete prísť na návštevu v nemocnici, povedzte to nemocničnému tímu čo najskôr. Použite číslo uvedené vo vašom liste alebo v SMS.
        Potom môžu dať váš termín niekomu inému.
        Keď s nimi hovoríte, požiadajte o nový termín.
    .if-not = Ak sa nedovoláte, skúste to znova nasledujúci pracovný deň. Niektoré nemocnice vám tiež dovolia zmeniť termín online alebo cez SMS.
    .ask =
        Môžem dostať nový termín hneď?
        Môžem mať namiesto toho telefonický alebo video hovor?

missed-appointments-rebook =
    .title = Nemocnica objedná nový termín
    .body =
        Nový termín vám objedná nemocničný tím. Váš lekár GP to nerobí.
        Ak ste návštevu zmeškali a nepovedali ste im to, zavolajte nemocničnému tímu čo najskôr. Povedzte im, že stále potrebujete, aby vás prijali.
        Nemocnica by nemala mať pravidlo, ktoré posiela každého, kto zmešká návštevu, späť k jeho lekárovi GP.
    .if-not = Ak vám nemocnica povie, aby ste sa vrátili k vášmu lekárovi GP, opýtajte sa prečo. Opýtajte sa, či vám namiesto toho môžu dať nový termín.
    .ask =
        Kedy mám nový termín?
        Čo sa stane, ak zmeškám ďalšiu návštevu?

missed-appointments-discharged =
    .title = Ak dostanete list, že vás prepustili
    .body =
        Po zmeškanej návšteve sa lekár v nemocnici pozrie do vašej dokumentácie. Môže rozhodnúť, že vás netreba prijať. Potom pošle vám aj vášmu lekárovi GP list. Volá sa to prepúšťací list (discharge letter).
        Ak máte problém stále, zavolajte najprv nemocničnému tímu. Povedzte im, prečo ste návštevu zmeškali. Opýtajte sa, či vás môžu prijať.
        Ak nemôžu, obráťte sa na vašu ordináciu GP. Váš lekár GP vás môže znova poslať do nemocnice, ak to stále potrebujete.
    .if-not = Ak si nie ste istí, či ste ešte na zozname, zavolajte nemocničnému tímu a opýtajte sa. Nečakajte, kým sa to dozviete.
    .ask =
        Som ešte na vašom zozname?
        Môžete ma po mojom vysvetlení prijať?

missed-appointments-hospital-cancels =
    .title = Ak nemocnica zruší termín
    .body =
        Niekedy nemocnica musí vašu návštevu zrušiť alebo presunúť.
        Ak sa to stane, nemocničný tím by vám mal dať nový termín. Je to jeho úloha, nie úloha vášho lekára GP.
        Nemocnica môže zrušiť vašu operáciu v deň operácie z dôvodu, ktorý nesúvisí s vaším zdravím. Potom by vám mala ponúknuť nový termín do 28 dní. Ak to nemôže, mala by zaplatiť, aby ste operáciu mali v inej nemocnici.
        Ak sa vám počas čakania zhorší stav, obráťte sa na vašu ordináciu GP alebo NHS 111 v ten istý deň a povedzte to nemocničnému tímu. V núdzovej situácii volajte 999.
    .if-not = Ak ste nový termín nedostali, zavolajte nemocničnému tímu.
    .ask =
        Prečo mi zrušili návštevu?
        Kedy dostanem nový termín?
