# Journey: waiting for a hospital visit. (Útmutató: várakozás egy kórházi időpontra.)
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Amíg egy kórházi időpontra vár
    .summary = Ki gondoskodik Önről, amíg vár, és kinek szóljon, ha rosszabbul lesz.
    .intro = Ön egy listán van, hogy egy kórházi csapat megvizsgálja. Itt leírjuk, ki mit végez, amíg vár. Azt is leírjuk, kit hívjon, ha rosszabbul lesz.
    .keywords = várólista, várakozási idő, várakozás, meddig, mennyi ideig, hosszú várakozás, még mindig várok, rosszabbodás, rosszabbul érzem magam, rosszabbak a tünetek, új tünetek, hamarabb, gyorsítás, előrébb kerülni a listán, időpont dátuma, mikor van az időpontom, átlagos várakozás, SMS a kórháztól, kell még az időpontja, vérnyomás, egészségesnek maradni, más egészségügyi problémák, kórház sürgetése, waiting list, waiting time, my planned care, still waiting, getting worse

waiting-list =
    .title = A kórház megtartja a helyét
    .body =
        A kórházi csapat vezeti a listát, és vigyáz az Ön helyére rajta.
        Az átlagos várakozási időt megnézheti a My Planned Care honlapon. Minden kórházat és minden ellátástípust mutat. Minden héten frissítik.
        Ez csak egy átlag, ezért az Ön várakozása lehet hosszabb vagy rövidebb. A honlap nem mutatja a rákellátás várakozási idejét.
    .if-not = Ha nem kapott hírt a kórháztól addig, amikorra ígérték, hívja fel a kórházi csapatot. Kérje meg őket, hogy nézzék meg, rajta van-e a listán.
    .ask =
        Körülbelül mennyit fogok várni?
        Kit hívjak, ha megváltoznak a terveim?
        Szólnak, ha hosszabb lesz a várakozás?

waiting-check =
    .title = A kórház megkérdezi, kell-e még jönnie
    .body =
        A kórház jelentkezhet, hogy megkérdezze, kell-e még Önnek az időpont. Ez gyakran egy SMS.
        Kérjük, válaszoljon, ha tud. Ha már nincs szüksége az időpontra, mondja meg. Így valaki más kaphatja meg a helyét.
        Ha nem válaszol, csak ezért nem veszíti el a helyét. A kórház megpróbálja más módon elérni Önt, vagy megkérdezi a GP-jét (háziorvosát).
        Néhány SMS, amely úgy néz ki, mintha az NHS-től jönne, csalás. Az NHS nem kéri, hogy fizessen, vagy adja meg a bankadatait. Ha nem biztos benne, hogy egy SMS valódi, ne használja a benne lévő linket. Hívja fel a kórházi levelén lévő számot.
    .if-not = Ha lemaradt az SMS-ről, vagy tévedésből válaszolt, hívja fel a kórházi csapatot, és mondja el nekik.
    .ask =
        Hogyan fognak jelentkezni nálam?
        Mi van, ha lemaradok az SMS-ükről?

waiting-care =
    .title = A GP-je továbbra is gondoskodik Önről
    .body =
        A háziorvosi rendelője továbbra is foglalkozik a többi egészségügyi problémájával. Például segítenek kordában tartani a vérnyomását.
        Ez fontos. Segít abban, hogy a kórházi kezelése ne csússzon.
        Ön is segíthet. Szedje tovább a gyógyszereit. Menjen el az ellenőrzésekre.
        Ha új problémája van, amely nem kapcsolódik ahhoz, amire vár, menjen a GP-jéhez, mint általában.
    .if-not = Ha esedékes egy ellenőrzése, és nem kapott hírt, keresse meg a háziorvosi rendelőjét.
    .ask =
        Mit tehetek, hogy jól legyek, amíg várok?
        Rendben vannak a többi egészségügyi problémáim?
        Mikor lesz a következő ellenőrzésem?

waiting-worse =
    .title = Ha rosszabbul lesz
    .body =
        Ha sokkal rosszabbul lesz, vagy új tünetei vannak, amelyek aggasztják, keresse meg a háziorvosi rendelőjét, vagy hívja az NHS 111-et még aznap.
        Vészhelyzetben hívja a 999-et.
        Szóljon a kórházi csapatnak is. Ott egy orvos megnézheti, kell-e Önt hamarabb megvizsgálni.
        A GP-je is kérheti a kórháztól, hogy hamarabb vizsgálják meg, vagy sürgőssé teheti a beutalót.
    .if-not = Ha a kórházi csapat a következő munkanap végéig nem hívta vissza, hívja fel őket újra. Ne várjon rájuk, ha rosszabbul érzi magát: hívja a háziorvosi rendelőjét vagy az NHS 111-et még aznap.
    .ask =
        Milyen változások esetén hívjam Önöket?
        Kit hívjak éjszaka vagy hétvégén?

waiting-questions =
    .title = Ha kérdése van
    .body =
        Ha kérdése van az időpontjáról, kérdezze a kórházi csapatot. A kórháznak meg kell mondania, hogyan érheti el. Nézze meg a levelén vagy az SMS-ében.
        A kórházi csapatnak magának kellene válaszolnia Önnek. Nem kellene azt mondaniuk, hogy kérdezze a GP-jét.
        Ha már régóta vár, megkérdezheti, mehet-e egy másik kórházba. Olvassa el a várólistával kapcsolatos jogairól szóló útmutatót.
    .if-not = Ha nem kap választ, kérje a kórház betegtanácsadó csapatát. Ők segítenek, ha valami rosszul megy.
    .ask =
        Hogyan érhetem el Önöket a legjobban?
        Kivel beszélhetek a helyemről a listán?
