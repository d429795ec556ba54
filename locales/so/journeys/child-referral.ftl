# Journey: Your child has been referred to a children's doctor.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Ilmahaaga waxaa loo diray dhakhtarka carruurta
    .summary = Cidda qabsata ballanta ilmahaaga, cidda aad wacayso inta aad sugayso, iyo cidda kuu sheegta natiijooyinka.
    .intro = GP-gaaga (dhakhtarka qoyska) wuxuu rabaa in dhakhtarka carruurta ee isbitaalku arko ilmahaaga. Adiga oo ah waalidka ama daryeelaha, waxaa laguu sheegaa waxa ilmahaaga ku dhacaya. Halkan waxaa ku qoran waxa xiga iyo cidda qabata qayb kasta.
    .keywords = ilmo, carruur, ilmahayga, wiil, gabar, ilmo yar, dhallaan, dhakhtarka carruurta, takhasuslaha carruurta, isbitaalka carruurta, u-gudbinta ilmaha, u-gudbin, warqadda isbitaalka, ballan, liiska sugitaanka, waalid, daryeele, child, children, baby, kids, paediatrician, paediatrics, referral, appointment, waiting list

child-referral-sent =
    .title = GP-gaagu wuxuu diraa u-gudbinta
    .body =
        GP-gaagu wuxuu warqad u qoraa dhakhtarka carruurta ee isbitaalka. Dhakhtarkan waxaa la yiraahdaa paediatrician. In ilmahaaga loo diro isaga waxaa la yiraahdaa u-gudbin (referral).
        Mararka qaarkood isbitaalku wuxuu marka hore codsadaa baaritaano, sida baaritaanka dhiigga. Haddii ay sidaas tahay, GP-gaagu wuxuu sameeyaa kahor inta aan u-gudbinta la dirin.
        Waxaa laguu sheegaa waxyaabaha isku midka ah ee loo sheegi lahaa bukaan qaangaar ah. Waxaa laguu sheegaa adiga oo ilmahaaga u hadlaya.
    .if-not = Haddii aadan waxba maqlin 2 toddobaad kadib, la xiriir xarunta GP-gaaga. Weydii in u-gudbinta la diray.
    .ask =
        Maxay ilmahaygu ugu baahan yahay inuu arko paediatrician?
        Ilmahaygu ma u baahan yahay baaritaano marka hore?
        Ma loo calaamadin doonaa inay degdeg tahay?

child-referral-booking =
    .title = Waxaad heshaa warqad, iimayl ama fariin qoraal ah si aad u qabsato
    .body =
        Waxaad heli kartaa warqad leh lambar ballan iyo furaha sirta ah (password). Meel ammaan ah ku hay.
        Ama waxaad heli kartaa iimayl ama fariin qoraal ah oo ka timid "NHS Referrals". Waxay leedahay link fura NHS App ama website-ka NHS.
        Ku isticmaal si aad ilmahaaga ugu doorato maalin iyo waqti, ama si aad u wacdo kooxda ballamaha.
    .if-not = Haddii aanay waxba iman 2 toddobaad gudahood, wac lambarka ku qoran warqadda u-gudbinta. Haddii aadan warqad haysan, weydii xarunta GP-gaaga.
    .ask =
        Ma dooran karaa isbitaalka uu ilmahaygu aado?
        Ilmahayga ma lagu arki karaa meel u dhow halka aan deggan nahay?

child-referral-waiting =
    .title = Ilmahaagu wuxuu sugaa in la arko
    .body =
        Kooxda isbitaalka ayaa ilaalisa kaalinta ilmahaaga ee liiska. GP-gaagu ma dhakhsiin karo ballanta.
        Isbitaalku wuxuu kuu soo diri karaa fariin qoraal ah si uu u hubiyo in ilmahaaga weli loo baahan yahay in la arko. Fadlan ka jawaab, haddii kale ilmahaagu wuxuu lumin karaa kaalintiisa.
        Haddii aad su'aal ka qabto ballanta, weydii kooxda isbitaalka. Waa inay kuu jawaabaan, ee aysan dib kuugu celin GP-gaaga.
    .if-not = Haddii aadan ka maqlin isbitaalka waqtigii laguu sheegay, wac kooxda isbitaalka.
    .ask =
        Intee le'eg ayaa sugitaanka kooxdani yahay?
        Yaan wacaa haddii qorshayaashayadu isbeddelaan?

child-referral-worse =
    .title = Haddii ilmahaagu ka sii dario inta aad sugaysaan
    .body =
        Haddii dhibaatadu sii xumaato, u sheeg kooxda isbitaalka. Iyagaa go'aamiya in ilmahaaga goor hore la arko.
        Haddii ilmahaagu xanuunsan yahay oo aadan garanayn waxa aad samayso, wac xarunta GP-gaaga ama NHS 111.
        Xaaladaha degdegga ah, wac 999.
        Haddii ilmahaagu qabo dhibaato cusub oo aan la xiriirin tan, u tag GP-gaaga sidii caadiga ahayd.
    .if-not = Haddii kooxda isbitaalku aanay kuu soo celin wicitaanka, mar kale wac. Haddii ilmahaagu u muuqdo inuu ka sii daray, wac NHS 111 ama GP-gaaga.
    .ask =
        Isbeddelladee ayaa ah inaan ku soo waco haddii ay dhacaan?
        Ilmahayga ma la arki karaa goor hore haddii uu ka sii daro?

child-referral-visit =
    .title = Ballanta ugu horreysa ee ilmahaaga
    .body =
        Ilmahaagu wuxuu arkaa paediatrician-ka ama qof kale oo ka mid ah kooxda carruurta. Waxay la hadli karaan labadiinaba, baari karaan ilmahaaga ama samayn karaan baaritaano.
        Keen warqadda, liiska daawooyinka ilmahaaga iyo su'aal kasta oo aad qabto.
        Qayb kasta oo daryeelka ilmahaaga ah waa inay lahaataa hal koox oo masuul ka ah. Haddii aadan hubin kooxdaas, weydii.
    .if-not = Haddii ballanta la joojiyo, kooxda isbitaalku waa inay ku siiyaan maalin cusub. Wac haddii aadan mid helin.
    .ask =
        Maxaad u malaynaysaa inay dhibaatadu tahay?
        Kooxdee ayaa masuul ka ah qayb kasta oo daryeelka ilmahayga ah?
        Yaan wacaa haddii aan su'aal qabo hadhow?

child-referral-results =
    .title = Natiijooyinka baaritaanka iyo waxa xiga
    .body =
        Haddii kooxda isbitaalku codsadaan baaritaan, iyagaa hubiya natiijada oo kuu sheega. Tani waa run xitaa haddii dhiigga laga qaado xarunta GP-gaaga.
        Kooxda isbitaalku waxay warqad u qoraan GP-gaaga 10 maalmood gudahood haddii GP-gaagu u baahan yahay inuu wax qabto. Waa inaad adiguna nuqul heshaa.
    .if-not = Haddii natiijadu dib u dhacdo, la xiriir kooxda codsatay baaritaanka. Haddii aadan warqad helin 2 toddobaad kadib, wac kooxda isbitaalka.
    .ask =
        Goorma iyo sidee ayaad ii sheegi doontaa natiijooyinka?
        Ilmahaygu ma u baahan yahay inuu mar kale ku arko?
        GP-gayagu ma u baahan yahay inuu wax qabto?
