# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = GP-gaagu wuxuu kuu diray koox isbitaal
    .summary = Cidda qabsata ballantaada ugu horreysa, cidda aad wacayso inta aad sugayso, iyo waxa aad samayso haddii aad ka sii darto.
    .intro = GP-gaagu (dhakhtarka qoyska) wuxuu u malaynayaa in koox isbitaal ay ku arkaan. Tan waxaa la yiraahdaa u-gudbin (referral). Halkan waxaa ku qoran waxa xiga iyo cidda qabata qayb kasta. Haddii GP-gaagu sheegay inay degdeg tahay, ama inay kansar noqon karto, akhri hagaha ku saabsan u-gudbinta degdegga ah.
    .keywords = u-gudbin, la i gudbiyay, loo diray isbitaalka, takhasusle, warqadda isbitaalka, qabsasho ballan, ballan, dhakhtar sare, kilinik, liiska sugitaanka, u-gudbin caadi ah, referral, referred, specialist, hospital letter, e-referral, booking, appointment, consultant, clinic, waiting list, routine referral

referral-sent =
    .title = GP-gaagu wuxuu diraa u-gudbinta
    .body =
        GP-gaagu wuxuu warqad u qoraa kooxda isbitaalka. Wuxuu sheegaa waxa dhibaatadu tahay iyo sababta loo baahan yahay in lagu arko.
        GP-gaagu wuxuu sidoo kale sheegaa muddada ay tahay in lagu arko. U-gudbintu waxay noqon kartaa mid caadi ah ama mid degdeg ah.
        Mararka qaarkood isbitaalku wuxuu marka hore codsadaa baaritaano, sida baaritaanka dhiigga. Haddii ay sidaas tahay, GP-gaagu wuxuu sameeyaa kahor inta aan u-gudbinta la dirin.
        Inta badan waad dooran kartaa isbitaalka aad aado. Weydii GP-gaaga marka uu ku gudbinayo.
    .if-not = Weydii GP-gaaga goorta ay tahay inaad war ka hesho u-gudbinta. Haddii aadan waxba maqlin ilaa markaas, la xiriir xarunta GP-gaaga. Weydii in u-gudbinta la diray.
    .ask =
        Kooxdee isbitaal ayaad ii diraysaa?
        U-gudbintaydu ma caadi baa mise ma degdeg baa?
        Ma dooran karaa isbitaalka aan aado?
        Ma u baahanahay baaritaano marka hore?

referral-booking =
    .title = Waxaad heshaa warqad, iimayl ama fariin qoraal ah si aad ballan u qabsato
    .body =
        Waxaad heli kartaa warqad leh lambar ballan iyo furaha sirta ah (password). Meel ammaan ah ku hay.
        Ama waxaad heli kartaa iimayl ama fariin qoraal ah. Waxay leedahay link aad ballanta kaga qabsan karto NHS App ama website-ka NHS.
        Ku isticmaal si aad u doorato maalin iyo waqti, ama si aad u wacdo kooxda ballamaha.
        Fariimaha qaar oo u eg inay ka yimaadeen NHS waa khiyaano (scam). NHS-ku kaama codsan doono inaad lacag bixiso ama inaad bixiso macluumaadka bangigaaga si aad ballan u qabsato. Haddii aadan hubin, ha isticmaalin linkiga. Wac lambarka ku qoran warqaddaada, ama weydii xarunta GP-gaaga.
    .if-not = Haddii aanay waxba iman ilaa waqtigii GP-gaagu sheegay, wac lambarka ku qoran warqadda u-gudbinta. Haddii aadan warqad haysan, weydii xarunta GP-gaaga.
    .ask =
        Ma heli karaa wicitaan taleefan ama muuqaal beddelkeeda?
        Ma keeni karaa qof ila socda?

referral-waiting =
    .title = Waxaad sugtaa ballantaada ugu horreysa
    .body =
        Kooxda isbitaalka ayaa ilaalisa kaalintaada ee liiska.
        Isbitaalku wuxuu kuu soo diri karaa fariin qoraal ah si uu u hubiyo inaad weli u baahan tahay in lagu arko. Ka jawaab haddii aad awoodo. Haddii aadan ka jawaabin, wac kooxda isbitaalka. Lagaama saari doono liiska kaliya sababtoo ah inaadan ka jawaabin.
        Waxaad ka arki kartaa celceliska sugitaanka isbitaal kasta website-ka My Planned Care. Waa celcelis oo keliya.
        Haddii aad su'aal ka qabto ballantaada, weydii kooxda isbitaalka. Waa inay kuu jawaabaan, ee aysan dib kuugu celin GP-gaaga.
    .if-not = Haddii aadan ka maqlin isbitaalka waqtigii laguu sheegay, wac kooxda isbitaalka.
    .ask =
        Intee le'eg ayaa sugitaanka kooxdani yahay?
        Yaan wacaa haddii qorshayaashaydu isbeddelaan?

