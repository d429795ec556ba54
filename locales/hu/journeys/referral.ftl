# Journey: Your GP has referred you to a hospital team. (Útmutató: a GP beutalta egy kórházi csapathoz.)
# Structure and sources: src/journeys/referral.rs

referral =
    .title = A GP-je egy kórházi csapathoz küldte
    .summary = Ki foglalja le az első időpontját, kit hívjon, amíg vár, és mit tegyen, ha rosszabbul lesz.
    .intro = A GP-je (háziorvosa) úgy gondolja, hogy egy kórházi csapatnak meg kellene vizsgálnia Önt. Ezt beutalónak (referral) hívják. Itt leírjuk, mi történik ezután, és ki mit végez. Ha a GP-je azt mondta, hogy sürgős, vagy hogy rák is lehet, olvassa el a sürgős beutalóról szóló útmutatót.
    .keywords = beutaló, beutalás, beutaltak, szakorvos, kórházi levél, e-beutaló, időpontfoglalás, időpont, főorvos, rendelés, szakrendelés, várólista, nem sürgős beutaló, referral, referred, specialist, e-referral, booking, appointment, consultant, clinic, waiting list

referral-sent =
    .title = A GP-je elküldi a beutalót
    .body =
        A GP-je (háziorvosa) ír a kórházi csapatnak. Leírja, mi a probléma, és miért kell megvizsgálni Önt.
        A GP-je azt is leírja, milyen hamar kell megvizsgálni Önt. A beutaló lehet nem sürgős vagy sürgős.
        Néha a kórház először vizsgálatokat kér, például vérvizsgálatot. Ilyenkor a GP-je ezeket elvégzi, mielőtt elküldi a beutalót.
        Gyakran Ön választhatja ki, melyik kórházba megy. Kérdezze meg a GP-jét, amikor beutalja.
    .if-not = Kérdezze meg a GP-jét, mikorra kellene hírt kapnia a beutalóról. Ha addig nem kap semmilyen hírt, keresse meg a háziorvosi rendelőjét. Kérdezze meg, elküldték-e a beutalót.
    .ask =
        Melyik kórházi csapathoz küld engem?
        Nem sürgős vagy sürgős a beutalóm?
        Kiválaszthatom, melyik kórházba megyek?
        Kell előtte valamilyen vizsgálat?

referral-booking =
    .title = Levelet, e-mailt vagy SMS-t kap az időpontfoglaláshoz
    .body =
        Kaphat egy levelet, amelyben egy foglalási szám és egy jelszó van. Tegye el biztos helyre.
        Vagy kaphat e-mailt vagy SMS-t. Ebben egy link van, amellyel az NHS App alkalmazásban vagy az NHS website honlapon foglalhat időpontot.
        Ezzel kiválaszthat egy napot és időt, vagy felhívhatja az időpontfoglaló csapatot.
        Néhány SMS, amely úgy néz ki, mintha az NHS-től jönne, csalás. Az NHS nem kéri, hogy fizessen, vagy adja meg a bankadatait az időpontfoglaláshoz. Ha nem biztos benne, ne használja a linket. Hívja fel a levelén lévő számot, vagy kérdezze meg a háziorvosi rendelőjét.
    .if-not = Ha addig, amikorra a GP-je mondta, semmi sem érkezett, hívja fel a beutaló levelén lévő számot. Ha nincs levele, kérdezze meg a háziorvosi rendelőjét.
    .ask =
        Lehet helyette telefonos vagy videóhívás?
        Vihetek magammal valakit?

