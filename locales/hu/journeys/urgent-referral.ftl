# Journey: an urgent referral, including when cancer is possible. (Útmutató: sürgős beutaló, akkor is, ha rák lehetséges.)
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = A GP-je sürgősen kórházba küldte
    .summary = Mi történik, amikor a GP-je gyorsan kórházba küldi, és kit hívjon, ha nem kap hírt.
    .intro = A GP-je (háziorvosa) azt szeretné, hogy egy kórházi csapat hamarosan megvizsgálja Önt. Ezt sürgős beutalónak (urgent referral) hívják. Lehet, hogy a GP-je azt mondta, hogy azért, hogy megnézzék, nincs-e rákja. A legtöbb embernek, akit így küldenek, nincs rákja. Itt leírjuk, mi történik ezután, és ki mit végez.
    .keywords = sürgős beutaló, sürgős, rák gyanúja, daganat gyanúja, rák, daganat, lehet, hogy rák, rákszűrés, kéthetes várakozás, 2 hetes várakozás, gyorsított, gyorsabb diagnózis, egyenesen vizsgálatra, csomó, hamarosan képalkotó vizsgálat, felhív a kórház, ismeretlen szám, biopszia, szövettan, urgent referral, suspected cancer, two week wait, 2 week wait, fast track, faster diagnosis, straight to test

urgent-referral-sent =
    .title = A GP-je sürgős beutalót küld
    .body =
        A GP-je ír a kórházi csapatnak, és sürgősnek jelöli. Meg kellene mondania Önnek, miért.
        Azért sürgős, hogy ha valami komoly van, azt gyorsan megtalálják, vagy kizárják.
        Néha egyenesen egy vizsgálatra megy, például képalkotó vizsgálatra, mielőtt találkozna egy szakorvossal.
        Győződjön meg róla, hogy a háziorvosi rendelőjénél a helyes telefonszáma és címe van meg.
    .if-not = Ha nem biztos benne, hogy elküldték a beutalót, keresse meg a háziorvosi rendelőjét a következő munkanapon, és kérdezze meg.
    .ask =
        Miért küld sürgősen?
        Milyen vizsgálatra vagy időpontra számítsak?
        Kaphatok erről tájékoztató füzetet?

urgent-referral-contact =
    .title = A kórház hamarosan jelentkezik
    .body =
        A kórház általában néhány napon belül jelentkezik. Ez történhet telefonon, SMS-ben vagy levélben.
        Vegye fel az ismeretlen számokról érkező hívásokat, és nézze meg az üzeneteit. Próbáljon úgy szervezni, hogy rövid időn belül el tudjon menni.
    .if-not = Ha egy hét után sem jelentkezett senki, hívja fel a háziorvosi rendelőjét. Kérje meg őket, hogy nézzék meg, megkapta-e a kórház a beutalót. A kórház időpontfoglaló csapatát is felhívhatja.
    .ask =
        Mikorra kellene hírt kapnom a kórháztól?
        Kit hívjak, ha nem tudok elmenni azon a napon, amelyet adnak?

urgent-referral-tests =
    .title = A kórházi csapat vizsgálatokat végez
    .body =
        A kórházi csapat vizsgálatokat végezhet, például képalkotó vizsgálatot, vérvizsgálatot vagy kamerás vizsgálatot (endoszkópiát). Megmondják, mire való mindegyik.
        Az NHS célja, hogy a beutalástól számított 28 napon belül megmondja Önnek, hogy rákja van-e, vagy nincs. A legtöbb ember hamarabb megtudja.
        Ha tovább tart, a kórházi csapatnak meg kellene mondania, miért, és mi történik ezután.
    .if-not = Ha nem kapott hírt egy eredményről addig, amikorra a csapat ígérte, hívja fel a kórházi csapatot.
    .ask =
        Mire való ez a vizsgálat?
        Mikor kapom meg az eredményt, és ki mondja meg nekem?

urgent-referral-result =
    .title = A kórházi csapat megmondja Önnek az eredményt
    .body =
        A kórházi csapat megmondja Önnek az eredményt. A GP-jének is írnak.
        Ha nem rák, megmondják, mi történik ezután. Lehet, hogy nem kell újra találkoznia velük. Vagy egy másik csapathoz küldhetik.
        Ha rák, egy szakorvosi csapat gondoskodik Önről. Kap egy kijelölt személyt, akit kereshet, gyakran egy szakápolót.
    .if-not = Ha nem mondták meg az eredményét, hívja fel a kórházi csapatot. Ne várja meg, hogy a GP-je mondja meg.
    .ask =
        Kit keressek, ha kérdésem van?
        Vissza kell jönnöm?
        Mire figyeljek a jövőben?

urgent-referral-worse =
    .title = Ha rosszabbul lesz, amíg vár
    .body =
        Ha sokkal rosszabbul lesz, vagy új tünetei vannak, amelyek aggasztják, keresse meg a háziorvosi rendelőjét, vagy hívja az NHS 111-et még aznap.
        Vészhelyzetben hívja a 999-et.
        Szóljon a kórházi csapatnak is, hogy tudjanak róla.
    .if-not = Ha a kórházi csapat a következő munkanap végéig nem hívta vissza, hívja fel őket újra. Ha rosszabbul érzi magát, hívja a háziorvosi rendelőjét vagy az NHS 111-et még aznap.
    .ask =
        Milyen változások esetén hívjam Önöket?
        Kit hívjak éjszaka vagy hétvégén?
