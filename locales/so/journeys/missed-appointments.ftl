# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Haddii aad seegto ama joojiso ballan isbitaal
    .summary = Waxa aad samayso haddii aadan tegi karin ballan isbitaal, iyo cidda qabsata mid cusub.
    .intro = Mararka qaarkood ma tegi kartid ballan isbitaal. Halkan waxaa ku qoran waxa aad samayso, iyo cidda diyaarisa maalin cusub. Inta badan waa inaadan u baahnaan inaad mar kale ka bilowdo GP-gaaga.
    .keywords = ballan la seegay, seegay, seegid, illaaway, ballantayda ayaan illaaway, jooji, la joojiyay, ma tegi karo, ma awoodo inaan tago, beddel ballanta, dib u dhig ballanta, dib u qabso, maalin cusub, ma imaan, laga saaray liiska, warqadda laga saaray (discharge letter), isbitaalka ayaa joojiyay, qalliinka waa la joojiyay, isbitaalka ayaa dib u dhigay ballantayda, dib loo gudbiyay, dib ugu noqo GP-ga, missed appointment, cancel, cancelled, canceled, reschedule, rebook, new date, did not attend, DNA, discharged, discharge letter, operation cancelled, surgery cancelled

missed-appointments-tell =
    .title = U sheeg isbitaalka sida ugu dhakhsaha badan
    .body =
        Haddii aadan tegi karin ballan isbitaal, u sheeg kooxda isbitaalka sida ugu dhakhsaha badan. Isticmaal lambarka ku qoran warqaddaada ama fariintaada qoraalka ah.
        Markaas waxay waqtigaaga siin karaan qof kale.
        Inta aad la hadlayso, weydii maalin cusub.
    .if-not = Haddii aadan heli karin, mar kale isku day maalinta shaqo ee xigta. Isbitaallada qaar waxay sidoo kale kuu oggolaadaan inaad ballanta ku beddesho internetka ama fariin qoraal ah.
    .ask =
        Ma heli karaa maalin cusub hadda?
        Ma heli karaa wicitaan taleefan ama muuqaal beddelkeeda?

missed-appointments-rebook =
    .title = Isbitaalku wuxuu qabsadaa maalin cusub
    .body =
        Kooxda isbitaalka ayaa qabsata maalintaada cusub. GP-gaagu ma qabto tan.
        Haddii aad seegtay ballantaada oo aadan u sheegin, wac kooxda isbitaalka sida ugu dhakhsaha badan. U sheeg inaad weli u baahan tahay in lagu arko.
        Isbitaalku waa inaanu lahayn xeer dib ugu celiya GP-gooda qof kasta oo seega ballan.
    .if-not = Haddii isbitaalku kuu sheego inaad ku noqoto GP-gaaga, weydii sababta. Weydii inay ku siin karaan maalin cusub beddelkeeda.
    .ask =
        Goorma ayay tahay maalintayda cusub?
        Maxaa dhacaya haddii aan seego ballan kale?

missed-appointments-discharged =
    .title = Haddii aad hesho warqad sheegaysa in lagaa saaray liiska (discharge)
    .body =
        Kadib ballan la seegay, dhakhtar isbitaalka jooga ayaa eega warqadahaaga caafimaadka. Wuxuu go'aamin karaa inaadan u baahnayn in lagu arko. Markaas wuxuu adiga iyo GP-gaaga u diraa warqad. Tan waxaa la yiraahdaa discharge letter (warqadda laga saaray).
        Haddii dhibaatadu weli ku hayso, marka hore wac kooxda isbitaalka. U sheeg sababta aad u seegtay ballanta. Weydii inay ku arki karaan.
        Haddii aanay awoodin, la xiriir xarunta GP-gaaga. GP-gaagu mar kale ayuu ku gudbin karaa haddii aad weli u baahan tahay.
    .if-not = Haddii aadan hubin inaad weli ku jirto liiska, wac kooxda isbitaalka oo weydii. Ha sugin inaad ogaato.
    .ask =
        Weli ma ku jiraa liiskiinna?
        Ma i arki kartaan, hadda oo aan sharxay?

missed-appointments-hospital-cancels =
    .title = Haddii isbitaalku joojiyo
    .body =
        Mararka qaarkood isbitaalku waa inuu joojiyo ama dib u dhigo ballantaada.
        Haddii tani dhacdo, kooxda isbitaalku waa inay ku siiyaan maalin cusub. Tani waa shaqadooda, ee ma aha shaqada GP-gaaga.
        Isbitaalku wuxuu joojin karaa qalliinkaaga maalintii uu ahaa, sabab aan caafimaadkaaga la xiriirin awgeed. Markaas waa inuu kuu soo bandhigaa maalin cusub 28 maalmood gudahood. Haddii uusan awoodin, waa inuu bixiyaa lacagta si lagaaga sameeyo isbitaal kale.
        Haddii aad ka sii darto inta aad sugayso, la xiriir xarunta GP-gaaga ama NHS 111 isla maalintaas, oo u sheeg kooxda isbitaalka. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii aadan helin maalin cusub, wac kooxda isbitaalka.
    .ask =
        Maxaa ballantayda loo joojiyay?
        Goorma ayaan heli doonaa maalin cusub?
