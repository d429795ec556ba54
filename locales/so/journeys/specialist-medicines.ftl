# Journey: A medicine started by a hospital specialist.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Takhasusle isbitaal ayaa kuu bilaabay daawo cusub
    .summary = Cidda ku siisa daawada, cidda ku siisa daawo dheeraad ah, iyo cidda aad weydiinayso waxyeellooyinka iyo baaritaannada.
    .intro = Takhasusle isbitaalka ka tirsan ayaa kuu bilaabay daawo cusub. Halkan waxaa ku qoran cidda ku siisa iyo cidda ku siisa daawo dheeraad ah. Waxay sidoo kale sheegaysaa cidda aad weydiinayso haddii ay kuu keento dhibaato.
    .keywords = warqadda daawada, kiniin, daawo, daawooyin, daawo cusub, daawo soo noqnoqota, daryeel wadaag ah, heshiiska daryeelka wadaagga ah, waxyeellooyinka daawada, baaritaanka dhiigga, la socodka, daawadu way iga dhammaanaysaa, daawada isbitaalka, daawada takhasuslaha, farmashiye, prescription, tablets, medicine, medication, repeat prescription, shared care, shared care agreement, side effects, blood test, monitoring, pharmacy

specialist-medicines-start =
    .title = Isbitaalku wuxuu bilaabaa daawadaada
    .body =
        Takhasusle isbitaalka ka tirsan ayaa go'aamiya inaad u baahan tahay daawo cusub.
        Haddii aad u baahan tahay inaad hadda bilowdo, isbitaalku wuxuu ku siiyaa warqadda daawada ee ugu horreysa (prescription). Warqadda daawadu waa warqadda kuu oggolaanaysa inaad hesho daawo.
        Uma baahnid inaad GP-gaaga u tagto qaybtan ugu horreysa.
    .if-not = Haddii laguu sheegay inaad daawo hadda bilowdo laakiin aan lagu siin, wac kooxda isbitaalka.
    .ask =
        Daawadani maxay u tahay?
        Goorma iyo sidee ayaan u qaataa?
        Ma jiraa buug-yare ku saabsan?

specialist-medicines-week =
    .title = Waxaad heshaa ugu yaraan 7 maalmood oo daawo ah
    .body =
        Markaad ka baxdo isbitaalka ama kilinikka, waa inaad haysataa ugu yaraan 7 maalmood oo daawo cusub kasta ah. Haddii koorsadu ka gaaban tahay, waxaad heshaa dhammaanteed.
        Kahor intaadan bixin, weydii waxa daawo kasta loogu talagalay. Weydii waxyeellooyinka ay yeelan karto. Waxyeello waa wax aan la rabin oo daawo samayn karto.
        Weydiiso buug-yare iyo lambarka taleefanka kooxda isbitaalka.
    .if-not = Haddii aad baxday adiga oo haysta wax ka yar 7 maalmood oo daawo cusub ah, isla markiiba wac kooxda isbitaalka.
    .ask =
        Intee le'eg ayaad iga siinaysaa daawadan?
        Yaa i siinaya daawo dheeraad ah marka ay dhammaato?
        Yaan wacaa haddii ay dhibaato igu keento?

specialist-medicines-more =
    .title = Cidda ku siisa daawo dheeraad ah
    .body =
        Daawooyinka qaar waxay u baahan yihiin takhasusle la socda. Haddii isbitaalku bilaabay mid ka mid ah kuwan, isbitaalka ayaa sii wada siinteeda.
        Mararka qaarkood isbitaalku wuxuu GP-gaaga ka codsadaa inuu la wareego. Tan waxay u baahan tahay heshiiska daryeelka wadaagga ah (shared care agreement). Taasi waa qorshe ay isbitaalka iyo GP-gaagu labaduba ku heshiiyaan.
        GP-gaagu wuxuu la wareegi karaa oo keliya haddii uu oggolaaday. Ilaa markaas, isbitaalka ayaa ku siiya daawo dheeraad ah.
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
        Waa inay ka jawaabaan su'aalahaaga. Waa inaysan kaliya kuu sheegin inaad weydiiso GP-gaaga.
        Haddii aad xanuunsan tahay oo aadan garanayn waxa aad samayso, wac NHS 111. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii kooxda isbitaalku aanay kuu soo celin wicitaanka, mar kale wac. Haddii aad ka sii darto, wac NHS 111 ama GP-gaaga.
    .ask =
        Waxyeellooyinkee ayaa ah inaan ku soo waco haddii ay dhacaan?
        Maxaan sameeyaa haddii aan seego qaadasho?
