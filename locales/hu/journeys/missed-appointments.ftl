# Journey: missing or cancelling a hospital visit. (Útmutató: kihagyott vagy lemondott kórházi időpont.)
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Ha kihagy vagy lemond egy kórházi időpontot
    .summary = Mit tegyen, ha nem tud elmenni egy kórházi időpontra, és ki foglal újat.
    .intro = Néha nem tud elmenni egy kórházi időpontra. Itt leírjuk, mit tegyen, és ki intéz új időpontot. Legtöbbször nem kellene újrakezdenie mindent a GP-jénél (háziorvosánál).
    .keywords = kihagyott időpont, kihagytam, elmulasztott időpont, elfelejtettem, elfelejtettem az időpontomat, lemondás, lemondtam, lemondták, nem tudok elmenni, nem érek oda, időpont módosítása, időpont áthelyezése, átütemezés, új időpont, új dátum, nem jelent meg, elbocsátás, elbocsátó levél, a kórház lemondta, lemondott műtét, a kórház áttette az időpontomat, újra beutaltak, vissza a háziorvoshoz, missed appointment, cancel, reschedule, did not attend, DNA, discharge letter

missed-appointments-tell =
    .title = Szóljon a kórháznak, amint tud
    .body =
        Ha nem tud elmenni egy kórházi időpontra, szóljon a kórházi csapatnak, amint tud. Használja a levelén vagy az SMS-ében lévő számot.
        Így az időpontját másnak adhatják.
        Amikor beszél velük, kérjen új időpontot.
    .if-not = Ha nem éri el őket, próbálja újra a következő munkanapon. Néhány kórháznál az időpontot online vagy SMS-ben is módosíthatja.
    .ask =
        Kaphatok most új időpontot?
        Lehet helyette telefonos vagy videóhívás?

missed-appointments-rebook =
    .title = A kórház foglal új időpontot
    .body =
        Az új időpontot a kórházi csapat foglalja le. Nem a GP-je.
        Ha kihagyta az időpontját, és nem szólt nekik, hívja fel a kórházi csapatot, amint tud. Mondja el nekik, hogy továbbra is szüksége van a vizsgálatra.
        Egy kórháznak nem kellene olyan szabályt alkalmaznia, amely mindenkit visszaküld a GP-jéhez, aki kihagy egy időpontot.
    .if-not = Ha a kórház azt mondja, hogy menjen vissza a GP-jéhez, kérdezze meg, miért. Kérdezze meg, adhatnak-e inkább új időpontot.
    .ask =
        Mikor lesz az új időpontom?
        Mi történik, ha kihagyok még egy időpontot?

missed-appointments-discharged =
    .title = Ha levelet kap, hogy elbocsátották
    .body =
        Egy kihagyott időpont után egy kórházi orvos megnézi az iratait. Dönthet úgy, hogy nem kell megvizsgálni Önt. Ekkor levelet küld Önnek és a GP-jének. Ezt elbocsátó levélnek (discharge letter) hívják.
        Ha még mindig megvan a problémája, először a kórházi csapatot hívja fel. Mondja el nekik, miért hagyta ki az időpontot. Kérdezze meg, megvizsgálhatják-e.
        Ha nem tudják, keresse meg a háziorvosi rendelőjét. A GP-je újra beutalhatja, ha még szüksége van rá.
    .if-not = Ha nem biztos benne, hogy még rajta van-e a listán, hívja fel a kórházi csapatot, és kérdezze meg. Ne várjon arra, hogy kiderüljön.
    .ask =
        Rajta vagyok még a listájukon?
        Megvizsgálnának most, hogy elmagyaráztam?

missed-appointments-hospital-cancels =
    .title = Ha a kórház mondja le
    .body =
        Néha a kórháznak le kell mondania vagy át kell tennie az időpontját.
        Ha ez történik, a kórházi csapatnak új időpontot kellene adnia. Ez az ő dolguk, nem a GP-jéé.
        Előfordulhat, hogy a kórház a műtét napján mondja le a műtétjét, olyan okból, amely nem az egészségével kapcsolatos. Ilyenkor 28 napon belül új időpontot kellene felajánlania. Ha nem tudja, fizetnie kellene azért, hogy egy másik kórházban végezzék el.
        Ha rosszabbul lesz, amíg vár, keresse meg a háziorvosi rendelőjét vagy az NHS 111-et még aznap, és szóljon a kórházi csapatnak. Vészhelyzetben hívja a 999-et.
    .if-not = Ha nem kapott új időpontot, hívja fel a kórházi csapatot.
    .ask =
        Miért mondták le az időpontomat?
        Mikor kapok új időpontot?
