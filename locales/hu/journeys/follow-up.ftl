# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic. (Útmutató: kontroll egy szakrendelés után.)
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Mi történik egy szakrendelési időpont után
    .summary = Ki foglalja le a következő időpontját vagy vizsgálatát, mikor jelentkezzen Ön, és mi történik, amikor a szakrendelés befejezte az ellátását.
    .intro = Miután egy szakrendelésen járt, a kórházi csapat megmondja, mi történik ezután. Lehet, hogy újra látni akarják, megkérik, hogy jelentkezzen, amikor szüksége van rájuk, vagy visszaküldik a GP-jéhez (háziorvosához). Itt leírjuk, ki mit végez az egyes esetekben.
    .keywords = kontroll, kontrollvizsgálat, beteg által kezdeményezett kontroll, PIFU, nyitott időpont, tünetek esetén jelentkezzen, keressen minket, ha szüksége van ránk, elbocsátottak a szakrendelésről, visszaküldtek a háziorvoshoz, vissza a háziorvosomhoz, következő időpont, ismételt képalkotó vizsgálat, visszahívás, ellenőrzés, éves felülvizsgálat, follow-up, patient initiated follow-up, discharged, check-up, annual review

follow-up-choice =
    .title = A kórházi csapat megmondja, mi következik
    .body =
        A szakrendelési időpont végén a kórházi csapat megmondja Önnek, mi történik ezután.
        Lefoglalhatnak egy újabb időpontot vagy vizsgálatot. Megkérhetik, hogy jelentkezzen, amikor szüksége van rájuk. Vagy elbocsáthatják. Ez azt jelenti, hogy ismét a GP-je gondoskodik Önről.
        Meg kellene mondaniuk, melyikről van szó. Ez az ambuláns levelében (clinic letter) is benne van.
    .if-not = Ha nem biztos benne, melyik vonatkozik Önre, hívja fel a kórházi csapatot, és kérdezze meg.
    .ask =
        Találkozunk még?
        Önök foglalják le, vagy nekem kell jelentkeznem?

follow-up-recall =
    .title = A kórház maga foglalja le az időpontjait és vizsgálatait
    .body =
        Ha a kórházi csapat újra látni akarja Önt, vagy meg akar ismételni egy vizsgálatot, maga foglalja le. Ebbe beletartoznak az évente ismétlődő ellenőrzések is.
        A GP-je nem foglal Önnek kórházi időpontot vagy vizsgálatot.
    .if-not = Ha egy időpontot vagy vizsgálatot, amelyről szóltak, addig, amikorra mondták, nem foglaltak le, hívja fel a kórházi csapatot.
    .ask =
        Mikor találkozunk legközelebb?
        Ki foglalja le a következő vizsgálatomat?

follow-up-patient-initiated =
    .title = Ha azt kérik, hogy Ön jelentkezzen
    .body =
        Néhány csapat nem foglal újabb időpontot. Ehelyett Ön jelentkezik náluk, ha szüksége van rájuk. Ezt beteg által kezdeményezett kontrollnak (patient initiated follow-up, PIFU) hívják.
        A csapat megad egy telefonszámot, azokat a jeleket, amelyek esetén hívnia kell, és hogy meddig teheti ezt meg.
        Ha az idő végéig nem telefonált, a csapat elbocsáthatja Önt, és visszaküldheti a GP-jéhez. Erről előtte szólniuk kellene Önnek.
    .if-not = Ha telefonál, és nem éri el őket, próbálja újra a következő munkanapon. Ha rosszabbul érzi magát, keresse meg a háziorvosi rendelőjét vagy az NHS 111-et még aznap.
    .ask =
        Milyen jelek esetén keressem Önöket?
        Meddig kereshetem Önöket?
        Mi történik az idő végén?

follow-up-discharged =
    .title = Ha a szakrendelés elbocsátja
    .body =
        Az elbocsátás azt jelenti, hogy a kórházi csapat befejezte az ellátását. Ismét a háziorvosi rendelője gondoskodik Önről.
        Az ambuláns levél megmondja a GP-jének, mit tegyen ezután, és mire figyeljen.
        Ha a probléma visszatér vagy rosszabbodik, keresse meg a háziorvosi rendelőjét. A GP-je újra beutalhatja, ha szükséges.
    .if-not = Ha úgy gondolja, hogy tévedésből bocsátották el, hívja fel a kórházi csapatot, és kérdezze meg.
    .ask =
        Miért bocsátanak el?
        Milyen esetben menjek vissza a GP-mhez?

follow-up-worse =
    .title = Ha rosszabbul lesz
    .body =
        Ha sokkal rosszabbul lesz, vagy új tünetei vannak, amelyek aggasztják, keresse meg a háziorvosi rendelőjét, vagy hívja az NHS 111-et még aznap. Vészhelyzetben hívja a 999-et.
        Ha megvan a kórházi csapat telefonszáma, nekik is szóljon.
    .if-not = Ha a következő munkanap végéig senki sem hívta vissza, telefonáljon újra. Ha rosszabbul érzi magát, hívja az NHS 111-et még aznap.
    .ask =
        Kit hívjak éjszaka vagy hétvégén?
