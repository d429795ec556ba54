# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Kadib markaad aragto koox isbitaal
    .summary = Waxa dhaca marka aad aragto koox isbitaal kadib, iyo cidda qabata wax kasta.
    .intro = Waxaad ku aragtay koox isbitaal kilinik. Halkan waxaa ku qoran waxa xiga. Waxay sheegaysaa cidda qabata qayb kasta, iyo cidda aad weydiinayso.
    .keywords = ballanta kadib, kilinikka kadib, bukaan socod, warqadda kilinikka, warqad loo diray GP-ga, warqadda isbitaalka, warqadda dhakhtarka sare, dabagal, ballanta xigta, dib u imaansho, baaritaano dheeraad ah, warqaddu waxay GP-ga ka codsanaysaa baaritaan, yaa qabsada baaritaanka, natiijooyinka, yaan la xiriiraa, yaan weydiiyaa, su'aalo, cabasho, ka cabasho, talobixinta bukaanka, dhibaato isbitaalka, GP iyo isbitaal, weydii GP-gaaga, loo diray koox kale, after appointment, clinic letter, outpatient, follow up, more tests, who books the test, results, complaint, PALS

after-appointment-letter =
    .title = Isbitaalku wuxuu warqad u qoraa GP-gaaga
    .body =
        Ballantaada kadib, kooxda isbitaalku waxay qoraan warqad ku saabsan. Tan waxaa la yiraahdaa warqadda kilinikka (clinic letter).
        Haddii GP-gaagu u baahan yahay inuu wax qabto, warqaddu waxay sheegaysaa waxa uu qabanayo. Waa inaad adiguna nuqul heshaa.
        Kooxda isbitaalku waxay iyagu qabtaan qaybaha kale ee qorshahaaga.
    .if-not = Haddii xarunta GP-gaagu aanay helin warqadda ilaa waqtiga la muujiyay, wac kooxda isbitaalka. Ka codso inay soo diraan.
    .ask =
        GP-gaygu ma u baahan yahay inuu wax qabto?
        Ma heli karaa nuqul warqadda ah?
        Yaa qabanaya qayb kasta oo qorshahayga ah?

after-appointment-gp-task =
    .title = Haddii warqaddu GP-gaaga ka codsato inuu wax qabto
    .body =
        Mararka qaarkood warqaddu waxay GP-gaaga ka codsataa inuu qabto hawl, sida baaritaan ama warqad daawo (prescription) cusub.
        Sug ilaa warqaddu ka gaarto GP-gaaga. Kadib la xiriir xarunta GP-gaaga si aad u qabsato ama u weydiiso.
        Haddii kooxda isbitaalku iyagu codsadeen baaritaan, waa inay kuu sheegaan sida aad u qabsan lahayd. Iyagaa sidoo kale kuu sheega natiijada.
    .if-not = Haddii xarunta GP-gaagu aanay hubin waxa warqaddu codsanayso, waxay weydiin karaan kooxda isbitaalka. Adiguna waad wici kartaa kooxda isbitaalka.
    .ask =
        Yaa qabsanaya baaritaankan, adiga mise GP-gayga?
        Yaa ii sheegi doona natiijada?

after-appointment-tests =
    .title = Isbitaalku wuxuu sameeyaa baaritaannadiisa
    .body =
        Haddii kooxda isbitaalku rabaan inaad samayso baaritaano dheeraad ah, iyagaa codsada. Iyagaa hubiya natiijooyinka oo kuu sheega waxa ay ka dhigan yihiin.
        Meesha baaritaanka lagaa sameeyo waxay ku xiran tahay meesha aad deggan tahay. Weydii kooxda isbitaalka meesha aad aadayso.
        Meel kasta oo baaritaanka lagaa sameeyo, kooxda isbitaalka ee codsatay ayaa kuu sheegta natiijada.
    .if-not = Haddii aadan wax ka maqlin natiijada waqtigii lagu yiri, wac kooxda isbitaalka.
    .ask =
        Maxaan baaritaankan ugu baahanahay?
        Xaggee ayaan u aadaa?
        Sidee iyo goorma ayaad ii sheegi doontaa natiijada?

after-appointment-next =
    .title = Haddii aad u baahato inaad dib u timaado
    .body =
        Haddii aad u baahan tahay inaad kooxda mar kale aragto, waa inay kuu sheegaan sida loo diyaarin doono. Marka isbitaalku rabo inuu ku arko mar kale, isaga ayaa qabsada ballanta ama baaritaanka.
        Kooxaha qaar waxay kaa codsadaan inaad adigu la xiriirto marka aad u baahato, halkii. Tan waxaa la yiraahdaa patient initiated follow-up (dabagal uu bukaanku bilaabo). Weydii muddada aad tan samayn karto. Hagaha ku saabsan dabagalka ayaa wax badan ka sheegaya.
        Haddii aad u baahan tahay inaad aragto koox kale oo isbitaalka ah dhibaato la xiriirta awgeed, kooxda isbitaalka ayaa kuu dirta. Uma baahnid inaad marka hore ku noqoto GP-gaaga.
    .if-not = Ma laguu sheegay in isbitaalku qabsan doono ballantaada xigta? Haddii aadan waxba maqlin ilaa waqtigii ay sheegeen, wac kooxda isbitaalka.
    .ask =
        Ma u baahanahay inaan dib u imaado, goormase?
        Adigaa qabsan doona ballantayda xigta, mise anigaa kula soo xiriiraya?
        Ma u baahanahay inaan arko koox kale?

after-appointment-questions =
    .title = Haddii aad su'aal qabto
    .body =
        Isbitaalku waa inuu kuu sheegaa sida aad ula xiriiri karto. Ka eeg warqadda kilinikka ama website-ka isbitaalka.
        Haddii aad su'aal ka qabto daryeelkaaga isbitaalka, weydii kooxda isbitaalka. Waa inay iyagu ka jawaabaan. Waa inaysan kuu sheegin inaad weydiiso GP-gaaga.
    .if-not = Haddii aadan jawaab helin, weydiiso kooxda talobixinta bukaanka ee isbitaalka. Way ku caawiyaan marka wax khaldamaan.
    .ask =
        Waa maxay sida ugu fiican ee aan kuula xiriiri karo?
        Yaan weydiiyaa daawooyinkayga cusub?

after-appointment-problems =
    .title = Haddii wax khaldamaan
    .body =
        Mararka qaarkood wax ayaa ku khaldama inta u dhexeysa GP-gaaga iyo isbitaalka. Tusaale ahaan, mid kasta wuxuu dhihi karaa in kan kale uu qabto hawsha.
        Haddii tani dhacdo, weydiiso kooxda talobixinta bukaanka ee isbitaalka. Tan inta badan waxaa la yiraahdaa PALS. Way ku caawiyaan marka wax khaldamaan.
        Isbitaal kasta wuxuu leeyahay qof magacaaban oo masuul ah. Shaqadiisu waa inuu ka caawiyo isbitaalka iyo xarumaha GP-ga inay si fiican u wada shaqeeyaan.
    .if-not = Haddii kooxda talobixinta bukaanku aanay ku caawin karin, weydii sida cabasho loo sameeyo. Waxaad sidoo kale u sheegi kartaa xarunta GP-gaaga.
    .ask =
        Yaa xallin doona arrintan?
        Ma u sheegi kartaa arrintan masuulka la shaqeeya xarumaha GP-ga?
