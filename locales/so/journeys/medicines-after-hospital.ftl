# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Daawooyinkaaga marka aad guriga ka timaado isbitaalka
    .summary = Cidda ku siisa daawooyin cusub, cidda beddesha liiskaaga daawada soo noqnoqota, iyo waxa aad samayso kahor inta aysan kaa dhammaan.
    .intro = Daawooyinkaagu way isbeddeli karaan marka aad isbitaalka jiifto ama aad aragto koox isbitaal. Halkan waxaa ku qoran cidda ku siisa daawo kasta, cidda cusbooneysiisa liiskaaga, iyo cidda aad weydiinayso.
    .keywords = daawooyinka isbitaalka kadib, daawooyin cusub, daawooyin la beddelay, daawooyin la joojiyay, kiniin, daawo, daawada soo noqnoqota, liiska daawada, daawadu way iga dhammaanaysaa, way iga dhammaatay, qaybta ugu horreysa, farmashiye, farmashiiste, daawooyinka ka bixitaanka, daawada dhiigga khafiifisa, kiimoterabi, khadka caawimaadda, daawooyinkee ayaan qaataa, medicines after hospital, new medicines, repeat prescription, running out, pharmacy, pharmacist, blood thinner, chemotherapy, helpline

medicines-after-hospital-first-supply =
    .title = Isbitaalku wuxuu ku siiyaa qaybta ugu horreysa
    .body =
        Kadib markaad isbitaalka jiifto, waa inaad guriga la aadaa ugu yaraan 7 maalmood oo daawo cusub kasta ah. Haddii koorsadu ka gaaban tahay, waxaad heshaa dhammaanteed.
        Kadib ballan kilinik, way ka duwan tahay. Haddii aad u baahan tahay inaad hadda bilowdo, isbitaalku wuxuu ku siiyaa inta kugu filan ilaa GP-gaagu ka helayo warqadda kilinikka. Haddii kale, warqaddu waxay GP-gaaga ka codsanaysaa inuu kuu qoro daawada.
    .if-not = Haddii aad ku dhowdahay inaad baxdo adiga oo aan haysan daawo cusub oo aad hadda u baahan tahay, weydii shaqaalaha qaybta ama kilinikka. Haddii aad hore guriga u gaartay, wac qaybta ama kooxda isbitaalka.
    .ask =
        Ma u baahanahay inaan daawadan hadda bilaabo?
        Intee le'eg ayaad i siinaysaa?
        GP-gaygaa i siin doona daawo dheeraad ah, mise adigaa?

medicines-after-hospital-list =
    .title = Waxaad heshaa liiska daawooyinkaaga
    .body =
        Kahor intaadan bixin, kooxda qaybtu waa inay kuu sheegaan daawooyinka cusub, kuwa la beddelay, iyo kuwa ay tahay inaad joojiso.
        Liiskan wuxuu sidoo kale ku jiraa warqadda isbitaalku u diro GP-gaaga. Weydiiso nuqul.
        Ha sii qaadan daawo isbitaalku joojiyay, ilaa dhakhtar kuu sheego mooyaane.
    .if-not = Haddii aadan hubin daawooyinka ay tahay inaad qaadato, wac qaybta. Ama weydii farmashiiste.
    .ask =
        Daawooyinkayga kee baa cusub, kee baa la beddelay, keese baa la joojiyay?
        Ma heli karaa liis qoran?

medicines-after-hospital-pharmacy =
    .title = Farmashiyahaagu wuu hubin karaa daawooyinkaaga
    .body =
        Isbitaalku wuxuu macluumaadka daawooyinkaaga cusub u diri karaa farmashiyaha aad caadiga u isticmaasho. Markaas farmashiistuhu wuu kaala hadli karaa.
        Farmashiistuhu wuxuu liiskaaga cusub la barbar dhigaa waxa aad hore u qaadan jirtay. Wuu arki karaa dhibaatooyin.
        Waxaad qaybta ka codsan kartaa inay macluumaadkaaga u diraan farmashiyaha aad isticmaasho.
    .if-not = Haddii farmashiyuhu aanu waxba ka maqlin isbitaalka, u gee warqadda qaybta lagaa siiyay. Ka codso inay hubiyaan.
    .ask =
        Ma u diri kartaa daawooyinkayga farmashiyahayga?
        Farmashiistuhu ma ila hubin karaa liiskayga cusub?

medicines-after-hospital-repeat =
    .title = Xarunta GP-gaagu waxay cusbooneysiisaa liiskaaga daawada soo noqnoqota
    .body =
        Xarunta GP-gaagu waxay warqad ka heshaa isbitaalka. Kadib waxay cusbooneysiisaa daawooyinkaaga soo noqnoqda (repeat prescriptions).
        Hubi liiskaaga daawada soo noqnoqota kahor intaadan dalban. Hubi inuu muujinayo daawooyinkaaga cusub, oo aanay ku jirin kuwii aad joojisay.
        Dalbo daawo kasta oo soo noqnoqota waqti hore, si aysan kaaga dhammaan.
    .if-not = Haddii liiskaaga daawada soo noqnoqota uu khaldan yahay, ama daawada cusubi aanay ku jirin, la xiriir xarunta GP-gaaga. Haddii aanay weli haysan warqadda, wac kooxda isbitaalka ama qaybta.
    .ask =
        Ma heshay warqaddayda isbitaalka?
        Liiskayga daawada soo noqnoqota ma la cusbooneysiiyay?

medicines-after-hospital-running-out =
    .title = Haddii daawadu kaa dhammaanayso
    .body =
        Haddii daawadu dhowaan kaa dhammaanayso oo GP-gaagu aanu haysan warqadda, wac kooxda isbitaalka ama qaybta. Ka codso inay soo diraan warqadda ama ku siiyaan daawo dheeraad ah.
        Haddii xarunta GP-gaagu xiran tahay oo aad maanta u baahan tahay daawo, wac NHS 111. Waxay kaa caawin karaan inaad ka hesho farmashiye.
    .if-not = Haddii aanu qofna ku caawin karin oo aad xanuunsan tahay daawo la'aanteed, wac NHS 111 isla maalintaas. Xaaladaha degdegga ah, wac 999.
    .ask =
        Maxaan sameeyaa haddii ay iga dhammaato dhammaadka toddobaadka?
        Ma ammaan baa inaan seego qaadasho daawadan ah?

medicines-after-hospital-high-risk =
    .title = Daawooyinka u baahan caawimaad dhakhso ah
    .body =
        Daawooyinka qaar waxay u baahan yihiin caawimaad dhakhso ah haddii aad xanuunsato. Daawooyinka kansarku waa nooc ka mid ah. Daawooyinka dhiigga khafiifiya, ama kuwa jidhka ku adkeeya inuu la dagaallamo jeermiska, waa kuwo kale.
        Kooxda isbitaalku waa inay ku siiyaan khad caawimaad (helpline) oo loogu talagalay kuwan. Qaarkood waa furan yihiin habeen iyo maalin. Lambarku had iyo jeer ha kula jiro.
        Haddii aad aad u xanuunsan tahay, isla markiiba wac khadka caawimaadda. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii aadan haysan lambarka khadka caawimaadda, wac kooxda isbitaalka oo weydiiso. Haddii aad xanuunsan tahay oo aadan heli karin iyaga, wac NHS 111 isla maalintaas.
    .ask =
        Ma jiraa khad caawimaad oo loogu talagalay daawadan?
        Calaamadahee ayaa ah inaan isla markiiba wacdo?
