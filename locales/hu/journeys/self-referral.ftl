# Journey: referring yourself, and Pharmacy First. (Útmutató: saját jelentkezés és a Pharmacy First.)
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Segítség anélkül, hogy előbb a GP-jéhez menne
    .summary = Szolgáltatások, amelyekhez saját maga fordulhat, mit tud kezelni egy gyógyszertár, és ki gondoskodik Önről ezután.
    .intro = Néhány problémával nem kell először a GP-jéhez (háziorvosához) mennie. Saját maga is felveheti a kapcsolatot a szolgáltatással. Ezt saját jelentkezésnek (self-referral) hívják. Itt leírjuk, hogyan működik ez, és ki mit végez.
    .keywords = saját jelentkezés, magam jelentkezem, beutaló nélkül, háziorvos nélkül, gyógytorna, gyógytornász, fizioterápia, hátfájás, lábápolás, láb, lábproblémák, hallás, hallásvizsgálat, szülésznő, védőnő, terhes, várandós, terhesség, szexuális egészség, beszélgetésterápia, Pharmacy First, gyógyszertár, patika, gyógyszerész, torokfájás, fülfájás, arcüreggyulladás, húgyúti fertőzés, hólyaghurut, övsömör, impetigó, rovarcsípés, self referral, physio, pharmacist, sore throat, UTI, shingles

self-referral-services =
    .title = Helyek, ahová saját maga is fordulhat
    .body =
        Néhány NHS-szolgáltatással saját maga is felveheti a kapcsolatot, anélkül hogy előbb a GP-jéhez menne.
        Ilyen lehet a gyógytorna az izmokra és ízületekre, a lábápolás, a hallásvizsgálat és a beszélgetésterápia. Terhesség esetén szülésznővel (midwife), és egy szexuális egészségügyi rendeléssel is felveheti a kapcsolatot.
        Az, hogy mely szolgáltatásokhoz fordulhat saját maga, attól függ, hol lakik.
    .if-not = Ha nem találja a szolgáltatást, kérdezze meg a háziorvosi rendelőjét. A recepción meg tudják mondani, hogyan érheti el.
    .ask =
        Jelentkezhetek itt saját magam ehhez a szolgáltatáshoz?
        Hogyan érhetem el?

self-referral-pharmacy-first =
    .title = Egy gyógyszertár kezelhet néhány problémát
    .body =
        Egy gyógyszerész megvizsgálhatja Önt, és kezelést adhat néhány gyakori problémára, háziorvosi időpont nélkül. Ezt Pharmacy First (Először a gyógyszertár) szolgáltatásnak hívják.
        Ezek: torokfájás, fülfájás, arcüreg-fájdalom, övsömör és impetigó (bőrfertőzés). A befertőződött csípések és a nők húgyúti fertőzései is a listán vannak. Néhány csak bizonyos életkorban érvényes.
        Ha olyan gyógyszerre van szüksége, amelyet általában orvos ír fel, a gyógyszerész odaadhatja Önnek.
    .if-not = Ha a gyógyszerész szerint GP-hez kell mennie, megmondja Önnek. Ilyenkor keresse meg a háziorvosi rendelőjét.
    .ask =
        Tudják ezt itt kezelni?
        Mit tegyek, ha nem leszek jobban?

self-referral-in-charge =
    .title = Az a szolgáltatás felel, amelyik ellátja
    .body =
        Az a szolgáltatás foglalkozik a problémával, amelyet megkeresett. Ők mondják meg Önnek azoknak a vizsgálatoknak az eredményét, amelyeket ők kérnek.
        Ha a GP-jének tudnia kell róla, a szolgáltatás szól a GP-jének.
    .if-not = Ha a szolgáltatás nem jelentkezik addig, amikorra mondta, keresse meg őket újra.
    .ask =
        Kit keressek, ha kérdésem van?
        Szólnak a GP-mnek?

self-referral-gp =
    .title = Mikor menjen inkább a GP-jéhez
    .body =
        Ha nem biztos benne, hová menjen, kérdezze meg a háziorvosi rendelőjét. A dolgozók segíthetnek választani.
        Ha nem lesz jobban, vagy rosszabbul lesz, keresse meg a háziorvosi rendelőjét, vagy hívja az NHS 111-et még aznap. Vészhelyzetben hívja a 999-et.
    .if-not = Ha nem éri el a háziorvosi rendelőjét, és aggódik, hívja az NHS 111-et.
    .ask =
        Hová érdemes mennem ezzel?
