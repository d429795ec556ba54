# Journey: getting a fit note. (Útmutató: munkaképességi igazolás, angolul fit note.)
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Munkaképességi igazolás (fit note) kérése
    .summary = Mikor kell munkaképességi igazolás, ki adja, és mit tegyen, ha nem kapott.
    .intro = A munkaképességi igazolás (fit note) leírja, hogy elég jól van-e ahhoz, hogy dolgozzon. Van, aki táppénzes papírnak (sick note) hívja. Itt leírjuk, mikor van rá szüksége, ki adja, és mit tegyen, ha nem kapott.
    .keywords = táppénzes papír, munkaképességi igazolás, orvosi igazolás, betegszabadság, táppénz, távol a munkától, nem tudok dolgozni, igazolás a munkahelyre, igazolás a főnökömnek, munkáltató, betegszabadság fizetése, saját nyilatkozat, első 7 nap, ellátás, segély, sick note, fit note, off work, med 3, statement of fitness for work, sick pay, self certify, self-certification, universal credit, benefits, ESA

fit-notes-first-week =
    .title = Az első 7 nap betegség
    .body =
        Betegsége első 7 napjára nem kell munkaképességi igazolás. Ebbe azok a napok is beleszámítanak, amikor amúgy sem dolgozik.
        A munkáltatójának Ön maga szól. Néhány munkáltatónak van erre nyomtatványa.
        Ha 7 napnál tovább beteg, munkaképességi igazolás kell.
    .if-not = Ha a munkáltatója az első 7 napra munkaképességi igazolást kér, mondja meg neki, hogy kitöltheti a munkáltató nyomtatványát, vagy a GOV.UK honlapon lévő nyomtatványt.
    .ask =
        Kell már munkaképességi igazolás?
        Hogyan szóljak a munkáltatómnak, hogy beteg vagyok?

fit-notes-hospital =
    .title = A kórház adja meg
    .body =
        A kórházi csapat úgy gondolja, hogy ennél tovább nem fog tudni dolgozni? Akkor munkaképességi igazolást adnak, mielőtt hazamegy.
        Ennek az egész időszakra kellene szólnia, amíg szerintük nem tud dolgozni. Így erre nem kellene egy második igazolás a GP-jétől (háziorvosától).
        Odaadhatja a munkáltatójának. Ellátásokhoz is használhatja, például a Universal Credit (szociális támogatás) igényléséhez.
    .if-not = Ha igazolás nélkül megy haza, hívja fel a kórházi csapatot. Kérje meg őket, hogy küldjenek Önnek munkaképességi igazolást.
    .ask =
        Ön szerint mennyi ideig nem fogok tudni dolgozni?
        Kaphatok munkaképességi igazolást az egész időre?
        Dolgozhatok egy kicsit, vagy végezhetek könnyebb munkát?

fit-notes-who =
    .title = Ki írhatja alá
    .body =
        A munkaképességi igazolásnak nem kell orvostól jönnie.
        Egy nővér, egy gyógyszerész, egy gyógytornász vagy egy foglalkozásterapeuta is adhat, ha megvizsgálta Önt.
        A gyógytornász segít, hogy a teste mozogni tudjon. A foglalkozásterapeuta segít elvégezni a mindennapi teendőket.
        Így lehet, hogy az adja a munkaképességi igazolását, aki Önt kezeli.
    .if-not = Ha az, aki Önt kezeli, nem tud adni igazolást, kérdezze meg tőle, ki adhat a csapatából.
    .ask =
        Tud adni nekem munkaképességi igazolást?
        Ha nem, ki adhat a csapatából?

fit-notes-missing =
    .title = Ha nem kapott
    .body =
        Ha a kórház úgy gondolta, hogy nem fog tudni dolgozni, de nem adott munkaképességi igazolást, hívja fel azt a kórházi csapatot, amely kezelte.
        Az ő dolguk igazolást adni. A GP-jének nem kellene ezt megcsinálnia helyettük.
    .if-not = Ha a kórházi csapat nem segít, kérje a kórház betegtanácsadó csapatát.
    .ask =
        Elküldenék postán vagy e-mailben a munkaképességi igazolásomat?
        Az egész időre szól, amíg nem tudok dolgozni?

fit-notes-gp =
    .title = Amikor a GP-je adja meg
    .body =
        A háziorvosi rendelője azokra a problémákra ad munkaképességi igazolást, amelyeket a GP-je kezel.
        Ha egy problémát a kórház kezel, először a kórházi csapatot kérdezze.
        Ha nem biztos benne, ki kezeli Önt egy problémával, kérdezze meg a háziorvosi rendelőjét.
    .if-not = Ha senkitől sem kap munkaképességi igazolást, kérdezze meg a háziorvosi rendelőjét, mit tegyen.
    .ask =
        Ki kezel engem ezzel a problémával?
        Tudna adni rá munkaképességi igazolást?
