# Journey: after A&E or an urgent treatment centre. (Útmutató: sürgősségi osztály vagy sürgősségi ellátóközpont után.)
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Az A&E (sürgősségi osztály) vagy egy sürgősségi ellátóközpont után
    .summary = Ki mit végez, miután az A&E osztályon járt, ki mondja meg a vizsgálati eredményeket, és mikor menjen a GP-jéhez.
    .intro = Az A&E osztályon (sürgősségi osztályon) vagy egy sürgősségi ellátóközpontban (urgent treatment centre) járt, és most otthon van. Itt leírjuk, ki mit végez ezután, és kit keressen.
    .keywords = A&E, A and E, sürgősségi osztály, sürgősségi, baleseti sürgősségi, ügyelet, sürgősségi ellátóközpont, UTC, walk-in centre, kisebb sérülések, A&E után, törésrendelés, eltört csont, csonttörés, röntgen eredmény, menjen a háziorvoshoz, ha, kontroll A&E után, accident and emergency, urgent treatment centre, fracture clinic

after-urgent-care-letter =
    .title = A kórház tájékoztatja a GP-jét a látogatásáról
    .body =
        Az A&E osztály vagy a sürgősségi ellátóközpont levelet küld a háziorvosi rendelőjének a látogatásáról.
        Nem kell időpontot foglalnia a GP-jéhez (háziorvosához) csak azért, hogy elmondja nekik, hogy ott járt.
        Kérjen tájékoztató lapot, ha van nekik, hogy tudja, mire figyeljen otthon.
    .if-not = Ha a háziorvosi rendelőjének szüksége van a levélre, és nem kapta meg, hívja fel az A&E osztályt vagy a sürgősségi ellátóközpontot. Kérje meg őket, hogy küldjék el.
    .ask =
        Szólnak a GP-mnek a mai napról?
        Kaphatok tájékoztató lapot, amit hazavihetek?

after-urgent-care-follow-up =
    .title = A kórház lefoglalja a következő időpontját
    .body =
        Lehet, hogy vissza kell mennie, például egy törésrendelésre (fracture clinic), ha eltört egy csontja. Ezt a kórház foglalja le, nem a GP-je.
        Néha a törésekkel foglalkozó csapat felhívja Önt, ahelyett hogy személyesen találkozna Önnel.
    .if-not = Ha azt mondták, hogy hírt kap a kontrollról, de nem kapott, hívja fel a tájékoztató lapján vagy a levelén lévő számot. Ha nincs száma, hívja a kórház központi számát.
    .ask =
        Vissza kell jönnöm? Ki fogja lefoglalni?
        Hogyan fognak jelentkezni nálam?

after-urgent-care-results =
    .title = Az eredményt az a csapat adja meg, amely a vizsgálatot végezte
    .body =
        Néhány vizsgálatot, például a röntgenfelvételeket, újra megnézik, miután Ön elment. Az a csapat felel az eredményért, amely a vizsgálatot kérte.
        Ha egy eredmény miatt tenni kell valamit, ők keresik meg Önt vagy a GP-jét. Kérdezze meg őket, hogyan fogják ezt megtenni.
    .if-not = Ha azt mondták, hogy hírt kap egy eredményről, de nem kapott, hívja fel azt a helyet, ahol járt.
    .ask =
        Várható még valamilyen eredmény?
        Ki mondja meg nekem ezeket?

after-urgent-care-see-gp =
    .title = Amikor azt mondják: „menjen a GP-jéhez, ha…”
    .body =
        A dolgozók mondhatják, hogy menjen a GP-jéhez, ha valami nem javul. Ez azt jelenti, hogy Önnek saját magának kell felvennie a kapcsolatot a háziorvosi rendelőjével. A rendelő nem fogja tudni, hogy keresnie kellene Önt.
        Ha megmondták, mennyi idő alatt kellene jobban lennie, keresse meg a háziorvosi rendelőjét, ha addig nem lesz jobban.
    .if-not = Ha nem éri el a háziorvosi rendelőjét, és aggódik, hívja az NHS 111-et.
    .ask =
        Mire figyeljek?
        Mikor menjek a GP-mhez, ha nem javul?

after-urgent-care-worse =
    .title = Ha rosszabbul lesz
    .body =
        Ha rosszabbul lesz, vagy új tünetei vannak, amelyek aggasztják, hívja az NHS 111-et, vagy keresse meg a háziorvosi rendelőjét még aznap.
        Ha a dolgozók azt mondták, hogy menjen vissza, ha valami történik, menjen vissza.
        Vészhelyzetben hívja a 999-et.
    .if-not = Ha nem kap segítséget, és nagyon rosszul érzi magát, hívja a 999-et.
    .ask =
        Milyen jelek esetén kell visszajönnöm?
