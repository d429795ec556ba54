# Journey: moving from children's to adult care. Written for young people. (Útmutató fiataloknak; a formális "Ön" megszólítás az egész oldalon egységes.)
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Átkerülés a gyermekellátásból a felnőttellátásba
    .summary = Ki tervezi meg az átkerülését a felnőttellátásba, és kit keressen előtte és utána.
    .intro = Önnek olyan egészségügyi problémája van, amely hosszú ideig tart. Ezt tartós betegségnek (long-term condition) hívják. Ahogy idősebb lesz, az ellátása a gyermekgyógyászati csapattól a felnőtteket ellátó szolgáltatásokhoz kerül. Itt leírjuk, ki mit végez.
    .keywords = átkerülés a felnőttellátásba, felnőttellátás, felnőtt szolgáltatások, átmenet, átadás, felnőtté válás, 16 éves leszek, 18 éves leszek, kamasz, tinédzser, fiatal, fiatal felnőtt, gyermekkórház, tartós betegség, krónikus betegség, felnőtt szakrendelés, a gyermekellátás elhagyása, transition, adult services, young person, long-term condition

moving-to-adult-care-plan =
    .title = A gyermekgyógyászati csapata megtervezi az átkerülést
    .body =
        A kórházi gyermekgyógyászati csapata megtervezi az átkerülését a felnőttellátásba. Legkésőbb a 9. évfolyamban (Year 9), amikor 13 vagy 14 éves, el kellene kezdeniük beszélni Önnel erről.
        Kellene lennie egy kijelölt kapcsolattartójának (named worker), aki segít a tervezésben. Kérdezze meg, ki az.
        Ha szeretné, magával viheti egy szülőjét vagy gondozóját. Azt is kérheti, hogy minden időpont egy részében egyedül beszélhessen az orvossal.
    .if-not = Ha senki sem beszélt Önnel az átkerülésről, kérdezze meg a gyermekgyógyászati csapatát. A következő időpontján is megkérdezheti.
    .ask =
        Mikor kerülök át a felnőttellátásba?
        Ki a kijelölt kapcsolattartóm?
        Beszélhetek Önnel egyedül az időpont egy részében?

moving-to-adult-care-before =
    .title = Az átkerülés előtt
    .body =
        Az átkerülésig továbbra is a gyermekgyógyászati csapata felel az ellátásáért.
        Az átkerülés előtt lehetőséget kellene kapnia, hogy találkozzon valakivel a felnőtteket ellátó csapatból.
        Keresse meg a gyermekgyógyászati csapatát, ha kérdése van, vagy ha az állapota rosszabbodik. Ha rosszul érzi magát, és nem biztos benne, mit tegyen, hívja a háziorvosi rendelőjét (GP practice) vagy az NHS 111-et még aznap. Vészhelyzetben hívja a 999-et.
    .if-not = Ha a gyermekgyógyászati csapat a következő munkanap végéig nem hívta vissza, hívja fel őket újra. Ha rosszabbul érzi magát, hívja az NHS 111-et vagy a GP-jét (háziorvosát) még aznap.
    .ask =
        Kit keressek az átkerülésig?
        Találkozhatok a felnőtteket ellátó csapattal az átkerülés előtt?

moving-to-adult-care-adult-team =
    .title = A felnőtteket ellátó csapat veszi át
    .body =
        Az átkerülés után egy kórházi, felnőtteket ellátó csapat foglalkozhat a betegségével.
        A kijelölt kapcsolattartójának az átkerülés után körülbelül 6 hónapig tartania kellene Önnel a kapcsolatot, hogy megnézze, jól ment-e minden.
        Az ellátása minden részéért egy csapatnak kellene felelnie. Tudnia kellene, melyik csapat ez. Tartsa a telefonszámukat biztos helyen.
    .if-not = Ha nem tudja, ki felel most az ellátásáért, kérdezze meg a kijelölt kapcsolattartóját. Vagy kérdezze meg a háziorvosi rendelőjét.
    .ask =
        Melyik csapat felel most az ellátásomért?
        Hogyan érhetem el Önöket?
        Milyen gyakran fogok Önökkel találkozni?

moving-to-adult-care-gp =
    .title = Lehet, hogy a GP-je lesz a fő orvosa
    .body =
        Ekkor lehet, hogy a GP-je lesz a fő orvosa. Ez azt jelenti, hogy a háziorvosi rendelője az ellátása nagyobb részével foglalkozik.
        Kérdezze meg a gyermekgyógyászati csapatát, hogy Önnél így lesz-e.
        Új egészségügyi problémákkal is a háziorvosi rendelőjéhez forduljon.
    .if-not = Ha nem tudja biztosan, hogy most már a GP-je a fő orvosa vagy nem, kérdezze meg a háziorvosi rendelőjét.
    .ask =
        Most már Ön a fő orvosom?
        Megvannak Önnél a kórházi leveleim?
        Kit hívjak, ha az állapotom rosszabbodik?
