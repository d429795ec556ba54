# Journey: your child is sent to a children's doctor. Written for parents and carers. (Útmutató szülőknek és gondozóknak.)
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = A gyermekét gyermekorvoshoz küldik
    .summary = Ki foglalja le a gyermeke időpontját, kit hívjon, amíg vár, és ki mondja meg Önnek az eredményeket.
    .intro = A GP-je (háziorvosa) azt szeretné, hogy egy kórházi gyermekorvos segítsen a gyermeke ellátásában. Szülőként vagy gondozóként Önnek elmondják, mi történik a gyermekével. Itt leírjuk, mi történik ezután, és ki mit végez.
    .keywords = gyermek, gyerek, gyerekek, a gyermekem, fiam, lányom, baba, csecsemő, gyermekgyógyász, gyermekgyógyászat, gyermekorvos, gyermekkórház, gyermek beutalója, beutaló, kórházi levél, időpont, várólista, szülő, gondozó, a gyermek rosszabbul van, a gyermek állapota romlik, child, paediatrician, paediatrics, referral

child-referral-advice =
    .title = A GP-je először tanácsot kérhet egy gyermekorvostól
    .body =
        A kórházi gyermekorvost gyermekgyógyásznak (paediatrician) hívják. A GP-je először tanácsot kérhet tőle a gyermekéről. Ez történhet telefonon vagy online.
        Néhány helyen egy gyermekgyógyász eljön a háziorvosi rendelőkbe, és ott vizsgálja meg a gyermekeket. Néhány gyermeket egy kórházi csapat otthon is elláthat.
        A tanács azt is jelentheti, hogy a gyermekének nem kell kórházba mennie. A GP-je elmondja Önnek, mit mondott a gyermekgyógyász.
    .if-not = Ha nem biztos benne, mit tesz a GP-je a gyermekéért, keresse meg a háziorvosi rendelőjét, és kérdezze meg.
    .ask =
        Tanácsot kér egy gyermekgyógyásztól, vagy kórházba küldi a gyermekemet?
        Hogyan mondja el nekem, mit mondtak?

child-referral-sent =
    .title = A GP-je elküldi a beutalót
    .body =
        Ha a gyermekének gyermekgyógyászhoz kell mennie, a GP-je ír neki. Ezt beutalónak (referral) hívják.
        A GP-je azt is leírja, milyen hamar kell megvizsgálni a gyermekét. A beutaló lehet nem sürgős vagy sürgős.
        Néha a kórház először vizsgálatokat kér. Ilyenkor a GP-je megszervezi ezeket, mielőtt elküldi a beutalót.
        Önnek ugyanazt mondják el, amit egy felnőtt betegnek mondanának. A gyermeke nevében mondják el Önnek.
    .if-not = Kérdezze meg a GP-jét, mikorra kellene hírt kapnia a beutalóról. Ha addig nem kap semmilyen hírt, keresse meg a háziorvosi rendelőjét. Kérdezze meg, elküldték-e a beutalót.
    .ask =
        Miért kell a gyermekemnek gyermekgyógyászhoz mennie?
        Nem sürgős vagy sürgős a beutaló?
        Kell a gyermekemnek előtte valamilyen vizsgálat?

child-referral-booking =
    .title = Levelet, e-mailt vagy SMS-t kap az időpontfoglaláshoz
    .body =
        Kaphat egy levelet, amelyben egy foglalási szám és egy jelszó van. Tegye el biztos helyre.
        Vagy kaphat e-mailt vagy SMS-t. Ebben egy link van, amellyel az NHS App alkalmazásban vagy az NHS website honlapon foglalhat időpontot.
        Ezzel kiválaszthat egy napot és időt a gyermekének, vagy felhívhatja az időpontfoglaló csapatot.
        Néhány SMS, amely úgy néz ki, mintha az NHS-től jönne, csalás. Az NHS nem kéri, hogy fizessen, vagy adja meg a bankadatait. Ha nem biztos benne, ne használja a linket. Hívja fel a levelén lévő számot.
    .if-not = Ha addig, amikorra a GP-je mondta, semmi sem érkezett, hívja fel a beutaló levelén lévő számot. Ha nincs levele, kérdezze meg a háziorvosi rendelőjét.
    .ask =
        Kiválaszthatom, melyik kórházba megy a gyermekem?
        Megvizsgálhatják a gyermekemet a lakóhelyünk közelében?

