# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = GP-gaagu wuxuu kuu diray koox isbitaal
    .summary = Cidda qabsata ballantaada ugu horreysa, inta ay qaadato, iyo cidda aad wacayso inta aad sugayso.
    .intro = GP-gaagu (dhakhtarka qoyska) wuxuu u malaynayaa in koox isbitaal ay ku arkaan. Tan waxaa la yiraahdaa u-gudbin (referral). Halkan waxaa ku qoran waxa xiga iyo cidda qabata qayb kasta.
    .keywords = u-gudbin, la i gudbiyay, loo diray isbitaalka, takhasusle, warqadda isbitaalka, qabsasho ballan, ballan, dhakhtar sare, kilinik, liiska sugitaanka, referral, referred, specialist, hospital letter, e-referral, booking, appointment, consultant, clinic, waiting list

referral-sent =
    .title = GP-gaagu wuxuu diraa u-gudbinta
    .body =
        GP-gaagu wuxuu warqad u qoraa kooxda isbitaalka. Wuxuu sheegaa waxa dhibaatadu tahay iyo sababta loo baahan yahay in lagu arko.
        Mararka qaarkood isbitaalku wuxuu marka hore codsadaa baaritaano, sida baaritaanka dhiigga. Haddii ay sidaas tahay, GP-gaagu wuxuu sameeyaa kahor inta aan u-gudbinta la dirin.
    .if-not = Haddii aadan waxba maqlin 2 toddobaad kadib, la xiriir xarunta GP-gaaga. Weydii in u-gudbinta la diray.
    .ask =
        Kooxdee isbitaal ayaad ii diraysaa?
        Ma u baahanahay baaritaano marka hore?
        Ma loo calaamadin doonaa inay degdeg tahay?

referral-booking =
    .title = Waxaad heshaa warqad, iimayl ama fariin qoraal ah si aad u qabsato
    .body =
        Waxaad heli kartaa warqad leh lambar ballan iyo furaha sirta ah (password). Meel ammaan ah ku hay.
        Ama waxaad heli kartaa iimayl ama fariin qoraal ah oo ka timid "NHS Referrals". Waxay leedahay link fura NHS App ama website-ka NHS.
        Ku isticmaal si aad u doorato maalin iyo waqti, ama si aad u wacdo kooxda ballamaha.
    .if-not = Haddii aanay waxba iman 2 toddobaad gudahood, wac lambarka ku qoran warqadda u-gudbinta. Haddii aadan warqad haysan, weydii xarunta GP-gaaga.
    .ask =
        Ma dooran karaa isbitaalka aan aado?
        Ma heli karaa wicitaan taleefan ama muuqaal beddelkeeda?
        Ma keeni karaa qof ila socda?

referral-waiting =
    .title = Waxaad sugtaa ballantaada ugu horreysa
    .body =
        Kooxda isbitaalka ayaa ilaalisa kaalintaada ee liiska. GP-gaagu ma dhakhsiin karo ballanta.
        Isbitaalku wuxuu kuu soo diri karaa fariin qoraal ah si uu u hubiyo inaad weli u baahan tahay in lagu arko. Fadlan ka jawaab, haddii kale waxaad lumin kartaa kaalintaada.
        Waxaad ka arki kartaa celceliska sugitaanka isbitaal kasta website-ka My Planned Care. Waa celcelis oo keliya.
        Haddii aad su'aal ka qabto ballantaada, weydii kooxda isbitaalka. Waa inay kuu jawaabaan, ee aysan dib kuugu celin GP-gaaga.
    .if-not = Haddii aadan ka maqlin isbitaalka waqtigii laguu sheegay, wac kooxda isbitaalka.
    .ask =
        Intee le'eg ayaa sugitaanka kooxdani yahay?
        Yaan wacaa haddii qorshayaashaydu isbeddelaan?

referral-worse =
    .title = Haddii aad ka sii darto inta aad sugayso
    .body =
        Haddii dhibaatadii laguu soo diray ay sii xumaato, u sheeg kooxda isbitaalka. Iyagaa go'aamiya in goor hore lagu arko.
        Haddii aad xanuunsan tahay oo aadan garanayn waxa aad samayso, wac xarunta GP-gaaga ama NHS 111.
        Xaaladaha degdegga ah, wac 999.
        Haddii aad qabto dhibaato cusub oo aan la xiriirin tan, u tag GP-gaaga sidii caadiga ahayd.
    .if-not = Haddii kooxda isbitaalku aanay kuu soo celin wicitaanka, mar kale wac. Haddii aad ka sii darto, wac NHS 111 ama GP-gaaga.
    .ask =
        Isbeddelladee ayaa ah inaan ku soo waco haddii ay dhacaan?
        Ma la i arki karaa goor hore haddii aan ka sii daro?

referral-appointment =
    .title = Ballantaada ugu horreysa
    .body =
        Waxaad aragtaa kooxda isbitaalka. Waxay kula hadli karaan, ku baari karaan ama samayn karaan baaritaano.
        Qaado warqaddaada, liiska daawooyinkaaga iyo su'aal kasta oo aad qabto.
        Haddii aadan tegi karin, u sheeg kooxda isbitaalka sida ugu dhakhsaha badan si ay waqtigaaga u siiyaan qof kale.
    .if-not = Haddii ballantaada la joojiyo, kooxda isbitaalku waa inay ku siiyaan maalin cusub. Wac haddii aadan mid helin.
    .ask =
        Maxaad u malaynaysaa inay dhibaatadu tahay?
        Maxaa xiga, yaase qaban doona?
        Yaan wacaa haddii aan su'aal qabo hadhow?

referral-after =
    .title = Ballantaada kadib
    .body =
        Kooxda isbitaalku waxay warqad u qoraan GP-gaaga 10 maalmood gudahood haddii GP-gaagu u baahan yahay inuu wax qabto. Waa inaad adiguna nuqul heshaa.
        Haddii aad u baahan tahay baaritaano dheeraad ah, kooxda isbitaalka ayaa samaysa oo kuu sheegta natiijooyinka.
        Haddii aad u baahan tahay inaad aragto koox kale oo isbitaalka ah dhibaato la xiriirta awgeed, isbitaalka ayaa kuu dira. Uma baahnid inaad marka hore ku noqoto GP-gaaga.
    .if-not = Haddii aadan warqad helin 2 toddobaad kadib, wac kooxda isbitaalka.
    .ask =
        Ma heli doonaa nuqul warqadda ah?
        Ma u baahanahay inaan mar kale ku arko?
        GP-gaygu ma u baahan yahay inuu wax qabto?
