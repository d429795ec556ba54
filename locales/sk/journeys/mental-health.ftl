# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Ako získať pomoc pre vaše duševné zdravie
    .summary = Kam sa obrátiť v kríze, ako požiadať o terapiu rozhovorom a kto sa o vás stará.
    .intro = Vaše duševné zdravie je rovnako dôležité ako vaše telo. Tu je, kde získať pomoc, aj v kríze, a kto robí ktorú časť.
    .keywords = duševné zdravie, kríza, samovražedné myšlienky, myšlienky na samovraždu, sebapoškodzovanie, úzkosť, depresia, stres, zlá nálada, panika, terapia rozhovorom, poradenstvo, terapia, KBT, CBT, talking therapies, komunitný tím pre duševné zdravie, psychiater, antidepresíva, lieky na duševné zdravie

mental-health-crisis =
    .title = V kríze získajte pomoc hneď
    .body =
        Ak je ohrozený váš život alebo život niekoho iného, volajte 999 alebo choďte na A&E (nemocničná pohotovosť).
        Ak potrebujete pomoc hneď, zavolajte na NHS 111 a vyberte možnosť pre duševné zdravie. Je k dispozícii vo dne aj v noci, pre ľudí v každom veku.
        Ak už máte tím pre duševné zdravie, použite krízové číslo z vášho plánu starostlivosti.
    .if-not = Ak sa nedovoláte, volajte 999 alebo choďte na A&E.
    .ask =
        Komu mám zavolať, ak sa budem znova takto cítiť?

mental-health-talking-therapies =
    .title = O terapiu rozhovorom môžete požiadať sami
    .body =
        NHS Talking Therapies (terapie rozhovorom v NHS) pomáhajú s pocitmi, ako sú obavy, zlá nálada a stres. Nemusíte najprv ísť k vášmu lekárovi GP (rodinný lekár).
        Môžete sa prihlásiť sami, online alebo telefonicky. Na NHS website (webová stránka NHS) vyhľadajte NHS Talking Therapies a nájdete službu vo vašom okolí.
        Táto služba je pre dospelých. Deti a mladí ľudia majú svoje vlastné služby. Opýtajte sa vo vašej ordinácii GP alebo v škole.
    .if-not = Ak sa vám služba neozvala do času, ktorý povedali, obráťte sa na ňu znova. Ak sa počas čakania cítite horšie, obráťte sa na vašu ordináciu GP alebo NHS 111 v ten istý deň.
    .ask =
        Ako dlho sa tu čaká na terapiu rozhovorom?
        Aké druhy pomoci ponúkate?

mental-health-gp =
    .title = Váš lekár GP vám môže pomôcť a poslať vás ďalej
    .body =
        Váš lekár GP sa s vami môže porozprávať o tom, ako sa cítite a aká pomoc existuje.
        Ak potrebujete viac pomoci, váš lekár GP vás môže poslať k tímu pre duševné zdravie. V tomto tíme pracujú napríklad zdravotné sestry, lekári a terapeuti.
    .if-not = Ak čakáte na tím pre duševné zdravie a cítite sa horšie, obráťte sa na vašu ordináciu GP alebo zavolajte na NHS 111 v ten istý deň. V kríze zavolajte na NHS 111 a vyberte možnosť pre duševné zdravie.
    .ask =
        Aká pomoc je pre mňa?
        Môžete ma poslať k tímu pre duševné zdravie?

mental-health-team =
    .title = Tím pre duševné zdravie plánuje vašu starostlivosť
    .body =
        Ak sa o vás stará tím pre duševné zdravie, vytvorí s vami plán starostlivosti. Píše sa v ňom, kto zodpovedá za vašu starostlivosť a ako sa s ním spojiť.
        Požiadajte tím o jeho telefónne číslo a o číslo, na ktoré máte volať v kríze.
    .if-not = Ak neviete, kto zodpovedá za vašu starostlivosť, opýtajte sa tímu. Alebo sa opýtajte vo vašej ordinácii GP.
    .ask =
        Kto zodpovedá za moju starostlivosť?
        Komu mám volať v kríze?

mental-health-medicines =
    .title = Kto vám dáva lieky
    .body =
        Často tím pre duševné zdravie navrhne liek a váš lekár GP vám ho predpíše.
        Niektoré lieky musí sledovať špecialista a treba pri nich pravidelné krvné vyšetrenia. Vtedy ich môže predpisovať tím pre duševné zdravie, alebo sa o starostlivosť delí s vaším lekárom GP.
        Opýtajte sa, kto vám dá ďalšie lieky a kto robí kontroly.
    .if-not = Ak vám lieky čoskoro dôjdu a neviete, koho sa opýtať, obráťte sa na vašu ordináciu GP. Ak je zatvorená, zavolajte na NHS 111.
    .ask =
        Kto mi dá ďalšie balenie tohto lieku?
        Treba pri ňom krvné vyšetrenia?
