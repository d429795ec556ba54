# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Dhakhtar isbitaal ayaa kuu bilaabay daawo cusub
    .summary = Cidda ku siisa daawada, cidda ku siisa daawo dheeraad ah, iyo cidda aad weydiinayso waxyeellooyinka iyo baaritaannada.
    .intro = Takhasusle isbitaalka ka tirsan ayaa kuu bilaabay daawo cusub. Takhasusle waa dhakhtar wax badan ka yaqaan hal nooc oo dhibaato caafimaad. Halkan waxaa ku qoran cidda ku siisa iyo cidda ku siisa daawo dheeraad ah. Waxay sidoo kale sheegaysaa cidda aad weydiinayso haddii ay kuu keento dhibaato.
    .keywords = warqadda daawada, kiniin, daawo, daawooyin, daawo cusub, takhasusle ayaa ii bilaabay daawo, daawada kilinikka, daawo soo noqnoqota, daryeel wadaag ah, heshiiska daryeelka wadaagga ah, waxyeellooyinka daawada, baaritaanka dhiigga, la socodka, daawadu way iga dhammaanaysaa, daawada isbitaalka, daawada takhasuslaha, farmashiye, prescription, tablets, medicine, medication, specialist started a medicine, clinic medicine, repeat prescription, shared care, shared care agreement, side effects, blood test, monitoring, running out, pharmacy

specialist-medicines-start =
    .title = Isbitaalku wuxuu ku siiyaa qaybta ugu horreysa
    .body =
        Takhasusle isbitaalka ka tirsan ayaa go'aamiya inaad u baahan tahay daawo cusub.
        Haddii aad u baahan tahay inaad hadda bilowdo, isbitaalku wuxuu ku siiyaa qaybta ugu horreysa. Uma baahnid inaad GP-gaaga u tagto arrintan.
        Kadib markaad isbitaalka jiifto, waxaad heshaa ugu yaraan 7 maalmood oo daawadan ah, ama dhammaanteed haddii koorsadu ka gaaban tahay.
        Kadib ballan kilinik, isbitaalku wuxuu ku siiyaa inta hadda kugu filan haddii aad isla markiiba u baahan tahay. Ama warqadda kilinikku waxay GP-gaaga ka codsataa inuu kuu qoro.
    .if-not = Haddii laguu sheegay inaad daawo hadda bilowdo laakiin aan lagu siin, wac kooxda isbitaalka.
    .ask =
        Daawadani maxay u tahay?
        Goorma iyo sidee ayaan u qaataa?
        Adigaa i siin doona, mise GP-gaygaa?

specialist-medicines-gp =
    .title = GP-gaaga ayaa kuu qora daawooyinka badankood intaas kadib
    .body =
        Daawooyinka badankood, warqadda kilinikku waxay GP-gaaga ka codsataa inuu kuu qoro daawo dheeraad ah. Warqadda daawadu (prescription) waa warqadda kuu oggolaanaysa inaad hesho daawo.
        Sug ilaa xarunta GP-gaagu ka hesho warqadda. Kadib ka codso inay daawada ku daraan daawooyinkaaga soo noqnoqda (repeat prescriptions).
        Dalbo daawo kasta oo soo noqnoqota waqti hore, si aysan kaaga dhammaan.
    .if-not = Haddii xarunta GP-gaagu aanay helin warqadda oo daawadu dhowaan kaa dhammaanayso, wac kooxda isbitaalka. Ka codso inay soo diraan warqadda, ama inay ku siiyaan daawo dheeraad ah.
    .ask =
        Warqadda ma u dirteen GP-gayga?
        Intee le'eg ayaad i siinaysaan ilaa markaas?

specialist-medicines-shared-care =
    .title = Daawooyinka uu takhasusle hubiyo
    .body =
        Daawooyinka qaar waxay u baahan yihiin takhasusle la socda. Haddii isbitaalku bilaabay mid ka mid ah kuwan, isbitaalka ayaa sii wada inuu ku siiyo.
        Mararka qaarkood isbitaalku wuxuu GP-gaaga ka codsadaa inuu la wareego. Tan waxay u baahan tahay heshiiska daryeelka wadaagga ah (shared care agreement). Taasi waa qorshe ay isbitaalka, GP-gaaga iyo adiguba dhammaantiin ku heshiisaan.
        GP-gaagu kuma khasbana inuu yiraahdo haa. Ilaa qof walba ka oggolaado, isbitaalka ayaa ku siiya daawo dheeraad ah.
    .if-not = Haddii daawadu kaa dhammaanayso oo aanu qofna ku siin mid dheeraad ah, wac kooxda isbitaalka. Tan samee kahor inta aysan kaa dhammaan.
    .ask =
        Adigaa sii wadi doona siinta daawadan, mise GP-gaygaa?
        GP-gaygu ma ku heshiiyay daryeelka wadaagga ah?
        Sidee u codsadaa daawo dheeraad ah?

specialist-medicines-checks =
    .title = Baaritaanka dhiigga ee lagu hubinayo daawadaada
    .body =
        Daawooyinka qaar waxay u baahan yihiin baaritaanka dhiigga si loo hubiyo inay kuu ammaan yihiin. Weydii in taadu u baahan tahay.
        Weydii cidda samaysa baaritaannada iyo inta jeer.
        Kooxda codsata baaritaanka ayaa hubisa natiijada. Iyagaa kuu sheega waxa ay ka dhigan tahay.
    .if-not = Haddii natiijadu dib u dhacdo, la xiriir kooxda codsatay baaritaanka. Weydii waxa ay muujisay.
    .ask =
        Daawadani ma u baahan tahay baaritaanka dhiigga?
        Yaa sameeya, intee jeerse?
        Yaa ii sheegaya natiijooyinka?

specialist-medicines-problems =
    .title = Haddii ay dhibaato kuu keento
    .body =
        Haddii aad u malaynayso in daawadu dhibaato keenayso, wac kooxda isbitaalka ee bilaabay.
        Daawooyinka qaar, sida daawooyinka kansarka, waxay leeyihiin khad caawimaad (helpline) oo furan habeen iyo maalin. Haddii kooxdu ku siisay mid, isticmaal.
        Haddii aad aad u xanuunsan tahay, wac NHS 111 ama xarunta GP-gaaga isla maalintaas. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii kooxda isbitaalku aanay kuu soo celin wicitaanka ilaa dhammaadka maalinta shaqo ee xigta, mar kale wac. Haddii aad ka sii darto, wac NHS 111 ama GP-gaaga isla maalintaas.
    .ask =
        Waxyeellooyinkee ayaa ah inaan ku soo waco haddii ay dhacaan?
        Ma jiraa khad caawimaad oo loogu talagalay daawadan?
        Maxaan sameeyaa haddii aan seego qaadasho?
