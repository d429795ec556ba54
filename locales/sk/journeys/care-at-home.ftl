# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Starostlivosť doma po pobyte v nemocnici
    .summary = Kto plánuje pomoc doma, kto príde a komu volať, ak pomoc nepríde.
    .intro = Niektorí ľudia po pobyte v nemocnici potrebujú pomoc doma. O niektorých sa nemocničný tím stará doma namiesto toho, aby ležali na oddelení. Tu je, kto čo robí a komu volať.
    .keywords = starostlivosť doma, pomoc doma, komunitná sestra, zdravotná sestra, návštevy sestry, obnovenie sebestačnosti, opatrovatelia, domáca starostlivosť, virtuálne oddelenie, nemocnica doma, po nemocnici, odchod domov, prepustenie, podpora doma, pomôcky, district nurse, reablement, virtual ward, hospital at home

care-at-home-plan =
    .title = Tím oddelenia s vami naplánuje pomoc
    .body =
        Pred odchodom z nemocnice sa s vami tím oddelenia porozpráva o pomoci, ktorú budete doma potrebovať.
        Mali by vám povedať, kto príde, kedy a ako sa s ním spojiť. Požiadajte, aby vám to dali písomne.
        Ak sa o vás doma niekto stará, môže byť pri tomto rozhovore tiež.
    .if-not = Ak sa s vami o pomoci doma nikto nerozprával a myslíte si, že ju potrebujete, opýtajte sa personálu oddelenia ešte pred odchodom.
    .ask =
        Budem potrebovať pomoc doma?
        Kto príde a kedy?

care-at-home-nurse =
    .title = Môže vás navštíviť zdravotná sestra alebo opatrovateľ
    .body =
        Doma vás môže navštíviť komunitná zdravotná sestra (district nurse). Môže vám vymeniť obväz, dať injekciu a skontrolovať, ako sa máte.
        Niektorí ľudia dostanú krátkodobú pomoc, aby sa znova naučili robiť veci sami. Niekedy sa to volá obnovenie sebestačnosti (reablement).
        Tím, ktorý vás navštevuje, vám dá svoje telefónne číslo.
    .if-not = Ak sa návšteva, o ktorej vám povedali, neuskutoční, zavolajte na číslo, ktoré vám tím dal. Ak číslo nemáte, zavolajte na oddelenie alebo do vašej ordinácie GP (ordinácia rodinného lekára).
    .ask =
        Aké je vaše telefónne číslo?
        Čo mám robiť, ak neprídete?

care-at-home-virtual-ward =
    .title = Ak ste na virtuálnom oddelení
    .body =
        Virtuálne oddelenie (virtual ward) znamená, že sa o vás nemocničný tím stará doma namiesto na oddelení. Volá sa to aj nemocnica doma (hospital at home).
        Tím vás môže navštíviť, zavolať vám alebo vás sledovať pomocou prístrojov, ktoré používate doma.
        Kým ste na virtuálnom oddelení, za vašu starostlivosť zodpovedá nemocničný tím. Povie vám, ako sa s ním spojiť vo dne aj v noci.
    .if-not = Ak sa nemôžete spojiť s tímom virtuálneho oddelenia a cítite sa horšie, zavolajte na NHS 111. V núdzovej situácii volajte 999.
    .ask =
        Kto teraz zodpovedá za moju starostlivosť?
        Ako sa s vami spojím v noci?

care-at-home-worse =
    .title = Ak sa vám doma zhorší stav
    .body =
        Ak sa vám zhorší stav, zavolajte najprv tímu, ktorý sa o vás stará doma, ak máte jeho číslo.
        Ak sa s ním nemôžete spojiť, obráťte sa na vašu ordináciu GP alebo zavolajte na NHS 111 v ten istý deň. V núdzovej situácii volajte 999.
    .if-not = Ak vám nikto nezavolal späť a cítite sa horšie, zavolajte na NHS 111. Nečakajte.
    .ask =
        Komu mám zavolať ako prvému, ak sa budem cítiť horšie?
