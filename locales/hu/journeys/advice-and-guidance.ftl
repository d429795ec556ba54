# Journey: your GP asked a specialist for advice. (Útmutató: a GP tanácsot kért egy szakorvostól.)
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = A GP-je tanácsot kért egy szakorvostól
    .summary = Miért kért a GP-je előbb tanácsot, ki mondja meg Önnek a választ, és kit hívjon, amíg vár.
    .intro = A GP-je (háziorvosa) tanácsot kért Önnel kapcsolatban egy kórházi szakorvostól. A szakorvos olyan orvos, aki sokat tud egy bizonyos fajta egészségügyi problémáról. Itt leírjuk, mi történik ezután, és ki mit végez.
    .keywords = tanács és útmutatás, tanácskérés, szakorvosi tanács, a háziorvos tanácsot kért, második vélemény, kórházi orvos, főorvos, szakorvos, e-beutaló, visszaküldött beutaló, visszautasított beutaló, válaszra várok, advice and guidance, A and G, specialist advice, second opinion, consultant, e-referral

advice-and-guidance-asked =
    .title = A GP-je tanácsot kér
    .body =
        A GP-je tudni szeretné egy szakorvos véleményét a problémájáról. Ezért küld neki egy kérdést. Ez történhet online vagy telefonon.
        Ezt tanácskérésnek (advice and guidance) hívják. Lehet beutaló helyett. Vagy lehet a beutaló előtt.
        A szakorvos elolvassa, amit a GP-je küld. Ekkor még nem vizsgálja meg Önt.
    .if-not = Ha nem biztos benne, hogy a GP-je elküldte a kérdést, keresse meg a háziorvosi rendelőjét. Kérdezze meg, elment-e.
    .ask =
        Mit kérdez a szakorvostól?
        Hogyan fogja megmondani nekem a választ?
        Később még elküldhetnek a kórházba?

advice-and-guidance-reply =
    .title = A szakorvos válaszol
    .body =
        A szakorvos a GP-jének válaszol, nem Önnek.
        Hogy ez mennyi ideig tart, az a kórháztól függ. Kérdezze meg a GP-jét, mikorra várja a választ.
    .if-not = Ha addig, amikorra a GP-je mondta, semmilyen hírt nem kapott, keresse meg a háziorvosi rendelőjét. Kérdezze meg, megjött-e a válasz.
    .ask =
        Ön szerint mikor jön meg a válasz?
        Ön hív fel engem, vagy nekem kell hívnom Önt?

advice-and-guidance-worse =
    .title = Ha rosszabbul lesz, amíg vár
    .body =
        Amíg a válaszra vár, a kérdéseivel a háziorvosi rendelőjéhez forduljon.
        Ha sokkal rosszabbul lesz, vagy új tünetei vannak, amelyek aggasztják, keresse meg a háziorvosi rendelőjét, vagy hívja az NHS 111-et még aznap. Ne csak várjon a válaszra.
        Vészhelyzetben hívja a 999-et.
        A GP-je szólhat a szakorvosnak, vagy sürgős beutalót adhat.
    .if-not = Ha a háziorvosi rendelője a következő munkanap végéig nem jelentkezett, hívja fel újra. Ha rosszabbul érzi magát, hívja az NHS 111-et még aznap.
    .ask =
        Milyen változások esetén hívjam Önt?
        Meg tudja mondani a szakorvosnak, hogy rosszabbul vagyok?

advice-and-guidance-next =
    .title = A GP-je megmondja, mi következik
    .body =
        A GP-je elmondja Önnek, mit mondott a szakorvos. Ezután két dolog közül az egyik történik.
        A GP-je a tanács szerint cselekedhet. Például megváltoztathatja a gyógyszerét, vagy elvégezhet egy vizsgálatot.
        Vagy a szakorvos a kérdést beutalóvá alakíthatja. Ez azt jelenti, hogy egy kórházi csapat megvizsgálja Önt. Ezután levelet, e-mailt vagy SMS-t kap, hogy időpontot foglaljon.
        Néha egy beutalót, amelyet a GP-je küldött, tanáccsal együtt visszaküldenek, időpont helyett. A GP-jének el kellene mondania, mit jelent ez Önnek.
        Ha nem biztos benne, hogy egy SMS vagy e-mail valódi, ne használja a benne lévő linket. Hívja fel a háziorvosi rendelőjét, vagy a levelén lévő számot.
    .if-not = Ha a GP-je nem mondta el, mit mondott a szakorvos, keresse meg a háziorvosi rendelőjét.
    .ask =
        Mit mondott a szakorvos?
        Mi történik ezután, és ki fogja végezni?
        Találkoznom kell a kórházi csapattal?
