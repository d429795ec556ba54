# Journey: Why your GP practice asks what the problem is. (Útmutató: miért kérdezi a rendelő, mi a probléma.)
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Miért kérdezik a recepción, mi a baj
    .summary = Miért kérdez a háziorvosi rendelője a problémájáról, kivel találkozhat, és hogyan segíthet egy link worker (közösségi segítő).
    .intro = Amikor a háziorvosi rendelőjét keresi, a dolgozók megkérdezhetik, mi a probléma. Azért kérdezik, hogy a megfelelő emberhez irányíthassák. Itt leírjuk, hogyan működik ez.
    .keywords = recepciós, recepció, miért kérdezik, mi a baj, időpont a háziorvoshoz, háziorvoshoz menni, betegirányítás, betegirányító, nővér, ápoló, gyógyszerész, gyógytornász, fizioterapeuta, szociális felírás, közösségi segítő, link worker, magány, egyedül vagyok, helyi csoportok, közösségi csoportok, jótékonysági szervezet, önkéntes szolgáltatások, receptionist, care navigation, social prescribing, physio

care-navigation-ask =
    .title = A dolgozók megkérdezik, mi a probléma
    .body =
        Amikor telefonál vagy bemegy, a recepciós megkérdezheti, mi a probléma. Nem kíváncsiskodnak.
        Azért kérdezik, hogy segítsenek Önnek a megfelelő emberhez jutni. Ezt betegirányításnak (care navigation) hívják. Az ezt végző dolgozókat betegirányítóknak (care navigators) hívják.
    .if-not = Ha nem biztos benne, kihez menjen, kérje meg a dolgozókat, hogy segítsenek választani.
    .ask =
        Ki a legjobb ember, akihez mehetek?
        Milyen hamar kaphatok időpontot?

care-navigation-right-person =
    .title = A megfelelő emberhez kerül
    .body =
        A megfelelő ember nem mindig a GP (háziorvos). Lehet egy nővér vagy egy gyógyszerész. A gyógyszerész a gyógyszerek szakértője.
        Lehet egy gyógytornász (physiotherapist). A gyógytornász az izmokkal, az ízületekkel és a mozgással segít.
        Vagy a dolgozók egy rendelőn kívüli szolgáltatáshoz irányíthatják.
    .if-not = Ha úgy gondolja, hogy mégis GP-re van szüksége, mondja el a dolgozóknak, miért. Ha rosszabbul lesz, keresse meg újra a háziorvosi rendelőjét még aznap, vagy hívja az NHS 111-et.
    .ask =
        Miért ez az ember a megfelelő a problémámhoz?
        Mit tegyek, ha nem leszek jobban?

care-navigation-ask-link-worker =
    .title = Link workert kér
    .body =
        Néhány dolog, ami hatással van az egészségére, nem orvosi kérdés. Egy link worker (közösségi segítő) segíthet ezekben.
        Ha link workert szeretne, kérdezze meg a háziorvosi rendelőjét. Ők össze tudják hozni vele.
        Ezt szociális felírásnak (social prescribing) hívják.
    .if-not = Ha a háziorvosi rendelője nem hozza össze vele, kérdezze meg őket újra. Kérdezze meg, ki a link worker az Ön környékén.
    .ask =
        Van itt link worker?
        Mennyi idő múlva fog jelentkezni?

care-navigation-link-worker =
    .title = Egy link worker segít Önnek
    .body =
        A link worker összehozza Önt a közelben lévő csoportokkal és szolgáltatásokkal.
        Ezeket helyi emberek vagy jótékonysági szervezetek működtethetik. Nem tartoznak a háziorvosi rendelőjéhez.
        A link worker segít megtalálni azokat, amelyek Önnek megfelelnek.
    .if-not = Ha nem jelentkezett Önnél link worker, keresse meg a háziorvosi rendelőjét. Kérje meg őket, hogy nézzenek utána.
    .ask =
        Milyen csoportok vannak a közelemben?
        Segítene elindulni?