referral-waiting =
    .title = Várja az első időpontját
    .body =
        A kórházi csapat vigyáz az Ön helyére a várólistán.
        A kórház küldhet SMS-t, hogy megkérdezze, kell-e még Önnek a vizsgálat. Ha tud, válaszoljon. Ha nem válaszol, hívja fel a kórházi csapatot. Nem veszik le a listáról csak azért, mert nem válaszolt.
        Az egyes kórházak átlagos várakozási idejét megnézheti a My Planned Care honlapon. Ez csak egy átlag.
        Ha kérdése van az időpontjáról, kérdezze a kórházi csapatot. Nekik kellene válaszolniuk Önnek, nem pedig visszaküldeniük a GP-jéhez.
    .if-not = Ha nem kapott hírt a kórháztól addig, amikorra ígérték, hívja fel a kórházi csapatot.
    .ask =
        Mennyi a várakozási idő ennél a csapatnál?
        Kit hívjak, ha megváltoznak a terveim?

referral-worse =
    .title = Ha rosszabbul lesz, amíg vár
    .body =
        Ha sokkal rosszabbul lesz, vagy új tünetei vannak, amelyek aggasztják, keresse meg a háziorvosi rendelőjét, vagy hívja az NHS 111-et még aznap.
        Vészhelyzetben hívja a 999-et.
        Szóljon a kórházi csapatnak is. Ott egy orvos megnézheti, kell-e Önt hamarabb megvizsgálni.
        A GP-je is kérheti a kórháztól, hogy hamarabb vizsgálják meg, vagy sürgőssé teheti a beutalót.
    .if-not = Ha a kórházi csapat a következő munkanap végéig nem hívta vissza, hívja fel őket újra. Ne várjon rájuk, ha rosszabbul érzi magát: hívja a háziorvosi rendelőjét vagy az NHS 111-et még aznap.
    .ask =
        Milyen változások esetén hívjam Önöket?
        Megvizsgálhatnak hamarabb, ha rosszabbul leszek?

referral-appointment =
    .title = Az első időpontja
    .body =
        Találkozik a kórházi csapattal. Beszélgethetnek Önnel, megvizsgálhatják, vagy vizsgálatokat végezhetnek.
        Vigye magával a levelét, a gyógyszerei listáját és a kérdéseit.
        Ha nem tud elmenni, szóljon a kórházi csapatnak, amint tud, hogy az időpontját másnak adhassák.
    .if-not = Ha az időpontját lemondják, a kórházi csapatnak új időpontot kellene adnia. Hívja fel őket, ha nem kapott újat.
    .ask =
        Ön szerint mi a probléma?
        Mi történik ezután, és ki fogja végezni?
        Kit hívjak, ha később kérdésem lesz?

referral-letter =
    .title = A kórház ír a GP-jének
    .body =
        Az időpontja után a kórházi csapat ír a GP-jének, ha a GP-jének tennie kell valamit. Ezt ambuláns levélnek (clinic letter) hívják. Önnek is kellene kapnia egy másolatot.
    .if-not = Ha a háziorvosi rendelője a megadott időre nem kapta meg a levelet, hívja fel a kórházi csapatot. Kérje meg őket, hogy küldjék el.
    .ask =
        Kapok másolatot a levélből?
        Kell valamit tennie a GP-mnek?

referral-after =
    .title = Mit tesz ezután a kórház
    .body =
        Ha további vizsgálatokra van szüksége, a kórházi csapat kéri ezeket. Ők mondják meg Önnek az eredményeket.
        Ha vissza kell mennie, a kórházi csapatnak meg kellene mondania, hogyan lesz ez megszervezve. Néha Önnek kell felvennie velük a kapcsolatot.
        Ha egy kapcsolódó probléma miatt egy másik kórházi csapathoz kell mennie, a kórház küldi oda. Nem kell előtte visszamennie a GP-jéhez.
    .if-not = Ha azt mondták, hogy hírt kap egy vizsgálatról vagy egy időpontról, de nem kapott, hívja fel a kórházi csapatot.
    .ask =
        Kell még egyszer találkoznom Önökkel?
        Önök foglalják le, vagy nekem kell jelentkeznem?
        Ki mondja meg nekem a vizsgálati eredményeimet?
