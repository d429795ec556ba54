# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Ak sa zdá, že je vášmu dieťaťu horšie
    .summary = Kedy volať 999, kedy získať pomoc v ten istý deň a komu to povedať, ak sa o vaše dieťa stará nemocničný tím.
    .intro = Deťom sa môže rýchlo zhoršiť stav. Vy svoje dieťa poznáte najlepšie. Tu je, kedy získať pomoc, komu volať a komu to povedať.
    .keywords = dieťaťu je zle, choré dieťa, bábätku je zle, dieťa sa zhoršuje, dieťaťu je horšie, horúčka, vysoká teplota, vyrážka, neje, nepije, dýchanie, ochabnuté, mám obavy o dieťa, kedy volať 999, kedy volať 111, otvorený prístup, open access, detské oddelenie

child-unwell-emergency =
    .title = Kedy volať 999
    .body =
        Volajte 999, ak vaše dieťa ťažko dýcha alebo sa veľmi ťažko prebúdza.
        Volajte 999 aj vtedy, ak má vaše dieťa záchvat kŕčov, alebo veľmi zbledne, zmodrie alebo má fľakatú pokožku.
        Volajte 999, ak má vaše dieťa vyrážku, ktorá nezmizne, keď na ňu pritlačíte pohár.
    .if-not = Ak sa nemôžete dovolať na 999, skúšajte to ďalej. Nečakajte, či sa vášmu dieťaťu polepší.
    .ask =
        Pri akých príznakoch mám volať 999?

child-unwell-same-day =
    .title = Získajte pomoc v ten istý deň
    .body =
        Ak sa zdá, že je vášmu dieťaťu horšie, alebo máte obavy, obráťte sa na vašu ordináciu GP (ordinácia rodinného lekára) alebo zavolajte na NHS 111 v ten istý deň.
        Povedzte im, ak vaše dieťa nepije, je oveľa ospalejšie ako zvyčajne alebo sa mu zhoršuje stav.
        NHS 111 je k dispozícii vo dne aj v noci. Môžete ísť aj na 111.nhs.uk.
    .if-not = Ak sa nemôžete dovolať do vašej ordinácie GP a máte obavy, zavolajte na NHS 111. Ak sa vášmu dieťaťu zhorší stav, volajte 999.
    .ask =
        Na čo si mám dnes v noci dávať pozor?
        Kedy vám mám znova zavolať?

child-unwell-hospital-team =
    .title = Ak sa o vaše dieťa už stará nemocničný tím
    .body =
        Niektoré deti môžu ísť rovno späť na detské oddelenie, ak ochorejú. Volá sa to otvorený prístup (open access). Ak ho vaše dieťa má, tím vám to povedal.
        Ak máte číslo na tím, zavolajte im. Povedzte im, že je vášmu dieťaťu horšie.
        Ak sa s nimi nemôžete spojiť, obráťte sa na vašu ordináciu GP alebo NHS 111 v ten istý deň. V núdzovej situácii volajte 999.
    .if-not = Ak vám tím nezavolal späť a vášmu dieťaťu nie je lepšie, zavolajte na NHS 111 alebo do vašej ordinácie GP. Nečakajte.
    .ask =
        Má moje dieťa otvorený prístup na oddelenie?
        Komu mám volať v noci?

child-unwell-after =
    .title = Keď už vaše dieťa niekto vyšetril
    .body =
        Ten, kto vaše dieťa vyšetril, by vám mal povedať, na čo si dávať pozor a kedy prísť znova.
        Ak vaše dieťa bolo na A&E (nemocničná pohotovosť) alebo v nemocnici, pošlú list vášmu lekárovi GP.
        Ak vášmu dieťaťu nie je lepšie do času, ktorý povedali, alebo sa mu zhorší stav, znova vyhľadajte pomoc. Je v poriadku pýtať sa viackrát.
    .if-not = Ak si nie ste istí, čo robiť ďalej, zavolajte na NHS 111 alebo do vašej ordinácie GP.
    .ask =
        Pri akých príznakoch mám s dieťaťom prísť znova?
        Ako dlho by malo trvať, kým sa vyzdravie?
