# Journey: the hospital sends you on to another team. (Útmutató: a kórház egy másik csapathoz küldi tovább.)
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = A kórház egy másik csapathoz küldi
    .summary = Amikor egy kórházi csapat egyenesen egy másik csapathoz küldi, anélkül hogy visszamenne a GP-jéhez.
    .intro = Néha egy kórházi csapat rájön, hogy egy másik csapathoz kell mennie. Gyakran ők maguk küldhetik oda. Itt leírjuk, hogyan működik ez, és kit kérdezzen.
    .keywords = továbbküldés, továbbküldtek, tovább beutaltak, másik csapat, másik szakorvos, más szakorvos, második szakorvos, másik osztály, másik szakrendelés, új probléma, kapcsolódó probléma, sürgős vizsgálatok, sürgős kezelés, kórházi beutaló, kell mennem a háziorvoshoz, vissza a háziorvoshoz, átadás, onward referral, referred on, another team, transfer

onward-referral-direct =
    .title = A kórház egyenesen oda küldi
    .body =
        A kórházi csapat rájöhet, hogy egy másik csapathoz kell mennie. Ők maguk küldik oda, ha az új probléma kapcsolódik ahhoz, amiért először beutalták.
        Akkor is így tesznek, ha sürgős vizsgálatokra vagy kezelésre van szüksége. Például ha úgy gondolják, hogy rákja lehet.
        Ehhez nem kell visszamennie a GP-jéhez (háziorvosához).
    .if-not = A kórházi csapat azt mondja, hogy menjen vissza a GP-jéhez? Ha a probléma kapcsolódó vagy sürgős, kérje meg őket, hogy ők maguk küldjék tovább.
    .ask =
        Melyik csapathoz küld, és miért?
        Sürgős?
        Szól a GP-mnek?

onward-referral-hear =
    .title = Az új csapat jelentkezik
    .body =
        Az új csapat jelentkezik, hogy lefoglalja az időpontját. Ez gyakran levélben, SMS-ben vagy telefonon történik.
        Tartsa naprakészen az elérhetőségeit a kórháznál, hogy az új csapat elérhesse.
        Ha nem biztos benne, hogy egy SMS vagy hívás tényleg a kórháztól jön, hívja fel a kórházi levelén lévő számot.
    .if-not = Ha nem kapott hírt addig, amikorra ígérték, hívja fel azt a csapatot, amely továbbküldte. Kérje meg őket, hogy nézzék meg, elküldték-e a beutalót.
    .ask =
        Mikorra kellene hírt kapnom az új csapattól?
        Hogyan fognak jelentkezni?

onward-referral-questions =
    .title = Kit hívjon, ha kérdése van
    .body =
        Ha kérdése van arról, miért küldték tovább, hívja fel azt a csapatot, amely továbbküldte.
        Ha kérdése van az új időpontjáról, hívja fel az új csapatot. A számuk rajta van a levelén vagy az SMS-ében.
        Mindkét csapatnak maguknak kellene válaszolniuk a kérdéseire. Nem kellene azt mondaniuk, hogy kérdezze a GP-jét.
        Ha sokkal rosszabbul lesz, amíg vár, keresse meg a háziorvosi rendelőjét vagy az NHS 111-et még aznap, és szóljon a kórházi csapatnak. Vészhelyzetben hívja a 999-et.
    .if-not = Ha nem kap választ, kérje a kórház betegtanácsadó csapatát. Ők segítenek, ha valami rosszul megy.
    .ask =
        Ki felel most az ellátásomért?
        Kit hívjak, ha rosszabbul leszek?

onward-referral-not-linked =
    .title = Ha az új probléma nem kapcsolódik
    .body =
        Ha az új probléma nem kapcsolódik, és nem sürgős, lehet, hogy a kórházi csapat nem küldi tovább. Lehet, hogy inkább írnak róla a GP-jének.
        Kérdezze meg a kórházi csapatot, mit tegyen ezután.
        Bármilyen új problémával, amely aggasztja, mehet a GP-jéhez, mint általában.
    .if-not = Ha nem biztos benne, ki foglalkozik az új problémával, kérdezze meg a kórházi csapatot. A háziorvosi rendelőjét is megkérdezheti.
    .ask =
        Ki fog foglalkozni ezzel az új problémával?
        Ír erről a GP-mnek?
