# Journey: your rights on a waiting list. (Útmutató: a jogai a várólistán.)
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = A jogai, amíg kórházi ellátásra vár
    .summary = A kórház kiválasztása, átkerülés kérése hosszú várakozás után, és hogyan ismerje fel a hamis SMS-eket.
    .intro = Amikor a GP-je (háziorvosa) beutalja, jogai vannak azzal kapcsolatban, hol és milyen hamar vizsgálják meg. Itt leírjuk, mik ezek, és kit kérdezzen.
    .keywords = jogok, a jogaim, választás, kórház választása, hová menjek, másik kórház, kórházváltás, rövidebb várakozás, hosszú várakozás, 18 hét, túl sokat várok, várólistás SMS, valódi ez az SMS, csalás, csaló SMS, hamis SMS, NHS SMS, elveszítem a helyemet, panasz, rights, choice, choose hospital, 18 weeks, scam text, fake text, complaint

waiting-list-rights-choice =
    .title = Gyakran kiválaszthatja a kórházat
    .body =
        Amikor a GP-je beutalja, gyakran kiválaszthatja, melyik kórházba vagy szakrendelésre menjen. Ez a joga Angliában, a legtöbb nem sürgős beutalónál.
        Az átlagos várakozási időket összehasonlíthatja a My Planned Care honlapon. Kérdezze meg a GP-jét, mely helyek közül választhat.
    .if-not = Ha nem ajánlottak választási lehetőséget, pedig szeretett volna, kérdezze meg a háziorvosi rendelőjét. Az időpontfoglaló csapatot is megkérdezheti, amikor időpontot foglal.
    .ask =
        Mely kórházak közül választhatok?
        Melyiknél a legrövidebb a várakozás?

waiting-list-rights-long-wait =
    .title = Ha már régóta vár
    .body =
        A legtöbb nem sürgős problémánál joga van ahhoz, hogy a beutalástól számított 18 héten belül elkezdjék a kezelését. Ez az NHS alapokmányában (NHS Constitution) áll.
        Ma sok várakozás ennél hosszabb. Ha az Öné is, megkérdezheti, átkerülhet-e egy másik kórházba, ahol rövidebb a várakozás.
        Kérdezze meg a kórházi csapatot. Bizonyos esetekben ők keresik meg Önt, hogy ezt felajánlják.
    .if-not = Ha a kórházi csapat nem tud segíteni, kérdezze meg a háziorvosi rendelőjét. A kórház betegtanácsadó csapatát is megkérdezheti.
    .ask =
        Megvizsgálhatnak valahol máshol hamarabb?
        Ha átkerülök, megváltozik, hogy ki gondoskodik rólam?

waiting-list-rights-texts =
    .title = SMS-ek, amelyek megkérdezik, kell-e még a vizsgálat
    .body =
        A kórház küldhet SMS-t, hogy megkérdezze, kell-e még Önnek az időpont. Ha tud, válaszoljon. Ha már nincs rá szüksége, mondja meg.
        Nem veszik le a listáról csak azért, mert nem válaszolt. Csak Ön vagy egy orvos döntheti el, hogy már nem kell megvizsgálni Önt.
    .if-not = Ha attól tart, hogy levették a listáról, hívja fel a kórházi csapatot, és kérdezze meg.
    .ask =
        Rajta vagyok még a listájukon?
        Hogyan fognak jelentkezni nálam?

waiting-list-rights-scams =
    .title = Hogyan ismerje fel a csaló SMS-t
    .body =
        Néhány SMS úgy tesz, mintha az NHS-től jönne. Azt írhatják, hogy elveszíti a helyét, ha nem kattint egy linkre.
        Az NHS nem kéri, hogy fizessen, vagy adja meg a bankadatait, azért, hogy megtartsa a helyét, vagy hogy időpontot foglaljon.
        Ha nem biztos benne, hogy egy SMS valódi, ne használja a benne lévő linket. Hívja fel a kórházi levelén lévő számot, vagy kérdezze meg a háziorvosi rendelőjét.
    .if-not = Ha rákattintott egy linkre, és megadta a bankadatait, azonnal hívja fel a bankját.
    .ask =
        Tényleg Önöktől jött ez az SMS?

waiting-list-rights-help =
    .title = Ha úgy gondolja, hogy nem tartották be a jogait
    .body =
        Először beszéljen a kórházi csapattal. Lehet, hogy el tudják rendezni.
        Ha nem, kérje a kórház betegtanácsadó csapatát. Ők segítenek, ha valami rosszul megy. Azt is megmondják, hogyan tehet panaszt.
    .if-not = Ha a betegtanácsadó csapat nem tud segíteni, kérdezze meg őket, hogyan tehet panaszt. A háziorvosi rendelőjének is elmondhatja.
    .ask =
        Ki tud ebben segíteni nekem?
        Hogyan tehetek panaszt?
