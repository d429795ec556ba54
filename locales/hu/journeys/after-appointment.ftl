# Journey: after a hospital clinic visit. (Útmutató: egy kórházi szakrendelés után.)
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Miután egy kórházi csapatnál járt
    .summary = Mi történik, miután egy kórházi csapatnál járt, és ki mit végez.
    .intro = Egy kórházi csapatnál járt egy szakrendelésen. Itt leírjuk, mi történik ezután. Azt is leírjuk, ki mit végez, és kit kérdezzen.
    .keywords = időpont után, szakrendelés után, járóbeteg, ambuláns levél, levél a háziorvosnak, kórházi levél, főorvosi levél, kontroll, következő időpont, visszamenni, további vizsgálatok, a levél vizsgálatot kér a háziorvostól, ki foglalja a vizsgálatot, eredmények, kit keressek, kit kérdezzek, kérdések, panasz, panaszt tenni, PALS, betegtanácsadó, probléma a kórházzal, háziorvos és kórház, kérdezze a háziorvost, másik csapathoz küldtek, after appointment, clinic letter, follow-up, complaint

after-appointment-letter =
    .title = A kórház ír a GP-jének
    .body =
        Az időpontja után a kórházi csapat levelet ír róla. Ezt ambuláns levélnek (clinic letter) hívják.
        Ha a GP-jének (háziorvosának) tennie kell valamit, a levél leírja, mit. Önnek is kellene kapnia egy másolatot.
        A terve többi részét a kórházi csapat maga végzi el.
    .if-not = Ha a háziorvosi rendelője a megadott időre nem kapta meg a levelet, hívja fel a kórházi csapatot. Kérje meg őket, hogy küldjék el.
    .ask =
        Kell valamit tennie a GP-mnek?
        Kaphatok másolatot a levélből?
        Ki végzi a tervem egyes részeit?

after-appointment-gp-task =
    .title = Ha a levél azt kéri, hogy a GP-je tegyen valamit
    .body =
        Néha a levél azt kéri a GP-jétől, hogy végezzen el egy feladatot, például egy vizsgálatot vagy egy új receptet.
        Várjon, amíg a levél megérkezik a GP-jéhez. Utána keresse meg a háziorvosi rendelőjét, hogy időpontot foglaljon, vagy rákérdezzen.
        Ha a kórházi csapat maga kért egy vizsgálatot, meg kellene mondaniuk, hogyan foglaljon rá időpontot. Az eredményt is ők adják meg Önnek.
    .if-not = Ha a háziorvosi rendelője nem biztos benne, mit kér a levél, megkérdezhetik a kórházi csapatot. Ön is felhívhatja a kórházi csapatot.
    .ask =
        Ki foglalja le ezt a vizsgálatot, Önök vagy a GP-m?
        Ki mondja meg nekem az eredményt?

after-appointment-tests =
    .title = A kórház elvégzi a saját vizsgálatait
    .body =
        Ha a kórházi csapat azt szeretné, hogy további vizsgálatokon vegyen részt, ők kérik ezeket. Ők nézik meg az eredményeket, és ők mondják meg, mit jelentenek.
        Az, hogy hol végzik a vizsgálatot, attól függ, hol lakik. Kérdezze meg a kórházi csapatot, hová menjen.
        Akárhol végzik is a vizsgálatot, az a kórházi csapat mondja meg Önnek az eredményt, amely kérte.
    .if-not = Ha addig, amikorra ígérték, nem kapott hírt egy eredményről, hívja fel a kórházi csapatot.
    .ask =
        Miért van szükségem erre a vizsgálatra?
        Hová menjek rá?
        Hogyan és mikor mondják meg nekem az eredményt?

after-appointment-next =
    .title = Ha vissza kell mennie
    .body =
        Ha újra találkoznia kell a csapattal, meg kellene mondaniuk, hogyan lesz ez megszervezve. Ha a kórház újra látni akarja Önt, maga foglalja le az időpontot vagy a vizsgálatot.
        Néhány csapat azt kéri, hogy inkább Ön jelentkezzen, amikor szüksége van rájuk. Ezt a beteg által kezdeményezett kontrollnak (patient initiated follow-up) hívják. Kérdezze meg, meddig teheti ezt meg. A kontrollról szóló útmutató többet mond erről.
        Ha egy kapcsolódó probléma miatt egy másik kórházi csapathoz kell mennie, a kórházi csapat küldi oda. Nem kell előtte visszamennie a GP-jéhez.
    .if-not = Azt mondták, hogy a kórház foglalja le a következő időpontját? Ha addig, amikorra mondták, nem kapott semmilyen hírt, hívja fel a kórházi csapatot.
    .ask =
        Vissza kell jönnöm, és mikor?
        Önök foglalják le a következő időpontomat, vagy nekem kell jelentkeznem?
        Kell más csapathoz is mennem?

after-appointment-questions =
    .title = Ha kérdése van
    .body =
        A kórháznak meg kell mondania, hogyan veheti fel vele a kapcsolatot. Nézze meg az ambuláns levelén vagy a kórház honlapján.
        Ha kérdése van a kórházi ellátásáról, kérdezze a kórházi csapatot. Nekik maguknak kellene válaszolniuk rá. Nem kellene azt mondaniuk, hogy kérdezze a GP-jét.
    .if-not = Ha nem kap választ, kérje a kórház betegtanácsadó csapatát. Ők segítenek, ha valami rosszul megy.
    .ask =
        Hogyan érhetem el Önöket a legjobban?
        Kit kérdezzek az új gyógyszereimről?

after-appointment-problems =
    .title = Ha valami rosszul megy
    .body =
        Néha valami rosszul megy a GP-je és a kórház között. Például mindkettő azt mondhatja, hogy a másiknak kell elvégeznie egy feladatot.
        Ha ez történik, kérje a kórház betegtanácsadó csapatát. Ezt gyakran PALS-nak hívják. Ők segítenek, ha valami rosszul megy.
        Minden kórháznak van egy kijelölt felelőse is. Az ő dolga segíteni, hogy a kórház és a háziorvosi rendelők jól együttműködjenek.
    .if-not = Ha a betegtanácsadó csapat nem tud segíteni, kérdezze meg őket, hogyan tehet panaszt. A háziorvosi rendelőjének is elmondhatja.
    .ask =
        Ki fogja ezt elrendezni?
        Szólna erről annak a felelősnek, aki a háziorvosi rendelőkkel dolgozik?