child-referral-waiting =
    .title = A gyermeke várja, hogy megvizsgálják
    .body =
        A kórházi csapat vigyáz a gyermeke helyére a várólistán.
        A kórház küldhet Önnek SMS-t, hogy megkérdezze, kell-e még a gyermekének a vizsgálat. Ha tud, válaszoljon. Ha nem válaszol, hívja fel a kórházi csapatot. A gyermekét nem veszik le a listáról csak azért, mert Ön nem válaszolt.
        Ha kérdése van az időpontról, kérdezze a kórházi csapatot. Nekik kellene válaszolniuk Önnek, nem pedig visszaküldeniük a GP-jéhez.
    .if-not = Ha nem kapott hírt a kórháztól addig, amikorra ígérték, hívja fel a kórházi csapatot.
    .ask =
        Mennyi a várakozási idő ennél a csapatnál?
        Kit hívjak, ha megváltoznak a terveink?

child-referral-worse =
    .title = Ha a gyermeke betegebbnek tűnik
    .body =
        Bízzon az érzéseiben. Ön ismeri legjobban a gyermekét.
        Hívja a 999-et, ha a gyermeke nehezen lélegzik, nagyon nehéz felébreszteni, vagy görcsrohama van. Akkor is hívja a 999-et, ha olyan kiütése van, amely nem halványul el, amikor egy poharat nyom rá.
        Ha a gyermeke betegebbnek tűnik, vagy Ön aggódik, keresse meg a háziorvosi rendelőjét, vagy hívja az NHS 111-et még aznap.
        Szóljon a kórházi csapatnak is. Ott egy orvos megnézheti, kell-e a gyermekét hamarabb megvizsgálni. A GP-je is sürgőssé teheti a beutalót.
    .if-not = Ha a kórházi csapat a következő munkanap végéig nem hívta vissza, hívja fel őket újra. Ne várjon rájuk, ha úgy tűnik, hogy a gyermeke rosszabbul van: hívja a háziorvosi rendelőjét vagy az NHS 111-et még aznap.
    .ask =
        Milyen jelek esetén hívjam Önöket?
        Megvizsgálhatják hamarabb a gyermekemet, ha rosszabbul lesz?

child-referral-visit =
    .title = A gyermeke első időpontja
    .body =
        A gyermekét a gyermekgyógyász vagy a gyermekgyógyászati csapat egy másik tagja vizsgálja meg. Beszélgethetnek mindkettőjükkel, megvizsgálhatják a gyermekét, vagy vizsgálatokat végezhetnek.
        Vigye magával a levelet, a gyermeke gyógyszereinek listáját és a kérdéseit.
        A gyermeke ellátásának minden részéért egy csapatnak kellene felelnie. Ha nem biztos benne, melyik csapat ez, kérdezze meg.
        A nagyobb gyermekek az időpont egy részében talán egyedül szeretnének beszélni az orvossal. A fiatalok gyakran eldönthetik, mit osszanak meg a szüleikkel.
    .if-not = Ha az időpontot lemondják, a kórházi csapatnak új időpontot kellene adnia. Hívja fel őket, ha nem kapott újat.
    .ask =
        Ön szerint mi a probléma?
        Melyik csapat felel a gyermekem ellátásának egyes részeiért?
        Kit hívjak, ha később kérdésem lesz?

child-referral-letter =
    .title = A kórház ír a GP-jének
    .body =
        Az időpont után a kórházi csapat ír a GP-jének, ha a GP-jének tennie kell valamit. Ezt ambuláns levélnek (clinic letter) hívják. Önnek is kellene kapnia egy másolatot.
    .if-not = Ha a háziorvosi rendelője a megadott időre nem kapta meg a levelet, hívja fel a kórházi csapatot. Kérje meg őket, hogy küldjék el.
    .ask =
        Kell valamit tennie a GP-nknek?
        Kaphatok másolatot a levélből?

child-referral-results =
    .title = Vizsgálatok és eredmények
    .body =
        Ha a kórházi csapat vizsgálatot kér, ők nézik meg az eredményt, és ők mondják meg Önnek.
        A gyermekektől gyakran a kórház gyermekrendelésén vesznek vért. Kérdezze meg a csapatot, hová menjen.
        Akárhol végzik is a vizsgálatot, az a csapat mondja meg Önnek az eredményt, amely kérte.
    .if-not = Ha egy eredmény késik, keresse meg azt a csapatot, amely a vizsgálatot kérte.
    .ask =
        Hol végezzék el a gyermekem vizsgálatát?
        Mikor és hogyan mondják meg nekem az eredményeket?
        Kell a gyermekemnek újra találkoznia Önökkel?
