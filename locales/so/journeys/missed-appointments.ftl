# Journey: If you miss or cancel a hospital appointment.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Haddii aad seegto ama joojiso ballan isbitaal
    .summary = Waxa aad samayso haddii aadan tegi karin ballan isbitaal, iyo cidda qabsata mid cusub.
    .intro = Mararka qaarkood ma tegi kartid ballan isbitaal. Halkan waxaa ku qoran waxa aad samayso, iyo cidda diyaarisa maalin cusub. Uma baahnid inaad mar kale ka bilowdo GP-gaaga.
    .keywords = ballan la seegay, seegay, seegid, illaaway, ballantayda ayaan illaaway, jooji, la joojiyay, ma tegi karo, ma awoodo inaan tago, beddel ballanta, dib u dhig ballanta, dib u qabso, maalin cusub, ma imaan, isbitaalka ayaa joojiyay, isbitaalka ayaa dib u dhigay ballantayda, dib loo gudbiyay, dib ugu noqo GP-ga, missed appointment, cancel, cancelled, canceled, reschedule, rebook, new date, did not attend, DNA

missed-appointments-tell =
    .title = U sheeg isbitaalka sida ugu dhakhsaha badan
    .body =
        Haddii aadan tegi karin ballan isbitaal, u sheeg kooxda isbitaalka sida ugu dhakhsaha badan. Isticmaal lambarka ku qoran warqaddaada ama fariintaada qoraalka ah.
        Markaas waxay waqtigaaga siin karaan qof kale.
        Inta aad la hadlayso, weydii maalin cusub.
    .if-not = Haddii aadan heli karin, isku day mar kale. Isbitaallada qaar waxay sidoo kale kuu oggolaadaan inaad ballanta ku beddesho internetka ama fariin qoraal ah.
    .ask =
        Ma heli karaa maalin cusub hadda?
        Ma heli karaa wicitaan taleefan ama muuqaal beddelkeeda?

missed-appointments-rebook =
    .title = Isbitaalku wuxuu qabsadaa maalin cusub
    .body =
        Kooxda isbitaalka ayaa qabsata maalintaada cusub. GP-gaagu ma qabto tan.
        Haddii aad seegtay ballantaada oo aadan u sheegin, wac kooxda isbitaalka sida ugu dhakhsaha badan. U sheeg inaad weli u baahan tahay in lagu arko.
        Isbitaalku waa inaanu kaliya dib kuugu celin GP-gaaga si dib laguu gudbiyo.
    .if-not = Haddii isbitaalku kuu sheego inaad ku noqoto GP-gaaga, weydii sababta. Weydii inay ku siin karaan maalin cusub beddelkeeda.
    .ask =
        Goorma ayay tahay maalintayda cusub?
        Maxaa dhacaya haddii aan seego ballan kale?

missed-appointments-hospital-cancels =
    .title = Haddii isbitaalku joojiyo
    .body =
        Mararka qaarkood isbitaalku waa inuu joojiyo ama dib u dhigo ballantaada.
        Haddii tani dhacdo, kooxda isbitaalku waa inay ku siiyaan maalin cusub. Tani waa shaqadooda, ee ma aha shaqada GP-gaaga.
        Haddii aad ka sii darto inta aad sugayso, u sheeg kooxda isbitaalka. Haddii aad xanuunsan tahay, wac xarunta GP-gaaga ama NHS 111. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii aadan helin maalin cusub, wac kooxda isbitaalka.
    .ask =
        Maxaa ballantayda loo joojiyay?
        Goorma ayaan heli doonaa maalin cusub?
