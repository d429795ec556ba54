# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Vaše dieťa posielajú k detskému lekárovi v nemocnici
    .summary = Kto objedná návštevu vášho dieťaťa, komu volať, kým čakáte, a kto vám povie výsledky.
    .intro = Váš lekár GP (rodinný lekár) chce, aby so starostlivosťou o vaše dieťa pomohol detský lekár v nemocnici. Vám ako rodičovi alebo opatrovateľovi povedia, čo sa s vaším dieťaťom deje. Tu je, čo sa stane ďalej a kto robí ktorú časť.
    .keywords = dieťa, deti, moje dieťa, syn, dcéra, bábätko, pediater, pediatria, detský lekár, detská nemocnica, odporúčanie dieťaťa, odporúčanie, list z nemocnice, termín, čakací zoznam, rodič, opatrovateľ, dieťaťu je horšie, dieťa sa zhoršuje, paediatrician, referral

child-referral-advice =
    .title = Váš lekár GP môže najprv požiadať detského lekára o radu
    .body =
        Detský lekár v nemocnici sa volá pediater. Váš lekár GP ho môže najprv požiadať o radu ohľadom vášho dieťaťa. Môže to byť telefonicky alebo online.
        V niektorých oblastiach pediater chodí do ordinácií GP a prezerá deti tam. O niektoré deti sa môže nemocničný tím starať doma.
        Vďaka rade možno vaše dieťa nebude musieť ísť do nemocnice. Váš lekár GP vám povie, čo povedal pediater.
    .if-not = Ak si nie ste istí, čo váš lekár GP pre vaše dieťa robí, obráťte sa na vašu ordináciu GP a opýtajte sa.
    .ask =
        Pýtate sa pediatra o radu, alebo posielate moje dieťa do nemocnice?
        Ako mi poviete, čo povedal?

child-referral-sent =
    .title = Váš lekár GP pošle odporúčanie
    .body =
        Ak vaše dieťa potrebuje ísť k pediatrovi, váš lekár GP mu napíše. Volá sa to odporúčanie (referral).
        Váš lekár GP tiež napíše, ako skoro musí pediater vaše dieťa vidieť. Odporúčanie môže byť bežné alebo urgentné.
        Niekedy nemocnica chce najprv vyšetrenia. V takom prípade ich váš lekár GP zariadi pred odoslaním odporúčania.
        Povedia vám to isté, čo by povedali dospelému pacientovi. Povedia vám to za vaše dieťa.
    .if-not = Opýtajte sa vášho lekára GP, kedy by ste sa mali o odporúčaní niečo dozvedieť. Ak sa dovtedy nič nedozviete, obráťte sa na vašu ordináciu GP. Opýtajte sa, či bolo odporúčanie odoslané.
    .ask =
        Prečo musí moje dieťa ísť k pediatrovi?
        Je odporúčanie bežné, alebo urgentné?
        Potrebuje moje dieťa najprv nejaké vyšetrenia?

child-referral-booking =
    .title = Dostanete list, e-mail alebo SMS na objednanie
    .body =
        Môžete dostať list s číslom rezervácie a heslom. Dobre si ho uschovajte.
        Alebo môžete dostať e-mail alebo SMS. Je v nich odkaz na objednanie cez NHS App (aplikácia NHS) alebo na NHS website (webová stránka NHS).
        Cez neho vyberte dátum a čas pre vaše dieťa, alebo zavolajte tímu, ktorý objednáva.
        Niektoré SMS, ktoré vyzerajú, akoby boli od NHS, sú podvod. NHS vás nebude žiadať, aby ste platili alebo dali údaje o svojom bankovom účte. Ak si nie ste istí, odkaz nepoužite. Zavolajte na číslo uvedené vo vašom liste.
    .if-not = Ak do času, ktorý povedal váš lekár GP, nič neprišlo, zavolajte na číslo uvedené v liste s odporúčaním. Ak list nemáte, opýtajte sa vo vašej ordinácii GP.
    .ask =
        Môžem si vybrať, do ktorej nemocnice pôjde moje dieťa?
        Môže moje dieťa ísť niekam blízko nášho bydliska?

