# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Helitaanka caawimaad caafimaadka maskaxdaada
    .summary = Meesha aad aadayso marka aad ku jirto xaalad adag (crisis), sida aad u codsanayso daaweyn wadahadal ah, iyo cidda ku daryeesha.
    .intro = Caafimaadka maskaxdaadu waa muhiim sida jidhkaaga oo kale. Halkan waxaa ku qoran meesha aad caawimaad ka heli karto, oo ay ku jirto marka aad ku jirto xaalad adag, iyo cidda qabata qayb kasta.
    .keywords = caafimaadka maskaxda, xaalad adag, is dilid, fikrado is dilid, is dhaawicid, walwal, niyad jab, stress, murugo, argagax, daaweyn wadahadal ah, la-talin, daaweyn, CBT, kooxda caafimaadka maskaxda ee bulshada, dhakhtarka maskaxda, daawooyinka niyad jabka, daawada caafimaadka maskaxda, mental health, crisis, suicidal, self harm, anxiety, depression, low mood, panic, talking therapy, counselling, therapy, talking therapies, community mental health team, psychiatrist, antidepressants

mental-health-crisis =
    .title = Haddii aad ku jirto xaalad adag (crisis), hadda caawimaad hel
    .body =
        Haddii naftaada ama nafta qof kale ay khatar ku jirto, wac 999 ama tag A&E.
        Haddii aad hadda caawimaad u baahan tahay, wac NHS 111 oo dooro doorashada caafimaadka maskaxda. Waa u furan tahay dadka da' kasta, habeen iyo maalin.
        Haddii aad hore u leedahay koox caafimaadka maskaxda ah, isticmaal lambarka xaaladaha adag ee ku qoran qorshahaaga daryeelka.
    .if-not = Haddii aadan khadka heli karin, wac 999 ama tag A&E.
    .ask =
        Yaan wacaa haddii aan mar kale sidan dareemo?

mental-health-talking-therapies =
    .title = Adigu waxaad codsan kartaa daaweyn wadahadal ah
    .body =
        NHS Talking Therapies (daaweynta wadahadalka ee NHS) waxay ka caawiyaan dareenno sida walwal, murugo iyo stress. Uma baahnid inaad marka hore aragto GP-gaaga.
        Adigu waad isku gudbin kartaa, internetka ama taleefanka. Website-ka NHS ka raadi NHS Talking Therapies si aad u hesho adeegga deegaankaaga.
        Adeeggani wuxuu u yahay dadka waaweyn. Carruurta iyo dhallinyaradu waxay leeyihiin adeegyo u gaar ah. Weydii xarunta GP-gaaga ama dugsiga.
    .if-not = Haddii aadan ka helin jawaab adeegga ilaa waqtigii ay sheegeen, mar kale la xiriir. Haddii aad ka sii darto inta aad sugayso, la xiriir xarunta GP-gaaga ama NHS 111 isla maalintaas.
    .ask =
        Intee le'eg ayaa sugitaanka daaweynta wadahadalka halkan?
        Caawimaad noocee ah ayaad bixisaan?

mental-health-gp =
    .title = GP-gaagu wuu ku caawin karaa oo ku gudbin karaa
    .body =
        GP-gaagu wuu kaala hadli karaa sida aad dareemayso, iyo caawimaadda jirta.
        Haddii aad u baahan tahay caawimaad dheeraad ah, GP-gaagu wuxuu kuu gudbin karaa koox caafimaadka maskaxda ah. Kooxdan waxaa ku jira shaqaale sida kalkaaliyeyaal, dhakhaatiir iyo daaweeyayaal.
    .if-not = Haddii aad sugayso kooxda caafimaadka maskaxda oo aad ka sii darto, la xiriir xarunta GP-gaaga ama wac NHS 111 isla maalintaas. Haddii aad ku jirto xaalad adag (crisis), wac NHS 111 oo dooro doorashada caafimaadka maskaxda.
    .ask =
        Caawimaaddee ayaa ii jirta?
        Ma ii gudbin kartaa koox caafimaadka maskaxda ah?

mental-health-team =
    .title = Kooxda caafimaadka maskaxda ayaa qorsheysa daryeelkaaga
    .body =
        Haddii koox caafimaadka maskaxda ah ay ku daryeesho, waxay kula sameeyaan qorshe daryeel (care plan). Wuxuu sheegayaa cidda masuul ka ah daryeelkaaga iyo sida aad ula xiriirto.
        Kooxda weydii lambarkooda taleefanka, iyo lambar aad wacdo marka aad ku jirto xaalad adag.
    .if-not = Haddii aadan garanayn cidda masuul ka ah daryeelkaaga, weydii kooxda. Ama weydii xarunta GP-gaaga.
    .ask =
        Yaa masuul ka ah daryeelkayga?
        Yaan wacaa marka aan ku jiro xaalad adag?

mental-health-medicines =
    .title = Cidda ku siisa daawooyinkaaga
    .body =
        Inta badan kooxda caafimaadka maskaxda ayaa soo jeedisa daawo, GP-gaaguna wuu kuu qoraa.
        Daawooyinka qaar waxay u baahan yihiin takhasusle la socda, oo leh baaritaanno dhiig oo joogto ah. Markaas kooxda caafimaadka maskaxda ayaa qori karta, ama daryeelka la wadaagi karta GP-gaaga.
        Weydii cidda ku siinaysa daawo dheeraad ah, iyo cidda samaynaysa baaritaan kasta.
    .if-not = Haddii daawadu kaa dhammaanayso oo aadan garanayn cidda aad weydiiso, la xiriir xarunta GP-gaaga. Haddii ay xiran yihiin, wac NHS 111.
    .ask =
        Yaa i siinaya daawadan marka ay iga dhammaato?
        Ma u baahan tahay baaritaanka dhiigga?
