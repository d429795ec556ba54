# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Kým čakáte na návštevu v nemocnici
    .summary = Kto sa o vás stará, kým čakáte, a komu to povedať, ak sa vám zhorší stav.
    .intro = Ste na zozname, aby vás prijal nemocničný tím. Tu je, kto čo robí, kým čakáte. Píše sa tu aj to, komu volať, ak sa vám zhorší stav.
    .keywords = čakací zoznam, čakacia doba, čakanie, ako dlho, dlhé čakanie, stále čakám, zhoršuje sa to, cítim sa horšie, horšie príznaky, nové príznaky, skôr, urýchliť, posunúť sa v zozname, dátum termínu, kedy mám termín, My Planned Care, priemerné čakanie, SMS z nemocnice, potrebujete ešte termín, krvný tlak, zostať zdravý, iné zdravotné problémy, urgovať nemocnicu, waiting list

waiting-list =
    .title = Nemocnica vám drží miesto
    .body =
        Nemocničný tím sa stará o zoznam a o vaše miesto na ňom.
        Priemernú čakaciu dobu si môžete pozrieť na webovej stránke My Planned Care. Ukazuje každú nemocnicu a každý druh starostlivosti. Aktualizuje sa každý týždeň.
        Je to len priemer, takže vaše čakanie môže byť dlhšie alebo kratšie. Webová stránka neukazuje čakacie doby na liečbu rakoviny.
    .if-not = Ak sa vám nemocnica neozvala, keď vám povedali, že sa ozve, zavolajte nemocničnému tímu. Požiadajte ich, aby overili, že ste na zozname.
    .ask =
        Približne ako dlho budem čakať?
        Komu mám zavolať, ak sa zmenia moje plány?
        Poviete mi, ak sa čakanie predĺži?

waiting-check =
    .title = Nemocnica zisťuje, či ešte potrebujete prísť
    .body =
        Nemocnica sa vám môže ozvať, aby zistila, či ešte potrebujete návštevu. Často je to SMS.
        Ak môžete, prosím odpovedzte. Ak návštevu už nepotrebujete, povedzte to. Potom môže vaše miesto dostať niekto iný.
        Ak neodpoviete, len kvôli tomu o miesto neprídete. Nemocnica sa vám pokúsi ozvať inak alebo sa opýta vášho lekára GP (rodinný lekár).
        Niektoré SMS, ktoré vyzerajú, akoby boli od NHS, sú podvod. NHS vás nebude žiadať, aby ste platili alebo dali údaje o svojom bankovom účte. Ak si nie ste istí, či je SMS skutočná, nepoužite odkaz v nej. Zavolajte na číslo uvedené v liste z nemocnice.
    .if-not = Ak ste SMS prehliadli alebo ste odpovedali omylom, zavolajte nemocničnému tímu a povedzte im to.
    .ask =
        Ako sa so mnou spojíte?
        Čo ak prehliadnem vašu SMS?

waiting-care =
    .title = Váš lekár GP sa o vás stále stará
    .body =
        Vaša ordinácia GP sa stále stará o vaše ostatné zdravotné problémy. Napríklad vám pomáha udržať krvný tlak pod kontrolou.
        Je to dôležité. Pomáha to, aby sa vaša liečba v nemocnici neodkladala.
        Aj vy môžete pomôcť. Berte ďalej svoje lieky. Choďte na kontroly.
        Ak máte nový problém, ktorý nesúvisí s tým, kvôli ktorému čakáte, choďte k vášmu lekárovi GP ako zvyčajne.
    .if-not = Ak máte mať kontrolu a nikto sa vám neozval, obráťte sa na vašu ordináciu GP.
    .ask =
        Čo môžem počas čakania urobiť pre svoje zdravie?
        Sú moje ostatné zdravotné problémy pod kontrolou?
        Kedy mám ďalšiu kontrolu?

waiting-worse =
    .title = Ak sa vám zhorší stav
    .body =
        Ak sa vám stav veľmi zhorší alebo máte nové príznaky, ktoré vás znepokojujú, obráťte sa na vašu ordináciu GP alebo zavolajte na NHS 111 v ten istý deň.
        V núdzovej situácii volajte 999.
        Povedzte to aj nemocničnému tímu. Lekár tam môže posúdiť, či by vás nemali prijať skôr.
        Váš lekár GP môže tiež požiadať nemocnicu, aby vás prijala skôr, alebo zmeniť odporúčanie na urgentné.
    .if-not = Ak vám nemocničný tím nezavolal späť do konca nasledujúceho pracovného dňa, zavolajte znova. Ak sa cítite horšie, nečakajte na nich: obráťte sa na vašu ordináciu GP alebo NHS 111 v ten istý deň.
    .ask =
        Pri akých zmenách vám mám zavolať?
        Komu mám volať v noci alebo cez víkend?

waiting-questions =
    .title = Ak máte otázku
    .body =
        Ak máte otázku o vašej návšteve, opýtajte sa nemocničného tímu. Nemocnica vám musí povedať, ako sa s ňou spojiť. Pozrite sa do svojho listu alebo SMS.
        Nemocničný tím by vám mal odpovedať sám. Nemal by vás posielať, aby ste sa pýtali vášho lekára GP.
        Ak čakáte dlho, môžete sa opýtať na presun do inej nemocnice. Prečítajte si príručku o vašich právach na čakacom zozname.
    .if-not = Ak nedostanete odpoveď, požiadajte o tím poradenstva pre pacientov v nemocnici. Pomáhajú, keď sa niečo pokazí.
    .ask =
        Ako sa s vami najlepšie spojím?
        S kým sa môžem porozprávať o mojom mieste na zozname?
