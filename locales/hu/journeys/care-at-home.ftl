# Journey: care at home after leaving hospital. (Útmutató: otthoni ellátás a kórház után.)
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Otthoni ellátás kórházi tartózkodás után
    .summary = Ki szervezi meg az otthoni segítséget, ki jön, és kit hívjon, ha a segítség nem érkezik meg.
    .intro = Néhány embernek segítségre van szüksége otthon egy kórházi tartózkodás után. Néhány embert egy kórházi csapat otthon lát el, ahelyett hogy a kórházi osztályon maradna. Itt leírjuk, ki mit végez, és kit hívjon.
    .keywords = otthoni ellátás, segítség otthon, körzeti nővér, közösségi ápoló, ápolói látogatás, önellátás visszaszerzése, gondozók, házi gondozás, virtuális osztály, otthoni kórház, kórház után, hazamenetel, hazabocsátás, támogatás otthon, segédeszközök, care at home, district nurse, reablement, virtual ward, hospital at home

care-at-home-plan =
    .title = Az osztály csapata Önnel együtt megtervezi a segítséget
    .body =
        Mielőtt elhagyja a kórházat, az osztály (ward) csapata beszél Önnel arról, milyen segítségre lesz szüksége otthon.
        Meg kellene mondaniuk, ki jön, mikor, és hogyan érheti el őket. Kérje ezt írásban.
        Ha valaki gondoskodik Önről otthon, ő is részt vehet ebben a beszélgetésben.
    .if-not = Ha senki sem beszélt Önnel az otthoni segítségről, és úgy gondolja, hogy szüksége van rá, kérdezze meg az osztály dolgozóit, mielőtt hazamegy.
    .ask =
        Szükségem lesz segítségre otthon?
        Ki jön, és mikor?

care-at-home-nurse =
    .title = Egy nővér vagy gondozó jöhet Önhöz
    .body =
        Egy körzeti nővér (district nurse) jöhet Önhöz otthonra. Át tudja kötözni a sebeit, injekciót adhat, és megnézi, hogy van.
        Néhány ember rövid ideig segítséget kap, hogy újra el tudja látni magát. Ezt néha önellátásra visszasegítésnek (reablement) hívják.
        A csapat, amely Önhöz jön, megadja a telefonszámát.
    .if-not = Ha egy látogatás, amelyről szóltak, elmarad, hívja fel azt a számot, amelyet a csapat adott. Ha nincs száma, hívja fel az osztályt vagy a háziorvosi rendelőjét.
    .ask =
        Mi az Önök telefonszáma?
        Mit tegyek, ha nem jönnek?

care-at-home-virtual-ward =
    .title = Ha virtuális osztályon van
    .body =
        A virtuális osztály (virtual ward) azt jelenti, hogy egy kórházi csapat otthon látja el Önt, nem egy kórházi osztályon. Ezt otthoni kórháznak (hospital at home) is hívják.
        A csapat meglátogathatja, felhívhatja, vagy olyan eszközökkel ellenőrizheti Önt, amelyeket otthon használ.
        Amíg a virtuális osztályon van, a kórházi csapat felel az ellátásáért. Megmondják, hogyan érheti el őket éjjel és nappal.
    .if-not = Ha nem éri el a virtuális osztály csapatát, és rosszabbul érzi magát, hívja az NHS 111-et. Vészhelyzetben hívja a 999-et.
    .ask =
        Ki felel most az ellátásomért?
        Hogyan érhetem el Önöket éjszaka?

care-at-home-worse =
    .title = Ha otthon rosszabbul lesz
    .body =
        Ha rosszabbul lesz, először azt a csapatot hívja, amely otthon gondoskodik Önről, ha megvan a számuk.
        Ha nem éri el őket, keresse meg a háziorvosi rendelőjét (GP practice), vagy hívja az NHS 111-et még aznap. Vészhelyzetben hívja a 999-et.
    .if-not = Ha senki sem hívta vissza, és rosszabbul érzi magát, hívja az NHS 111-et. Ne várjon.
    .ask =
        Kit hívjak először, ha rosszabbul érzem magam?
