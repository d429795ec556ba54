# Journey: moving from private care to the NHS. (Útmutató: átkerülés a magánellátásból az NHS-be.)
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Átkerülés a magánellátásból az NHS-be
    .summary = Ki adja a gyógyszereket és végzi az ellenőrzéseket, miután magánorvosnál járt, és hogyan kerülhet fel egy NHS-várólistára.
    .intro = Magánorvosnál járt, és most az ellátása egy részét az NHS-ben (állami egészségügyi szolgálat) szeretné kapni. Néhány dolog átkerül, néhány nem. Itt leírjuk, ki mit végez.
    .keywords = magán, magánorvos, magánklinika, magánkórház, magán szakorvos, magánrecept, fizetett, biztosítás, magánbiztosítás, átváltás az NHS-re, NHS-várólista magánellátás után, a háziorvos nem írja fel, magán vizsgálatok, private, private doctor, private clinic, private prescription, insurance, switch to NHS

private-care-clinic =
    .title = A magánklinika gondoskodik arról, amit elkezdett
    .body =
        A magánklinika adja az első receptet mindenre, amit elkezdett. Ezt Ön fizeti.
        Ha a magánorvos vizsgálatokat vagy ellenőrzéseket kér, a magánklinika végzi el őket, és ők mondják meg Önnek az eredményeket.
        A magánklinikának kellene írnia a GP-jének (háziorvosának) az ellátásáról.
    .if-not = Ha kérdése van a magánellátásáról, keresse meg a magánklinikát. Az elérhetőségük rajta van a levelén.
    .ask =
        Írnak a GP-mnek?
        Ki végzi a vizsgálataimat és ellenőrzéseimet?

private-care-gp-prescribing =
    .title = A GP-je átvehet néhány gyógyszert
    .body =
        Megkérheti a GP-jét, hogy írjon fel egy gyógyszert, amelyet a magánorvos kezdett el. A GP-je dönti el, hogy ez megfelelő-e Önnek.
        A GP-je nemet mondhat. Ennek oka lehet, hogy a gyógyszernél szakorvosnak kell figyelnie. Vagy hogy az NHS-ben általában nem adják.
        Ha a GP-je nemet mond, a magánklinika adja tovább Önnek.
    .if-not = Ha hamarosan kifogy, keresse meg a magánklinikát, mielőtt kifogyna.
    .ask =
        Fel tudja ezt írni NHS-receptre?
        Ha nem, mit tegyek?

private-care-nhs-list =
    .title = Felkerülés egy NHS-várólistára
    .body =
        Ahhoz, hogy egy NHS kórházi csapat megvizsgálja, általában NHS-beutaló kell. Beszéljen a GP-jével.
        A GP-je dönti el, hogy szüksége van-e beutalóra. Kérdezze meg a GP-jét, hogyan lesz ez az Ön esetében.
    .if-not = Ha nem biztos benne, hogyan működnek a szabályok az Ön környékén, kérdezze meg a háziorvosi rendelőjét.
    .ask =
        Be tudna utalni ezzel az NHS-ellátásba?
        Az elejétől kell majd várnom?

private-care-worse =
    .title = Ha rosszabbul lesz
    .body =
        Ha sokkal rosszabbul lesz, vagy új tünetei vannak, amelyek aggasztják, keresse meg a háziorvosi rendelőjét, vagy hívja az NHS 111-et még aznap. Vészhelyzetben hívja a 999-et.
        Szóljon annak a magánorvosnak is, aki kezeli.
    .if-not = Ha a következő munkanap végéig senki sem hívta vissza, telefonáljon újra. Ha rosszabbul érzi magát, hívja az NHS 111-et még aznap.
    .ask =
        Kit hívjak, ha éjszaka rosszabbul leszek?
