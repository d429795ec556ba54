# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Váš lekár GP požiadal špecialistu o radu
    .summary = Prečo váš lekár GP najprv požiadal o radu, kto vám povie odpoveď a komu volať, kým čakáte.
    .intro = Váš lekár GP (rodinný lekár) požiadal špecialistu v nemocnici o radu ohľadom vás. Špecialista je lekár, ktorý veľa vie o jednom druhu zdravotného problému. Tu je, čo sa stane ďalej a kto robí ktorú časť.
    .keywords = rada a usmernenie, rada špecialistu, špecialista, lekár GP požiadal o radu, druhý názor, nemocničný lekár, konzultant, e-odporúčanie, odporúčanie vrátené, čakanie na odpoveď, advice and guidance, A and G, specialist, second opinion, referral returned

advice-and-guidance-asked =
    .title = Váš lekár GP žiada o radu
    .body =
        Váš lekár GP chce poznať názor špecialistu na váš problém. Preto mu pošle otázku. Môže to byť online alebo telefonicky.
        Volá sa to rada a usmernenie (advice and guidance). Môže to byť namiesto odporúčania (referral) do nemocnice. Alebo to môže byť pred ním.
        Špecialista si prečíta, čo mu váš lekár GP pošle. V tejto chvíli vás nevidí.
    .if-not = Ak si nie ste istí, či váš lekár GP otázku poslal, obráťte sa na vašu ordináciu GP. Opýtajte sa, či bola odoslaná.
    .ask =
        Na čo sa pýtate špecialistu?
        Ako mi poviete odpoveď?
        Môžu ma neskôr aj tak poslať do nemocnice?

advice-and-guidance-reply =
    .title = Špecialista odpíše
    .body =
        Špecialista odpovedá vášmu lekárovi GP, nie vám.
        Ako dlho to trvá, závisí od nemocnice. Opýtajte sa vášho lekára GP, kedy čaká odpoveď.
    .if-not = Ak ste do času, ktorý povedal váš lekár GP, nič nepočuli, obráťte sa na vašu ordináciu GP. Opýtajte sa, či odpoveď prišla.
    .ask =
        Kedy podľa vás príde odpoveď?
        Zavoláte mi vy, alebo mám zavolať ja vám?

advice-and-guidance-worse =
    .title = Ak sa vám počas čakania zhorší stav
    .body =
        Kým čakáte na odpoveď, s otázkami sa obracajte na vašu ordináciu GP.
        Ak sa vám stav veľmi zhorší alebo máte nové príznaky, ktoré vás znepokojujú, obráťte sa na vašu ordináciu GP alebo zavolajte na NHS 111 v ten istý deň. Nečakajte len na odpoveď.
        V núdzovej situácii volajte 999.
        Váš lekár GP môže informovať špecialistu alebo vám dať urgentné odporúčanie do nemocnice.
    .if-not = Ak sa vám vaša ordinácia GP neozvala do konca nasledujúceho pracovného dňa, zavolajte znova. Ak sa cítite horšie, zavolajte na NHS 111 v ten istý deň.
    .ask =
        Pri akých zmenách vám mám zavolať?
        Môžete povedať špecialistovi, že sa mi stav zhoršil?

advice-and-guidance-next =
    .title = Váš lekár GP vám povie, čo bude ďalej
    .body =
        Váš lekár GP vám povie, čo povedal špecialista. Potom sa stane jedna z dvoch vecí.
        Váš lekár GP môže konať podľa rady. Napríklad vám môže zmeniť liek alebo urobiť vyšetrenie.
        Alebo špecialista môže z otázky urobiť odporúčanie. To znamená, že vás uvidí nemocničný tím. Potom dostanete list, e-mail alebo SMS, aby ste sa objednali.
        Niekedy vášmu lekárovi GP vrátia odporúčanie s radou namiesto termínu návštevy. Váš lekár GP by vám mal vysvetliť, čo to pre vás znamená.
        Ak si nie ste istí, či je SMS alebo e-mail skutočný, nepoužite odkaz v ňom. Zavolajte do vašej ordinácie GP alebo na číslo uvedené vo vašom liste.
    .if-not = Ak vám váš lekár GP nepovedal, čo povedal špecialista, obráťte sa na vašu ordináciu GP.
    .ask =
        Čo povedal špecialista?
        Čo bude ďalej a kto to urobí?
        Musím ísť k nemocničnému tímu?
