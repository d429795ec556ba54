# Journey: medicines after a hospital stay or a clinic visit. (Útmutató: gyógyszerek kórházi tartózkodás vagy szakrendelés után.)
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = A gyógyszerei, amikor hazamegy a kórházból
    .summary = Ki adja az új gyógyszereket, ki módosítja az ismételt receptjei listáját, és mit tegyen, mielőtt elfogynak.
    .intro = A gyógyszerei megváltozhatnak, ha kórházban van, vagy egy kórházi csapatnál jár. Itt leírjuk, ki adja az egyes adagokat, ki frissíti a listáját, és kit kérdezzen.
    .keywords = gyógyszerek a kórház után, új gyógyszerek, megváltozott gyógyszerek, leállított gyógyszerek, tabletták, gyógyszer, ismételt recept, ismételt receptek listája, elfogy, kifogyok, első adag, gyógyszertár, patika, gyógyszerész, gyógyszerek hazabocsátáskor, vérhígító, kemoterápia, segélyvonal, melyik gyógyszert szedjem, medicines after hospital, repeat prescription, pharmacy, pharmacist, blood thinner, helpline

medicines-after-hospital-first-supply =
    .title = Az első adagot a kórház adja
    .body =
        Egy kórházi tartózkodás után legalább 7 napra elegendő új gyógyszerrel kellene hazamennie. Ha a kúra rövidebb, az egészet megkapja.
        Egy szakrendelési időpont után ez másképp van. Ha most kell elkezdenie, a kórház annyit ad, amennyi addig elég, amíg a GP-je (háziorvosa) megkapja az ambuláns levelet (clinic letter). Egyébként a levél megkéri a GP-jét, hogy írja fel a gyógyszert.
    .if-not = Ha épp indulna haza egy olyan új gyógyszer nélkül, amelyre most van szüksége, kérdezze meg az osztály dolgozóit vagy a szakrendelést. Ha már otthon van, hívja fel az osztályt vagy a kórházi csapatot.
    .ask =
        Most kell elkezdenem szedni ezt a gyógyszert?
        Mennyit adnak belőle?
        Többet a GP-m ad majd, vagy Önök?

medicines-after-hospital-list =
    .title = Listát kap a gyógyszereiről
    .body =
        Mielőtt hazamegy, az osztály (ward) csapatának meg kellene mondania, mely gyógyszerek újak, melyek változtak, és melyeket hagyjon abba.
        Ez a lista abban a levélben is benne van, amelyet a kórház a GP-jének küld. Kérjen róla másolatot.
        Ne szedjen tovább olyan gyógyszert, amelyet a kórház leállított, hacsak egy orvos nem mondja, hogy szedje.
    .if-not = Ha nem biztos benne, mely gyógyszereket szedje, hívja fel az osztályt. Vagy kérdezzen meg egy gyógyszerészt.
    .ask =
        Mely gyógyszereim újak, változtak meg, vagy lettek leállítva?
        Kaphatok írásos listát?

medicines-after-hospital-pharmacy =
    .title = A gyógyszertára átnézheti a gyógyszereit
    .body =
        A kórház elküldheti az új gyógyszerei adatait ahhoz a gyógyszertárhoz, ahová általában jár. Ezután a gyógyszerész átbeszélheti őket Önnel.
        A gyógyszerész összeveti az új listáját azzal, amit korábban szedett. Észrevehet problémákat.
        Megkérheti az osztályt, hogy küldje el az adatait abba a gyógyszertárba, amelyet használ.
    .if-not = Ha a gyógyszertár nem kapott hírt a kórháztól, vigye el nekik az osztálytól kapott levelét. Kérje meg őket, hogy nézzék át.
    .ask =
        Elküldenék a gyógyszereim adatait a gyógyszertáramnak?
        Átnézheti velem a gyógyszerész az új listámat?

medicines-after-hospital-repeat =
    .title = A háziorvosi rendelője frissíti az ismételt receptjei listáját
    .body =
        A háziorvosi rendelője levelet kap a kórháztól. Ezután frissíti az ismételt receptjeit (repeat prescriptions).
        Mielőtt rendel, nézze át az ismételt receptjei listáját. Győződjön meg róla, hogy az új gyógyszerei rajta vannak, a leállítottak pedig nincsenek.
        Minden ismételt receptet időben rendeljen meg, hogy ne fogyjon ki.
    .if-not = Ha az ismételt receptjei listája hibás, vagy az új gyógyszer nincs rajta, keresse meg a háziorvosi rendelőjét. Ha még nincs meg náluk a levél, hívja fel a kórházi csapatot vagy az osztályt.
    .ask =
        Megkapták a kórházi levelemet?
        Naprakész az ismételt receptjeim listája?

medicines-after-hospital-running-out =
    .title = Ha hamarosan elfogy a gyógyszere
    .body =
        Ha hamarosan kifogy, és a GP-jénél nincs meg a levél, hívja fel a kórházi csapatot vagy az osztályt. Kérje meg őket, hogy küldjék el a levelet, vagy adjanak több gyógyszert.
        Ha a háziorvosi rendelője zárva van, és még ma szüksége van egy gyógyszerre, hívja az NHS 111-et. Segítenek beszerezni egy gyógyszertárból.
    .if-not = Ha senki sem tud segíteni, és rosszul érzi magát a gyógyszere nélkül, hívja az NHS 111-et még aznap. Vészhelyzetben hívja a 999-et.
    .ask =
        Mit tegyek, ha hétvégén fogy ki a gyógyszerem?
        Biztonságos kihagyni egy adagot ebből a gyógyszerből?

medicines-after-hospital-high-risk =
    .title = Gyógyszerek, amelyeknél gyors segítség kell
    .body =
        Néhány gyógyszernél gyors segítség kell, ha rosszul érzi magát. Ilyenek például a rák elleni gyógyszerek. Ilyenek azok a gyógyszerek is, amelyek hígítják a vért, vagy megnehezítik a szervezetnek, hogy leküzdje a kórokozókat.
        A kórházi csapatnak meg kellene adnia egy segélyvonal számát ezekhez. Néhány segélyvonal éjjel-nappal elérhető. Tartsa magánál a számot.
        Ha nagyon rosszul érzi magát, azonnal hívja a segélyvonalat. Vészhelyzetben hívja a 999-et.
    .if-not = Ha nincs meg a segélyvonal száma, hívja fel a kórházi csapatot, és kérje el. Ha rosszul érzi magát, és nem éri el őket, hívja az NHS 111-et még aznap.
    .ask =
        Van segélyvonal ehhez a gyógyszerhez?
        Milyen jelek esetén hívjam azonnal?
