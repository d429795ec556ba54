# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Inta aad sugayso ballan isbitaal
    .summary = Cidda ku daryeesha inta aad sugayso, iyo cidda aad u sheegayso haddii aad ka sii darto.
    .intro = Waxaad ku jirtaa liis si aad u aragto koox isbitaal. Halkan waxaa ku qoran cidda waxa qabata inta aad sugayso. Waxay sidoo kale sheegaysaa cidda aad wacayso haddii aad ka sii darto.
    .keywords = liiska sugitaanka, waqtiga sugitaanka, sugitaan, intee le'eg, sugitaan dheer, weli waan sugayaa, waan ka sii darayaa, xaaladdaydu way xumaanaysaa, calaamado sii xumaanaya, calaamado cusub, goor hore, dhakhsii, degdegsii, kor ugu qaad liiska, taariikhda ballanta, goorma ayay tahay ballantaydu, celceliska sugitaanka, fariin ka timid isbitaalka, weli ma u baahan tahay ballantaada, dhiig-kar, caafimaad ku sii jir, dhibaatooyin caafimaad oo kale, la xiriir isbitaalka, waiting list, waiting time, long wait, still waiting, getting worse, sooner, my planned care, average wait, blood pressure

waiting-list =
    .title = Isbitaalku wuxuu kuu hayaa kaalintaada
    .body =
        Kooxda isbitaalka ayaa ilaalisa liiska iyo kaalintaada ee ku jirta.
        Celceliska sugitaanka waxaad ka eegi kartaa website-ka My Planned Care. Wuxuu muujiyaa isbitaal kasta iyo nooc kasta oo daryeel ah. Toddobaad kasta ayaa la cusbooneysiiyaa.
        Waa celcelis oo keliya, sidaas darteed sugitaankaagu wuu ka dheeraan karaa ama ka gaabnaan karaa. Website-ku ma muujiyo sugitaanka daryeelka kansarka.
    .if-not = Haddii aadan ka maqlin isbitaalka waqtigii laguu sheegay, wac kooxda isbitaalka. Ka codso inay hubiyaan inaad liiska ku jirto.
    .ask =
        Qiyaastii intee le'eg ayaan sugi doonaa?
        Yaan wacaa haddii qorshayaashaydu isbeddelaan?
        Ma ii sheegi doontaa haddii sugitaanku sii dheeraado?

waiting-check =
    .title = Isbitaalku wuxuu hubiyaa inaad weli u baahan tahay inaad timaado
    .body =
        Isbitaalku wuxuu kula soo xiriiri karaa si uu u hubiyo inaad weli u baahan tahay ballantaada. Inta badan waa fariin qoraal ah.
        Fadlan ka jawaab haddii aad awoodo. Haddii aadan hadda u baahnayn ballanta, sheeg. Markaas qof kale ayaa heli kara kaalintaada.
        Haddii aadan ka jawaabin, kaalintaada kuma lumin doontid kaliya sababtaas. Isbitaalku wuxuu isku dayi doonaa inuu kugu helo si kale, ama wuxuu weydiin doonaa GP-gaaga.
        Fariimaha qaar oo u eg inay ka yimaadeen NHS waa khiyaano (scam). NHS-ku kaama codsan doono inaad lacag bixiso ama inaad bixiso macluumaadka bangigaaga. Haddii aadan hubin in fariintu run tahay, ha isticmaalin linkigeeda. Wac lambarka ku qoran warqaddaada isbitaalka.
    .if-not = Haddii aad seegtay fariinta, ama aad si khalad ah uga jawaabtay, wac kooxda isbitaalka oo u sheeg.
    .ask =
        Sidee ayaad ila soo xiriiri doontaa?
        Maxaa dhacaya haddii aan seego fariintaada?

waiting-care =
    .title = GP-gaagu weli wuu ku daryeelaa
    .body =
        Xarunta GP-gaaga ayaa weli daryeesha dhibaatooyinkaaga kale ee caafimaad. Tusaale ahaan, waxay kaa caawiyaan inaad xakamayso dhiig-karkaaga.
        Tani waa muhiim. Waxay caawisaa in daaweyntaada isbitaalku aanay dib u dhicin.
        Adiguna waad caawin kartaa. Sii wad qaadashada daawooyinkaaga. U tag baaritaannadaada joogtada ah.
        Haddii aad qabto dhibaato cusub oo aan la xiriirin tan aad sugayso, u tag GP-gaaga sidii caadiga ahayd.
    .if-not = Haddii baaritaankaagii joogtada ahaa uu waqtigiisu yimid oo aadan waxba maqlin, la xiriir xarunta GP-gaaga.
    .ask =
        Maxaan samayn karaa si aan caafimaad ugu sii jiro inta aan sugayo?
        Dhibaatooyinkayga kale ee caafimaad ma la xakameeyay?
        Goorma ayuu yahay baaritaankayga joogtada ah ee xiga?

waiting-worse =
    .title = Haddii aad ka sii darto
    .body =
        Haddii aad aad uga sii darto, ama aad yeelato calaamado cusub oo ku welwelinaya, la xiriir xarunta GP-gaaga ama wac NHS 111 isla maalintaas.
        Xaaladaha degdegga ah, wac 999.
        Sidoo kale u sheeg kooxda isbitaalka. Dhakhtar halkaas jooga ayaa hubin kara inaad u baahan tahay in goor hore lagu arko.
        GP-gaaguna wuxuu isbitaalka ka codsan karaa inay goor hore ku arkaan, ama wuxuu ka dhigi karaa u-gudbinta mid degdeg ah.
    .if-not = Haddii kooxda isbitaalku aanay kuu soo celin wicitaanka ilaa dhammaadka maalinta shaqo ee xigta, mar kale wac. Ha sugin iyaga haddii aad ka sii darto: wac xarunta GP-gaaga ama NHS 111 isla maalintaas.
    .ask =
        Isbeddelladee ayaa ah inaan ku soo waco haddii ay dhacaan?
        Yaan wacaa habeenkii ama dhammaadka toddobaadka?

waiting-questions =
    .title = Haddii aad su'aal qabto
    .body =
        Haddii aad su'aal ka qabto ballantaada, weydii kooxda isbitaalka. Isbitaalku waa inuu kuu sheegaa sida aad ula xiriiri karto. Ka eeg warqaddaada ama fariintaada qoraalka ah.
        Kooxda isbitaalku waa inay iyagu kuu jawaabaan. Waa inaysan kuu sheegin inaad weydiiso GP-gaaga.
        Haddii aad muddo dheer sugaysay, waxaad weydiin kartaa inaad aado isbitaal kale. Akhri hagaha ku saabsan xuquuqdaada ee liiska sugitaanka.
    .if-not = Haddii aadan jawaab helin, weydiiso kooxda talobixinta bukaanka ee isbitaalka. Way ku caawiyaan marka wax khaldamaan.
    .ask =
        Waa maxay sida ugu fiican ee aan kuula xiriiri karo?
        Yaan kala hadli karaa kaalintayda ee liiska?