referral-worse =
    .title = Haddii aad ka sii darto inta aad sugayso
    .body =
        Haddii aad aad uga sii darto, ama aad yeelato calaamado cusub oo ku welwelinaya, la xiriir xarunta GP-gaaga ama wac NHS 111 isla maalintaas.
        Xaaladaha degdegga ah, wac 999.
        Sidoo kale u sheeg kooxda isbitaalka. Dhakhtar halkaas jooga ayaa hubin kara inaad u baahan tahay in goor hore lagu arko.
        GP-gaaguna wuxuu isbitaalka ka codsan karaa inay goor hore ku arkaan, ama wuxuu ka dhigi karaa u-gudbinta mid degdeg ah.
    .if-not = Haddii kooxda isbitaalku aanay kuu soo celin wicitaanka ilaa dhammaadka maalinta shaqo ee xigta, mar kale wac. Ha sugin iyaga haddii aad ka sii darto: wac xarunta GP-gaaga ama NHS 111 isla maalintaas.
    .ask =
        Isbeddelladee ayaa ah inaan ku soo waco haddii ay dhacaan?
        Ma la i arki karaa goor hore haddii aan ka sii daro?

referral-appointment =
    .title = Ballantaada ugu horreysa
    .body =
        Waxaad aragtaa kooxda isbitaalka. Waxay kula hadli karaan, ku baari karaan ama samayn karaan baaritaano.
        Qaado warqaddaada, liiska daawooyinkaaga iyo su'aal kasta oo aad qabto.
        Haddii aadan tegi karin, u sheeg kooxda isbitaalka sida ugu dhakhsaha badan si ay waqtigaaga u siiyaan qof kale.
    .if-not = Haddii ballantaada la joojiyo, kooxda isbitaalku waa inay ku siiyaan maalin cusub. Wac iyaga haddii aadan mid helin.
    .ask =
        Maxaad u malaynaysaa inay dhibaatadu tahay?
        Maxaa xiga, yaase qaban doona?
        Yaan wacaa haddii aan su'aal qabo hadhow?

referral-letter =
    .title = Isbitaalku wuxuu warqad u qoraa GP-gaaga
    .body =
        Ballantaada kadib, kooxda isbitaalku waxay warqad u qoraan GP-gaaga haddii GP-gaagu u baahan yahay inuu wax qabto. Tan waxaa la yiraahdaa warqadda kilinikka (clinic letter). Waa inaad adiguna nuqul heshaa.
    .if-not = Haddii xarunta GP-gaagu aanay helin warqadda ilaa waqtiga la muujiyay, wac kooxda isbitaalka. Ka codso inay soo diraan.
    .ask =
        Ma heli doonaa nuqul warqadda ah?
        GP-gaygu ma u baahan yahay inuu wax qabto?

referral-after =
    .title = Waxa isbitaalku qabanayo marka xigta
    .body =
        Haddii aad u baahan tahay baaritaano dheeraad ah, kooxda isbitaalka ayaa codsata. Iyagaa kuu sheega natiijooyinka.
        Haddii aad u baahan tahay inaad dib u timaado, kooxda isbitaalku waa inay kuu sheegaan sida loo diyaarin doono. Mararka qaarkood adigaa la gudboon inaad la xiriirto iyaga.
        Haddii aad u baahan tahay inaad aragto koox kale oo isbitaalka ah dhibaato la xiriirta awgeed, isbitaalka ayaa kuu dira. Uma baahnid inaad marka hore ku noqoto GP-gaaga.
    .if-not = Haddii laguu sheegay inaad war ka heli doonto baaritaan ama ballan oo aadan helin, wac kooxda isbitaalka.
    .ask =
        Ma u baahanahay inaan mar kale ku arko?
        Adigaa qabsan doona, mise anigaa kula soo xiriiraya?
        Yaa ii sheegaya natiijooyinka baaritaankayga?
