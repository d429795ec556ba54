# Journey: your child seems more unwell. Written for parents and carers. (Útmutató szülőknek és gondozóknak.)
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Ha a gyermeke betegebbnek tűnik
    .summary = Mikor hívja a 999-et, mikor kérjen segítséget még aznap, és kinek szóljon, ha a gyermekét egy kórházi csapat kezeli.
    .intro = A gyermekek gyorsan rosszabbul lehetnek. Ön ismeri legjobban a gyermekét. Itt leírjuk, mikor kérjen segítséget, kit hívjon, és kinek szóljon.
    .keywords = beteg gyermek, a gyermek beteg, beteg gyerek, beteg baba, a gyermek rosszabbul van, romlik a gyermek állapota, láz, magas láz, kiütés, nem eszik, nem iszik, légzés, nehezen lélegzik, ernyedt, petyhüdt, aggódom a gyermekemért, mikor hívjam a 999-et, mikor hívjam a 111-et, közvetlen bejutás, gyermekosztály, child unwell, fever, rash, open access, children's ward

child-unwell-emergency =
    .title = Mikor hívja a 999-et
    .body =
        Hívja a 999-et, ha a gyermeke nehezen lélegzik, vagy nagyon nehéz felébreszteni.
        Akkor is hívja a 999-et, ha a gyermekének görcsrohama van, vagy nagyon sápadt, kék vagy foltos lesz.
        Hívja a 999-et, ha a gyermekének olyan kiütése van, amely nem halványul el, amikor egy poharat nyom rá.
    .if-not = Ha nem tudja elérni a 999-et, próbálja tovább. Ne várja meg, hogy a gyermeke jobban lesz-e.
    .ask =
        Milyen jelek esetén hívjam a 999-et?

child-unwell-same-day =
    .title = Kérjen segítséget még aznap
    .body =
        Ha a gyermeke betegebbnek tűnik, vagy Ön aggódik, keresse meg a háziorvosi rendelőjét (GP practice), vagy hívja az NHS 111-et még aznap.
        Mondja el nekik, ha a gyermeke nem iszik, sokkal álmosabb, mint általában, vagy egyre rosszabbul van.
        Az NHS 111 éjjel-nappal elérhető. A 111.nhs.uk oldalt is használhatja.
    .if-not = Ha nem éri el a háziorvosi rendelőjét, és aggódik, hívja az NHS 111-et. Ha a gyermeke rosszabbul lesz, hívja a 999-et.
    .ask =
        Mire figyeljek ma éjjel?
        Mikor hívjam Önöket újra?

child-unwell-hospital-team =
    .title = Ha a gyermekét már egy kórházi csapat kezeli
    .body =
        Néhány gyermek egyenesen visszamehet a kórházi gyermekosztályra, ha megbetegszik. Ezt közvetlen bejutásnak (open access) hívják. Ha a gyermekének van ilyen, a csapat már elmondta Önnek.
        Ha megvan a csapat telefonszáma, hívja fel őket. Mondja el nekik, hogy a gyermeke betegebb.
        Ha nem éri el őket, keresse meg a háziorvosi rendelőjét vagy az NHS 111-et még aznap. Vészhelyzetben hívja a 999-et.
    .if-not = Ha a csapat nem hívta vissza, és a gyermeke nincs jobban, hívja az NHS 111-et vagy a háziorvosi rendelőjét. Ne várjon.
    .ask =
        Van a gyermekemnek közvetlen bejutása az osztályra?
        Kit hívjak éjszaka?

child-unwell-after =
    .title = Miután a gyermekét megvizsgálták
    .body =
        Akinél a gyermeke járt, annak el kellene mondania, mire figyeljen, és mikor jöjjön vissza.
        Ha a gyermeke az A&E osztályon (sürgősségi osztályon) vagy a kórházban járt, ők levelet küldenek a GP-jének (háziorvosának).
        Ha a gyermeke addigra, amikorra mondták, nincs jobban, vagy rosszabbul lesz, kérjen újra segítséget. Nyugodtan kérhet többször is.
    .if-not = Ha nem biztos benne, mit tegyen ezután, hívja az NHS 111-et vagy a háziorvosi rendelőjét.
    .ask =
        Milyen jelek esetén hozzam vissza a gyermekemet?
        Mennyi idő alatt kellene jobban lennie?
