# Journey: your test results. (Útmutató: a vizsgálati eredményei.)
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = A vizsgálati eredményei
    .summary = Ki mondja meg Önnek a vizsgálati eredményét, és mit tegyen, ha nem kapott hírt.
    .intro = Egy vizsgálat segít kideríteni, mi a baj, vagy megmutatja, hogy van. Az a csapat mondja meg Önnek az eredményt, amely a vizsgálatot kérte. Itt leírjuk, minek kellene történnie.
    .keywords = vizsgálati eredmény, eredmények, lelet, vérvizsgálat, vérkép, laboreredmény, vérvétel, képalkotó vizsgálat, ultrahang, CT, MRI, röntgen, vizeletvizsgálat, minta, szövettan, biopszia, eredményre várok, nincs eredmény, nem kaptam hírt, eredmény sürgetése, ki mondja meg az eredményemet, eredmény az NHS App alkalmazásban, kóros eredmény, rendellenes eredmény, kórházi vizsgálat, vizsgálat a háziorvosnál, mit jelent az eredményem, test results, blood test, scan, x-ray, NHS App

test-results-asked =
    .title = Megmondják, miért kell egy vizsgálat
    .body =
        Egy kórházi csapat kérheti, hogy menjen el egy vizsgálatra. Ez lehet vérvizsgálat, röntgen vagy képalkotó vizsgálat (például ultrahang, CT vagy MRI).
        Meg kellene mondaniuk, miért van rá szüksége, és mit mutathat ki.
        Azt is meg kellene mondaniuk, hogyan tudja meg az eredményt, ki mondja meg Önnek, és mikorra.
        Ha a GP-je (háziorvosa) kéri a vizsgálatot, akkor a háziorvosi rendelőjének kellene ezeket megmondania.
    .if-not = Ha nem mondták meg, hogyan kapja meg az eredményt, kérdezze meg azt a csapatot, amely a vizsgálatot kérte.
    .ask =
        Miért van szükségem erre a vizsgálatra?
        Mit mutathat ki?
        Ki mondja meg nekem az eredményt, és mikor?

test-results-taken =
    .title = Elvégzik a vizsgálatot
    .body =
        Az, hogy hol végzik el a vizsgálatot, attól függ, hol lakik. Lehet a kórházban, egy közeli vérvételi helyen, vagy a háziorvosi rendelőben.
        Sok háziorvosi rendelő nem tud vért venni olyan vizsgálatokhoz, amelyeket a kórház kért. Kérdezze meg azt a csapatot, amely a vizsgálatot kérte, hová menjen.
        Akárhol végzik is el, az eredmény ahhoz a csapathoz kerül, amely kérte.
        Az eredmény megérkezése napokig vagy hetekig is tarthat. Ez a vizsgálattól függ.
    .if-not = Ha nem tud elmenni a vizsgálatra, szóljon annak a helynek, amely lefoglalta, amint tud. Kérjen új időpontot.
    .ask =
        Hová menjek a vizsgálatra?
        Kell előtte valamit tennem, például nem enni?

test-results-app =
    .title = Lehet, hogy az eredményt előbb az NHS App alkalmazásban látja
    .body =
        Sok eredmény ma már magától megjelenik az NHS App alkalmazásban. Lehet, hogy előbb látja az eredményt, mint hogy bárki beszélt volna Önnel róla.
        Ha egy eredmény nem normálisnak van jelölve, az nem mindig súlyos. Néhány eredmény egy kicsit kívül esik a normál tartományon, és mégis rendben van.
        Ha egy eredmény aggasztja, keresse meg azt a csapatot, amely a vizsgálatot kérte. Ők meg tudják mondani, mit jelent ez Önnek.
    .if-not = Ha nem éri el a csapatot, és aggódik, hívja a háziorvosi rendelőjét vagy az NHS 111-et. Vészhelyzetben hívja a 999-et.
    .ask =
        Megjelenik az eredményem az NHS App alkalmazásban?
        Beszél velem valaki, mielőtt meglátom?

test-results-told =
    .title = A csapat megmondja Önnek az eredményt
    .body =
        Az a csapat, amely a vizsgálatot kérte, megnézi az eredményt. Ők döntik el, mi legyen a következő lépés, és ők mondják meg Önnek.
        Ha egy kórházi csapat kérte, a kórházi csapat mondja meg Önnek. Ez akkor is így van, ha a vért a háziorvosi rendelőben vették le.
        A GP-je lehet, hogy látja az eredményt, de az a csapat magyarázza el, amely kérte.
    .if-not = Ha addig, amikorra ígérték, nem kapott hírt, keresse meg azt a csapatot, amely a vizsgálatot kérte.
    .ask =
        Mit jelent az eredményem?
        Mi történik ezután?
        Kell valamit tennie a GP-mnek?

test-results-chase =
    .title = Ha nem kapott hírt
    .body =
        Ha a megadott idő eltelt, keresse meg azt a csapatot, amely a vizsgálatot kérte. Ne csak várjon.
        Ha egy kórházi csapat kérte, hívja fel a kórházi csapatot. Ha a GP-je kérte, keresse meg a háziorvosi rendelőjét.
        Ha rosszabbul érzi magát, amíg vár, hívja a háziorvosi rendelőjét vagy az NHS 111-et még aznap. Vészhelyzetben hívja a 999-et.
    .if-not = Ha a kórháztól még mindig nem kap választ, kérje a kórház betegtanácsadó csapatát. Ők segítenek, ha valami rosszul megy.
    .ask =
        Mikorra kellett volna hírt kapnom?
        Ki tud beszélni velem az eredményemről?
