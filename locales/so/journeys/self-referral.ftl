# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Helitaanka caawimaad adiga oo aan marka hore arkin GP-gaaga
    .summary = Adeegyada aad adigu tegi karto, waxa farmashiyuhu daaweyn karo, iyo cidda ku daryeesha markaas.
    .intro = Dhibaatooyinka qaar uma baahnid inaad marka hore aragto GP-gaaga. Adigu waad la xiriiri kartaa adeegga. Tan waxaa la yiraahdaa is-gudbin (self-referral). Halkan waxaa ku qoran sida ay u shaqeyso, iyo cidda waxa qabata.
    .keywords = is-gudbin, isku gudbi, GP la'aan, fisiyoteraabi, physio, dhabar xanuun, daryeelka cagaha, cagaha, dhibaatooyinka cagaha, maqalka, baaritaanka maqalka, umuliso, uur leh, uurka, caafimaadka galmada, daaweyn wadahadal ah, pharmacy first, farmashiiste, cune xanuun, dhego xanuun, sinus, caabuqa kaadida, UTI, shingles, impetigo, qaniinyo cayayaan, refer myself, self referral, without GP, physiotherapy, back pain, podiatry, feet, hearing, audiology, midwife, pregnant, maternity, sexual health, talking therapies, pharmacist, sore throat, earache, sinusitis, urine infection, insect bite

self-referral-services =
    .title = Meelaha aad adigu tegi karto
    .body =
        Adeegyada NHS qaarkood adigu waad la xiriiri kartaa, adiga oo aan marka hore arkin GP-gaaga.
        Waxaa ka mid noqon kara fisiyoteraabiga (physiotherapy) murqaha iyo kala-goysyada, daryeelka cagaha, baaritaanka maqalka, iyo daaweynta wadahadalka. Waxaad sidoo kale la xiriiri kartaa umuliso (midwife) marka aad uur leedahay, iyo kilinikka caafimaadka galmada.
        Adeegyada aad adigu la xiriiri karto waxay ku xiran yihiin meesha aad deggan tahay.
    .if-not = Haddii aadan heli karin adeegga, weydii xarunta GP-gaaga. Miiska soo dhaweynta ayaa kuu sheegi kara sida aad ula xiriirto.
    .ask =
        Halkan ma isku gudbin karaa adeeggan?
        Sidee ayaan ula xiriiraa?

self-referral-pharmacy-first =
    .title = Farmashiyuhu wuu daaweyn karaa dhibaatooyinka qaar
    .body =
        Farmashiiste ayaa ku baari kara oo ku siin kara daaweyn dhibaatooyin caadi ah qaarkood, adiga oo aan GP arkin. Tan waxaa la yiraahdaa Pharmacy First.
        Waa cune xanuun, dhego xanuun, xanuunka sinuska, shingles (finan xanuun leh) iyo impetigo (caabuq maqaarka ah). Qaniinyada caabuqa yeelata, iyo caabuqa kaadida ee haweenka, sidoo kale liiska ayay ku jiraan. Qaarkood waxay u gaar yihiin da'o gaar ah oo keliya.
        Haddii aad u baahan tahay daawo uu dhakhtar caadi ahaan qori lahaa, farmashiistuhu wuu ku siin karaa.
    .if-not = Haddii farmashiistuhu sheego inaad u baahan tahay inaad aragto GP, wuu kuu sheegi doonaa. Markaas la xiriir xarunta GP-gaaga.
    .ask =
        Tan halkan ma ku daaweyn kartaa?
        Maxaan sameeyaa haddii aanan soo fiicnaan?

self-referral-in-charge =
    .title = Adeegga ku arka ayaa masuul ah
    .body =
        Adeegga aad la xiriirtay ayaa daryeela dhibaatadaas. Wuxuu kuu sheegaa natiijooyinka baaritaan kasta oo uu codsado.
        Haddii GP-gaagu u baahan yahay inuu ogaado, adeegga ayaa u sheega GP-gaaga.
    .if-not = Haddii aadan war ka helin adeegga waqtigii uu sheegay, mar kale la xiriir.
    .ask =
        Yaan la xiriiraa haddii aan su'aal qabo?
        Ma u sheegi doontaa GP-gayga?

self-referral-gp =
    .title = Goorta aad GP-gaaga u tagayso halkii
    .body =
        Haddii aadan hubin meesha aad aadayso, weydii xarunta GP-gaaga. Shaqaaluhu waxay kaa caawin karaan inaad doorato.
        Haddii aadan soo fiicnaan, ama aad ka sii darto, la xiriir xarunta GP-gaaga ama wac NHS 111 isla maalintaas. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii aadan heli karin xarunta GP-gaaga oo aad welwelsan tahay, wac NHS 111.
    .ask =
        Halkee ayaa ugu habboon in aan tan u aado?
