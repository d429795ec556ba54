# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Pomoc bez toho, aby ste najprv išli k vášmu lekárovi GP
    .summary = Služby, na ktoré sa môžete obrátiť sami, čo vie liečiť lekáreň a kto sa o vás potom stará.
    .intro = Pri niektorých problémoch nemusíte najprv ísť k vášmu lekárovi GP (rodinný lekár). Môžete sa obrátiť priamo na službu. Volá sa to prihlásiť sa sám (self-referral). Tu je, ako to funguje a kto čo robí.
    .keywords = prihlásiť sa sám, bez lekára GP, fyzioterapia, fyzioterapeut, bolesť chrbta, podológia, nohy, problémy s nohami, sluch, audiológia, pôrodná asistentka, tehotenstvo, materstvo, sexuálne zdravie, terapie rozhovorom, Pharmacy First, lekáreň, lekárnik, bolesť hrdla, bolesť ucha, zápal dutín, infekcia močových ciest, pásový opar, impetigo, štípnutie hmyzom, self-referral

self-referral-services =
    .title = Kam môžete ísť sami
    .body =
        Na niektoré služby NHS (štátna zdravotná služba) sa môžete obrátiť sami, bez toho, aby ste najprv išli k vášmu lekárovi GP.
        Môže ísť o fyzioterapiu na svaly a kĺby, starostlivosť o nohy, vyšetrenie sluchu a terapie rozhovorom. Keď ste tehotná, môžete sa obrátiť aj na pôrodnú asistentku, a tiež na ambulanciu sexuálneho zdravia.
        Na ktoré služby sa môžete obrátiť sami, závisí od toho, kde bývate.
    .if-not = Ak službu neviete nájsť, opýtajte sa vo vašej ordinácii GP. Na recepcii vám povedia, ako sa na ňu obrátiť.
    .ask =
        Môžem sa do tejto služby prihlásiť sám alebo sama?
        Ako sa na ňu obrátim?

self-referral-pharmacy-first =
    .title = Lekáreň vie liečiť niektoré problémy
    .body =
        Lekárnik vás môže vyšetriť a dať vám liečbu pri niektorých bežných problémoch, bez návštevy u lekára GP. Volá sa to Pharmacy First (najprv do lekárne).
        Ide o bolesť hrdla, bolesť ucha, bolesť dutín, pásový opar a impetigo. Na zozname sú aj štípnutia, ktoré sa zapália, a infekcie močových ciest u žien. Niektoré sú len pre určitý vek.
        Ak potrebujete liek, ktorý by zvyčajne predpísal lekár, lekárnik vám ho môže dať.
    .if-not = Ak lekárnik zistí, že musíte ísť k lekárovi GP, povie vám to. Potom sa obráťte na vašu ordináciu GP.
    .ask =
        Môžete to liečiť tu?
        Čo mám robiť, ak sa mi nezlepší?

self-referral-in-charge =
    .title = Zodpovedá služba, ktorá vás prijme
    .body =
        Služba, na ktorú ste sa obrátili, sa stará o daný problém. Povie vám výsledky všetkých vyšetrení, ktoré nariadi.
        Ak to váš lekár GP potrebuje vedieť, služba mu to povie.
    .if-not = Ak sa vám služba neozve, keď povedala, obráťte sa na ňu znova.
    .ask =
        Na koho sa mám obrátiť, ak mám otázku?
        Poviete to môjmu lekárovi GP?

self-referral-gp =
    .title = Kedy ísť radšej k vášmu lekárovi GP
    .body =
        Ak si nie ste istí, kam ísť, opýtajte sa vo vašej ordinácii GP. Personál vám pomôže vybrať.
        Ak sa vám nezlepší alebo sa vám zhorší stav, obráťte sa na vašu ordináciu GP alebo zavolajte na NHS 111 v ten istý deň. V núdzovej situácii volajte 999.
    .if-not = Ak sa nemôžete dovolať do vašej ordinácie GP a máte obavy, zavolajte na NHS 111.
    .ask =
        Kam je najlepšie ísť s týmto problémom?
