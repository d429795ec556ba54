# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Ako získať potvrdenie o práceneschopnosti
    .summary = Kedy potrebujete potvrdenie o práceneschopnosti, kto vám ho dá a čo robiť, ak ste ho nedostali.
    .intro = Potvrdenie o práceneschopnosti (fit note) hovorí, či ste dosť zdraví na to, aby ste pracovali. Niektorí ľudia mu hovoria sick note. Tu je, kedy ho potrebujete, kto vám ho dá a čo robiť, ak ste ho nedostali.
    .keywords = potvrdenie o práceneschopnosti, práceneschopnosť, PN, PN-ka, nemocenská, voľno z práce, potvrdenie od lekára, potvrdenie pre zamestnávateľa, zamestnávateľ, nemocenské dávky, vlastné vyhlásenie, Universal Credit, dávky, fit note, sick note, med 3, self-certification, ESA

fit-notes-first-week =
    .title = Prvých 7 dní voľna
    .body =
        Počas prvých 7 dní, keď ste chorí a nie ste v práci, nepotrebujete potvrdenie o práceneschopnosti. Rátajú sa aj dni, keď nepracujete.
        Zamestnávateľovi to poviete sami. Niektorí zamestnávatelia na to majú formulár.
        Ak nie ste v práci dlhšie ako 7 dní, potrebujete potvrdenie o práceneschopnosti.
    .if-not = Ak váš zamestnávateľ chce potvrdenie o práceneschopnosti za prvých 7 dní, povedzte mu, že môžete vyplniť jeho formulár alebo formulár na webovej stránke GOV.UK.
    .ask =
        Potrebujem už potvrdenie o práceneschopnosti?
        Ako mám povedať zamestnávateľovi, že pre chorobu nie som v práci?

fit-notes-hospital =
    .title = Potvrdenie vám dá nemocnica
    .body =
        Očakáva nemocničný tím, že budete mimo práce dlhšie? Potom vám dá potvrdenie o práceneschopnosti ešte pred odchodom.
        Malo by pokrývať celý čas, ktorý podľa nich budete mimo práce. Takže kvôli tomu by ste nemali potrebovať druhé potvrdenie od vášho lekára GP (rodinný lekár).
        Môžete ho dať svojmu zamestnávateľovi. Môžete ho použiť aj pri dávkach, napríklad Universal Credit (sociálna dávka).
    .if-not = Ak odídete bez neho, zavolajte nemocničnému tímu. Požiadajte ich, aby vám potvrdenie o práceneschopnosti poslali.
    .ask =
        Ako dlho podľa vás nebudem môcť pracovať?
        Môžem dostať potvrdenie o práceneschopnosti na celý ten čas?
        Môžem robiť časť práce alebo ľahšiu prácu?

fit-notes-who =
    .title = Kto ho môže podpísať
    .body =
        Potvrdenie o práceneschopnosti nemusí byť od lekára.
        Môže vám ho dať zdravotná sestra, lekárnik, fyzioterapeut alebo ergoterapeut, ak vás vyšetrili.
        Fyzioterapeut pomáha vášmu telu hýbať sa. Ergoterapeut vám pomáha zvládať každodenné činnosti.
        Takže potvrdenie vám môže dať ten, kto vás lieči.
    .if-not = Ak vám ho ten, kto vás lieči, nemôže dať, opýtajte sa, kto v jeho tíme to môže urobiť.
    .ask =
        Môžete mi dať potvrdenie o práceneschopnosti?
        Ak nie, kto vo vašom tíme môže?

fit-notes-missing =
    .title = Ak ste ho nedostali
    .body =
        Ak nemocnica očakávala, že budete mimo práce, ale nedala vám potvrdenie o práceneschopnosti, zavolajte nemocničnému tímu, ktorý vás liečil.
        Je to ich úloha dať vám ho. Váš lekár GP by to nemal musieť robiť za nich.
    .if-not = Ak vám nemocničný tím nepomôže, požiadajte o tím poradenstva pre pacientov v nemocnici.
    .ask =
        Môžete mi poslať potvrdenie poštou alebo e-mailom?
        Pokrýva celý čas, keď nemôžem pracovať?

fit-notes-gp =
    .title = Kedy ho dá váš lekár GP
    .body =
        Vaša ordinácia GP dáva potvrdenia o práceneschopnosti pri problémoch, ktoré lieči váš lekár GP.
        Pri probléme, ktorý lieči nemocnica, sa najprv opýtajte nemocničného tímu.
        Ak si nie ste istí, kto vás lieči na daný problém, opýtajte sa vo vašej ordinácii GP.
    .if-not = Ak nemôžete od nikoho dostať potvrdenie o práceneschopnosti, opýtajte sa vo vašej ordinácii GP, čo robiť.
    .ask =
        Kto ma lieči na tento problém?
        Môžete mi naň dať potvrdenie o práceneschopnosti?
