# Journey: getting help for your mental health. (Útmutató: segítség a lelki egészségéhez.)
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Segítség a lelki egészségéhez
    .summary = Hová forduljon válsághelyzetben, hogyan kérjen beszélgetésterápiát, és ki gondoskodik Önről.
    .intro = A lelki egészsége ugyanolyan fontos, mint a teste. Itt leírjuk, hol kaphat segítséget, válsághelyzetben is, és ki mit végez.
    .keywords = lelki egészség, mentális egészség, válság, krízis, öngyilkossági gondolatok, öngyilkos gondolatok, önsértés, önsebzés, szorongás, depresszió, stressz, lehangoltság, pánik, beszélgetésterápia, tanácsadás, terápia, pszichoterápia, CBT, kognitív viselkedésterápia, lelki egészségügyi csapat, pszichiáter, antidepresszáns, gyógyszer a lelki egészségre, mental health, crisis, talking therapies, anxiety, depression

mental-health-crisis =
    .title = Válsághelyzetben kérjen segítséget most
    .body =
        Ha az Ön élete vagy valaki más élete veszélyben van, hívja a 999-et, vagy menjen az A&E osztályra (sürgősségi osztályra).
        Ha most van szüksége segítségre, hívja az NHS 111-et, és válassza a lelki egészség (mental health) lehetőséget. Éjjel-nappal elérhető, bármilyen korú embernek.
        Ha már van lelki egészségügyi csapata, használja az ellátási tervében (care plan) lévő válsághelyzeti számot.
    .if-not = Ha nem éri el őket, hívja a 999-et, vagy menjen az A&E osztályra.
    .ask =
        Kit hívjak, ha újra így érzem magam?

mental-health-talking-therapies =
    .title = Beszélgetésterápiát Ön maga is kérhet
    .body =
        Az NHS Talking Therapies (beszélgetésterápia) segít olyan érzésekben, mint az aggódás, a lehangoltság és a stressz. Nem kell előtte a GP-jéhez (háziorvosához) mennie.
        Online vagy telefonon saját maga jelentkezhet. Keressen rá az NHS Talking Therapies szolgáltatásra az NHS website honlapon, hogy megtalálja a helyi szolgáltatást.
        Ez a szolgáltatás felnőtteknek szól. A gyermekeknek és a fiataloknak saját szolgáltatásaik vannak. Kérdezze meg a háziorvosi rendelőjét vagy az iskolát.
    .if-not = Ha a szolgáltatás addig, amikorra mondta, nem jelentkezett, keresse meg őket újra. Ha rosszabbul érzi magát, amíg vár, keresse meg a háziorvosi rendelőjét vagy az NHS 111-et még aznap.
    .ask =
        Mennyi a várakozási idő itt a beszélgetésterápiára?
        Milyen segítséget kínálnak?

mental-health-gp =
    .title = A GP-je segíthet, és beutalhatja
    .body =
        A GP-je beszélgethet Önnel arról, hogyan érzi magát, és milyen segítség létezik.
        Ha több segítségre van szüksége, a GP-je beutalhatja egy lelki egészségügyi csapathoz. Ebben a csapatban például ápolók, orvosok és terapeuták dolgoznak.
    .if-not = Ha a lelki egészségügyi csapatra vár, és rosszabbul érzi magát, keresse meg a háziorvosi rendelőjét, vagy hívja az NHS 111-et még aznap. Válsághelyzetben hívja az NHS 111-et, és válassza a lelki egészség (mental health) lehetőséget.
    .ask =
        Milyen segítség létezik számomra?
        Beutalna egy lelki egészségügyi csapathoz?

mental-health-team =
    .title = A lelki egészségügyi csapat megtervezi az ellátását
    .body =
        Ha egy lelki egészségügyi csapat gondoskodik Önről, Önnel együtt ellátási tervet készítenek. Ebben benne van, ki felel az ellátásáért, és hogyan érheti el őket.
        Kérje el a csapat telefonszámát, és egy számot, amelyet válsághelyzetben hívhat.
    .if-not = Ha nem tudja, ki felel az ellátásáért, kérdezze meg a csapatot. Vagy kérdezze meg a háziorvosi rendelőjét.
    .ask =
        Ki felel az ellátásomért?
        Kit hívjak válsághelyzetben?

mental-health-medicines =
    .title = Ki adja a gyógyszereit
    .body =
        Gyakran a lelki egészségügyi csapat javasol egy gyógyszert, és a GP-je írja fel.
        Néhány gyógyszernél szakorvosnak kell figyelnie, rendszeres vérvizsgálatokkal. Ilyenkor a lelki egészségügyi csapat írhatja fel őket, vagy megoszthatja az ellátást a GP-jével.
        Kérdezze meg, ki ad Önnek többet, és ki végzi az ellenőrzéseket.
    .if-not = Ha hamarosan kifogy, és nem tudja, kit kérdezzen, keresse meg a háziorvosi rendelőjét. Ha zárva vannak, hívja az NHS 111-et.
    .ask =
        Ki ad nekem többet ebből a gyógyszerből?
        Kell hozzá vérvizsgálat?
