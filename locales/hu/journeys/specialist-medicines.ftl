# Journey: a hospital specialist starts a new medicine. (Útmutató: egy kórházi szakorvos új gyógyszert kezd.)
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Egy kórházi orvos új gyógyszert kezdett Önnél
    .summary = Ki adja a gyógyszert, ki ad belőle többet, és kit kérdezzen a mellékhatásokról és az ellenőrzésekről.
    .intro = Egy kórházi szakorvos új gyógyszert kezdett Önnél. A szakorvos olyan orvos, aki sokat tud egy bizonyos fajta egészségügyi problémáról. Itt leírjuk, ki adja Önnek a gyógyszert, és ki ad belőle többet. Azt is leírjuk, kit kérdezzen, ha gondja van vele.
    .keywords = recept, tabletták, gyógyszer, új gyógyszer, a szakorvos új gyógyszert kezdett, szakrendelési gyógyszer, ismételt recept, megosztott ellátás, megosztott ellátási megállapodás, mellékhatások, vérvizsgálat, ellenőrzés, kifogyok, elfogy, kórházi recept, szakorvosi gyógyszer, gyógyszertár, prescription, repeat prescription, shared care, side effects, monitoring, pharmacy

specialist-medicines-start =
    .title = Az első adagot a kórház adja
    .body =
        Egy kórházi szakorvos úgy dönt, hogy új gyógyszerre van szüksége.
        Ha most kell elkezdenie, az első adagot a kórház adja. Ezért nem kell a GP-jéhez (háziorvosához) mennie.
        Egy kórházi tartózkodás után legalább 7 napra elegendőt kap belőle, vagy az egészet, ha a kúra rövidebb.
        Egy szakrendelési időpont után a kórház egyelőre elegendőt ad, ha azonnal szüksége van rá. Vagy az ambuláns levél (clinic letter) megkéri a GP-jét, hogy írja fel.
    .if-not = Ha azt mondták, hogy most kezdjen el egy gyógyszert, de nem kapta meg, hívja fel a kórházi csapatot.
    .ask =
        Mire való ez a gyógyszer?
        Mikor és hogyan szedjem?
        Önök adják, vagy a GP-m?

specialist-medicines-gp =
    .title = Utána a legtöbb gyógyszert a GP-je írja fel
    .body =
        A legtöbb gyógyszernél az ambuláns levél megkéri a GP-jét, hogy írjon fel belőle többet. A recept az a papír, amellyel gyógyszert kaphat.
        Várjon, amíg a háziorvosi rendelője megkapja a levelet. Utána kérje meg őket, hogy vegyék fel a gyógyszert az ismételt receptjei (repeat prescriptions) közé.
        Minden ismételt receptet időben rendeljen meg, hogy ne fogyjon ki.
    .if-not = Ha a háziorvosi rendelője nem kapta meg a levelet, és hamarosan kifogy, hívja fel a kórházi csapatot. Kérje meg őket, hogy küldjék el a levelet, vagy adjanak többet.
    .ask =
        Elküldték a levelet a GP-mnek?
        Mennyit adnak addig?

specialist-medicines-shared-care =
    .title = Gyógyszerek, amelyeket szakorvosnak kell ellenőriznie
    .body =
        Néhány gyógyszernél szakorvosnak kell figyelnie. Ha a kórház kezdett el egy ilyet, a kórház adja tovább Önnek.
        Néha a kórház megkéri a GP-jét, hogy vegye át. Ehhez megosztott ellátási megállapodás (shared care agreement) kell. Ez egy terv, amelybe a kórház, a GP-je és Ön is beleegyezik.
        A GP-jének nem kötelező igent mondania. Amíg mindenki bele nem egyezett, a kórház ad többet.
    .if-not = Ha hamarosan kifogy, és senki sem adott többet, hívja fel a kórházi csapatot. Ezt tegye meg, mielőtt kifogy.
    .ask =
        Önök adják tovább ezt a gyógyszert, vagy a GP-m?
        Beleegyezett a GP-m a megosztott ellátásba?
        Hogyan kérhetek többet?

specialist-medicines-checks =
    .title = Vérvizsgálatok a gyógyszere ellenőrzésére
    .body =
        Néhány gyógyszernél vérvizsgálat kell, hogy kiderüljön, biztonságos-e Önnek. Kérdezze meg, hogy az Önénél kell-e.
        Kérdezze meg, ki végzi a vizsgálatokat, és milyen gyakran.
        Az a csapat nézi meg az eredményt, amely a vizsgálatot kéri. Ők mondják meg, mit jelent.
    .if-not = Ha egy eredmény késik, keresse meg azt a csapatot, amely a vizsgálatot kérte. Kérdezze meg őket, mit mutatott.
    .ask =
        Kell vérvizsgálat ehhez a gyógyszerhez?
        Ki végzi, és milyen gyakran?
        Ki mondja meg nekem az eredményeket?

specialist-medicines-problems =
    .title = Ha gondja van vele
    .body =
        Ha úgy gondolja, hogy a gyógyszer problémát okoz, hívja fel azt a kórházi csapatot, amely elkezdte.
        Néhány gyógyszerhez, például a rák elleni gyógyszerekhez, éjjel-nappal elérhető segélyvonal tartozik. Ha a csapat adott ilyet, használja.
        Ha nagyon rosszul érzi magát, hívja az NHS 111-et vagy a háziorvosi rendelőjét még aznap. Vészhelyzetben hívja a 999-et.
    .if-not = Ha a kórházi csapat a következő munkanap végéig nem hívta vissza, hívja fel őket újra. Ha rosszabbul érzi magát, hívja az NHS 111-et vagy a GP-jét még aznap.
    .ask =
        Milyen mellékhatások esetén hívjam Önöket?
        Van segélyvonal ehhez a gyógyszerhez?
        Mit tegyek, ha kihagyok egy adagot?