child-referral-waiting =
    .title = Vaše dieťa čaká na návštevu
    .body =
        Nemocničný tím sa stará o miesto vášho dieťaťa na zozname.
        Nemocnica vám môže poslať SMS, aby zistila, či vaše dieťa ešte potrebuje návštevu. Ak môžete, odpovedzte. Ak neodpoviete, zavolajte nemocničnému tímu. Vaše dieťa nevyradia zo zoznamu len preto, že ste neodpovedali.
        Ak máte otázku o návšteve, opýtajte sa nemocničného tímu. Mal by vám odpovedať, nie vás posielať späť k vášmu lekárovi GP.
    .if-not = Ak sa vám nemocnica neozvala, keď vám povedali, že sa ozve, zavolajte nemocničnému tímu.
    .ask =
        Ako dlho sa čaká na tento tím?
        Komu mám zavolať, ak sa zmenia naše plány?

child-referral-worse =
    .title = Ak sa zdá, že je vášmu dieťaťu horšie
    .body =
        Dôverujte svojim pocitom. Vy svoje dieťa poznáte najlepšie.
        Volajte 999, ak vaše dieťa ťažko dýcha, veľmi ťažko sa prebúdza alebo má záchvat kŕčov. Volajte 999 aj vtedy, ak má vyrážku, ktorá nezmizne, keď na ňu pritlačíte pohár.
        Ak sa zdá, že je vášmu dieťaťu horšie, alebo máte obavy, obráťte sa na vašu ordináciu GP alebo zavolajte na NHS 111 v ten istý deň.
        Povedzte to aj nemocničnému tímu. Lekár tam môže posúdiť, či by vaše dieťa nemali prijať skôr. Váš lekár GP môže tiež zmeniť odporúčanie na urgentné.
    .if-not = Ak vám nemocničný tím nezavolal späť do konca nasledujúceho pracovného dňa, zavolajte znova. Ak sa zdá, že je vášmu dieťaťu horšie, nečakajte na nich: obráťte sa na vašu ordináciu GP alebo NHS 111 v ten istý deň.
    .ask =
        Pri akých príznakoch vám mám zavolať?
        Môžu moje dieťa prijať skôr, ak sa mu zhorší stav?

child-referral-visit =
    .title = Prvá návšteva vášho dieťaťa
    .body =
        Vaše dieťa prijme pediater alebo niekto iný z detského tímu. Môžu sa rozprávať s vami oboma, vyšetriť vaše dieťa alebo urobiť vyšetrenia.
        Prineste list, zoznam liekov vášho dieťaťa a všetky otázky, ktoré máte.
        Za každú časť starostlivosti o vaše dieťa by mal zodpovedať jeden tím. Ak si nie ste istí, ktorý tím to je, opýtajte sa.
        Staršie deti sa možno budú chcieť časť návštevy rozprávať s lekárom samy. Mladí ľudia si často môžu vybrať, čo sa povie ich rodičom.
    .if-not = Ak návštevu zrušia, nemocničný tím by vám mal dať nový termín. Ak ste ho nedostali, zavolajte im.
    .ask =
        Aký problém to podľa vás je?
        Ktorý tím zodpovedá za ktorú časť starostlivosti o moje dieťa?
        Komu mám zavolať, ak budem mať neskôr otázku?

child-referral-letter =
    .title = Nemocnica napíše vášmu lekárovi GP
    .body =
        Po návšteve nemocničný tím napíše vášmu lekárovi GP, ak váš lekár GP musí niečo urobiť. Volá sa to správa z ambulancie (clinic letter). Kópiu by ste mali dostať aj vy.
    .if-not = Ak vaša ordinácia GP nedostala list do uvedeného času, zavolajte nemocničnému tímu. Požiadajte ich, aby ho poslali.
    .ask =
        Musí náš lekár GP niečo urobiť?
        Môžem dostať kópiu listu?

child-referral-results =
    .title = Vyšetrenia a výsledky
    .body =
        Ak nemocničný tím nariadi vyšetrenie, skontroluje výsledok a povie vám ho.
        Deťom často berú krv v detskej ambulancii v nemocnici. Opýtajte sa tímu, kam ísť.
        Nech sa vyšetrenie robí kdekoľvek, výsledok vám povie tím, ktorý ho nariadil.
    .if-not = Ak výsledok mešká, obráťte sa na tím, ktorý vyšetrenie nariadil.
    .ask =
        Kde má mať moje dieťa vyšetrenie?
        Kedy a ako mi poviete výsledky?
        Musí moje dieťa prísť k vám znova?
