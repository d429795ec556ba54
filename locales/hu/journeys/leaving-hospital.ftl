# Journey: leaving hospital after a stay. (Útmutató: hazamenetel a kórházból.)
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Amikor hazamegy a kórházból
    .summary = Mi legyen meg Önnek, mielőtt hazamegy, és kit hívjon, miután eljött.
    .intro = Egy kórházi tartózkodás után hazamegy. Itt leírjuk, mit kellene megtennie a kórházi csapatnak, mielőtt elmegy. Azt is leírjuk, kit hívjon, ha kérdése van.
    .keywords = hazamenetel a kórházból, hazamegyek, haza a kórházból, elbocsátás, hazabocsátás, zárójelentés, elbocsátó levél, új gyógyszerek, gyógyszer, tabletták, recept, mellékhatások, munkaképességi igazolás, táppénzes papír, távol a munkától, betegszabadság, osztály, az osztály telefonszáma, kérdések a kórház után, kontroll, utógondozás, otthoni ellátás, körzeti nővér, virtuális osztály, ellenőrző lista, támogató csoportok, leaving hospital, discharge, discharge summary, fit note, sick note, ward, virtual ward

leaving-hospital-medicines =
    .title = Az új gyógyszerei
    .body =
        Ha új gyógyszerre van szüksége, a kórház legalább 7 napra elegendőt ad belőle, hogy hazavigye. Ha a kúra rövidebb, az egészet megkapja.
        Ezt az első adagot nem kellene a GP-jétől (háziorvosától) beszereznie. Ha nem kapja meg, kérje el, mielőtt elmegy.
        A dolgozóknak el kellene mondaniuk, mire való mindegyik gyógyszer. A mellékhatásait is el kellene mondaniuk. A mellékhatás olyan probléma, amelyet egy gyógyszer okozhat.
        A kórház utáni gyógyszerekről szóló útmutató leírja, ki ad Önnek többet.
    .if-not = Ha épp indulna az új gyógyszerei nélkül, kérdezze meg az osztály (ward) dolgozóit. Ha már otthon van, hívja fel az osztályt.
    .ask =
        Mire való mindegyik gyógyszer?
        Milyen mellékhatásokra figyeljek?
        Ki ad többet, amikor ezek elfogynak?

leaving-hospital-fit-note =
    .title = Munkaképességi igazolás a munkahelyre
    .body =
        A munkaképességi igazolás (fit note) egy papír a munkahelyére. Leírja, hogy elég jól van-e ahhoz, hogy dolgozzon. Van, aki táppénzes papírnak (sick note) hívja.
        Betegsége első 7 napjára nem kell munkaképességi igazolás. Ön maga tölt ki egy nyomtatványt a munkáltatójának.
        Ha ennél hosszabb ideig nem tud dolgozni, a kórház ad munkaképességi igazolást. Ennek az egész időszakra kellene szólnia, amíg szerintük nem tud dolgozni.
        Így arra az időre nem kellene igazolást kérnie a GP-jétől.
    .if-not = Ha úgy megy haza, hogy nem kapta meg a szükséges munkaképességi igazolást, hívja fel az osztályt, és kérjen egyet.
    .ask =
        Mennyi ideig nem fogok tudni dolgozni?
        Az igazolásom az egész időre szól?

leaving-hospital-care-at-home =
    .title = Otthoni ellátás
    .body =
        Néhány embernek segítségre van szüksége otthon egy kórházi tartózkodás után. Az osztály csapata ezt Önnel együtt megtervezi, mielőtt hazamegy.
        Lehet, hogy egy körzeti nővér (district nurse) jön Önhöz. Vagy egy csapat rövid ideig segít Önnek, hogy újra el tudja látni magát.
        Néhány embert egy kórházi csapat otthon lát el, ahelyett hogy a kórházi osztályon maradna. Ezt néha virtuális osztálynak (virtual ward) hívják. A csapat megmondja, hogyan érheti el őket éjjel és nappal.
    .if-not = Ha a segítség, amelyről szóltak, nem érkezett meg, hívja fel azt a számot, amelyet az osztály ehhez adott. Ha nincs száma, hívja fel az osztályt.
    .ask =
        Szükségem lesz segítségre otthon?
        Ki jön, és mikor?
        Kit hívjak, ha nem jönnek?

leaving-hospital-check =
    .title = Ellenőrizze, mielőtt elmegy
    .body =
        Mielőtt hazamegy, ellenőrizze, hogy megvannak-e ezek a dolgok.
        Legalább 7 napra elegendő az új gyógyszereiből. Mire való mindegyik, és mik a mellékhatásai. Egy tájékoztató füzet az ellátásáról.
        Az osztály és a kórházi csapat telefonszáma. Munkaképességi igazolás, ha szüksége van rá. Hogyan lesz megszervezve a következő időpontja.
        Olyan csoportok neve, amelyek segíthetnek Önnek, például jótékonysági szervezeteké.
    .if-not = Ha valami hiányzik, kérdezze meg az osztály dolgozóit, mielőtt elmegy. Ha már otthon van, hívja fel az osztályt.
    .ask =
        Kit hívjak, ha otthon kérdésem lesz?
        Hogyan lesz megszervezve a következő időpontom?
        Van olyan csoport, amely segíthet nekem?

leaving-hospital-letter =
    .title = A kórház ír a GP-jének
    .body =
        Amikor hazamegy, a kórházi csapat levelet ír a GP-jének. Ezt zárójelentésnek (discharge summary) hívják. Az elbocsátás (discharge) azt jelenti, hogy elhagyja a kórházat.
        Leírja a GP-jének, mi történt, amíg kórházban volt, és hogy változott-e valami a gyógyszereiben. Önnek is kellene kapnia egy másolatot.
    .if-not = Ha a háziorvosi rendelője azt mondja, hogy nem kapta meg a levelet, hívja fel az osztályt. Kérje meg őket, hogy küldjék el.
    .ask =
        Kaphatok másolatot a zárójelentésemből?
        Kell valamit tennie a GP-mnek?

leaving-hospital-questions =
    .title = Ha otthon kérdése van
    .body =
        Ha kérdése van a kórházi tartózkodásáról vagy az új gyógyszereiről, hívja fel az osztályt. A szám gyakran rajta van az osztálytól kapott levelén.
        Ha a levélen nincs rajta az osztály száma, hívja a kórház központi számát. Kérje meg őket, hogy kapcsolják az osztályt.
        Az osztály csapatának magának kellene válaszolnia Önnek. Nem kellene azt mondaniuk, hogy kérdezze a GP-jét.
        Ha rosszul érzi magát, és nem biztos benne, mit tegyen, hívja a háziorvosi rendelőjét vagy az NHS 111-et még aznap. Vészhelyzetben hívja a 999-et.
    .if-not = Ha az osztály a következő munkanap végéig nem hívta vissza, hívja fel őket újra. Ha nem éri el őket, kérje a kórház betegtanácsadó csapatát.
    .ask =
        Kit hívjak, ha gond van a gyógyszereimmel?
        Mikor hívjam Önöket, és mikor a GP-met?
