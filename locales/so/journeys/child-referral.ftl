# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Ilmahaaga waxaa loo diray dhakhtarka carruurta
    .summary = Cidda qabsata ballanta ilmahaaga, cidda aad wacayso inta aad sugayso, iyo cidda kuu sheegta natiijooyinka.
    .intro = GP-gaagu (dhakhtarka qoyska) wuxuu rabaa in dhakhtarka carruurta ee isbitaalku ka caawiyo daryeelka ilmahaaga. Adiga oo ah waalidka ama daryeelaha, waxaa laguu sheegaa waxa ilmahaaga ku dhacaya. Halkan waxaa ku qoran waxa xiga iyo cidda qabata qayb kasta.
    .keywords = ilmo, carruur, ilmahayga, wiil, gabar, ilmo yar, dhallaan, dhakhtarka carruurta, takhasuslaha carruurta, isbitaalka carruurta, u-gudbinta ilmaha, u-gudbin, warqadda isbitaalka, ballan, liiska sugitaanka, waalid, daryeele, ilmahaygu wuu sii xanuunsanayaa, ilmahaygu wuu ka sii darayaa, child, children, baby, kids, paediatrician, paediatrics, referral, appointment, waiting list, child more unwell, child getting worse

child-referral-advice =
    .title = GP-gaagu marka hore wuxuu talo weydiin karaa dhakhtarka carruurta
    .body =
        Dhakhtarka carruurta waxaa la yiraahdaa paediatrician. GP-gaagu wuxuu marka hore mid ka weydiin karaa talo ku saabsan ilmahaaga. Tani waxay noqon kartaa taleefanka ama internetka.
        Meelaha qaar, paediatrician ayaa yimaada xarumaha GP si uu carruurta halkaas ugu arko. Carruurta qaar waxaa guriga ku daryeeli kara koox isbitaal.
        Taladu waxay ka dhigan kartaa in ilmahaagu aanu u baahnayn inuu aado isbitaalka. GP-gaagu wuxuu kuu sheegaa waxa paediatrician-ku yiri.
    .if-not = Haddii aadan hubin waxa GP-gaagu u qabanayo ilmahaaga, la xiriir xarunta GP-gaaga oo weydii.
    .ask =
        Ma talo ayaad weydiinaysaa paediatrician, mise ilmahayga ayaad u diraysaa isbitaalka?
        Sidee ayaad iigu sheegi doontaa waxa uu yiri?

child-referral-sent =
    .title = GP-gaagu wuxuu diraa u-gudbinta
    .body =
        Haddii ilmahaagu u baahan yahay inuu arko paediatrician, GP-gaagu warqad ayuu u qoraa. Tan waxaa la yiraahdaa u-gudbin (referral).
        GP-gaagu wuxuu sidoo kale sheegaa muddada ay tahay in ilmahaaga lagu arko. U-gudbintu waxay noqon kartaa mid caadi ah ama mid degdeg ah.
        Mararka qaarkood isbitaalku wuxuu marka hore codsadaa baaritaano. Haddii ay sidaas tahay, GP-gaagu wuxuu diyaariyaa kahor inta aan u-gudbinta la dirin.
        Waxaa laguu sheegaa waxyaabaha isku midka ah ee loo sheegi lahaa bukaan qaangaar ah. Waxaa laguu sheegaa adiga oo ilmahaaga u hadlaya.
    .if-not = Weydii GP-gaaga goorta ay tahay inaad war ka hesho u-gudbinta. Haddii aadan waxba maqlin ilaa markaas, la xiriir xarunta GP-gaaga. Weydii in u-gudbinta la diray.
    .ask =
        Maxay ilmahaygu ugu baahan yahay inuu arko paediatrician?
        U-gudbintu ma caadi baa mise ma degdeg baa?
        Ilmahaygu ma u baahan yahay baaritaano marka hore?

child-referral-booking =
    .title = Waxaad heshaa warqad, iimayl ama fariin qoraal ah si aad ballan u qabsato
    .body =
        Waxaad heli kartaa warqad leh lambar ballan iyo furaha sirta ah (password). Meel ammaan ah ku hay.
        Ama waxaad heli kartaa iimayl ama fariin qoraal ah. Waxay leedahay link aad ballanta kaga qabsan karto NHS App ama website-ka NHS.
        Ku isticmaal si aad ilmahaaga ugu doorato maalin iyo waqti, ama si aad u wacdo kooxda ballamaha.
        Fariimaha qaar oo u eg inay ka yimaadeen NHS waa khiyaano (scam). NHS-ku kaama codsan doono inaad lacag bixiso ama inaad bixiso macluumaadka bangigaaga. Haddii aadan hubin, ha isticmaalin linkiga. Wac lambarka ku qoran warqaddaada.
    .if-not = Haddii aanay waxba iman ilaa waqtigii GP-gaagu sheegay, wac lambarka ku qoran warqadda u-gudbinta. Haddii aadan warqad haysan, weydii xarunta GP-gaaga.
    .ask =
        Ma dooran karaa isbitaalka uu ilmahaygu aado?
        Ilmahayga ma la arki karaa meel u dhow halka aan deggan nahay?

child-referral-waiting =
    .title = Ilmahaagu wuxuu sugaa in la arko
    .body =
        Kooxda isbitaalka ayaa ilaalisa kaalinta ilmahaaga ee liiska.
        Isbitaalku wuxuu kuu soo diri karaa fariin qoraal ah si uu u hubiyo in ilmahaaga weli loo baahan yahay in la arko. Ka jawaab haddii aad awoodo. Haddii aadan ka jawaabin, wac kooxda isbitaalka. Ilmahaaga lagama saari doono liiska kaliya sababtoo ah inaadan ka jawaabin.
        Haddii aad su'aal ka qabto ballanta, weydii kooxda isbitaalka. Waa inay kuu jawaabaan, ee aysan dib kuugu celin GP-gaaga.
    .if-not = Haddii aadan ka maqlin isbitaalka waqtigii laguu sheegay, wac kooxda isbitaalka.
    .ask =
        Intee le'eg ayaa sugitaanka kooxdani yahay?
        Yaan wacaa haddii qorshayaashayadu isbeddelaan?

child-referral-worse =
    .title = Haddii ilmahaagu u muuqdo inuu sii xanuunsanayo
    .body =
        Dareenkaaga aamin. Adigaa ilmahaaga sida ugu fiican u yaqaan.
        Wac 999 haddii ilmahaaga ay ku adag tahay inuu neefsado, ay aad u adag tahay in la toosiyo, ama uu qallal (fit) ku dhaco. Sidoo kale wac 999 haddii uu leeyahay finan (rash) aan baaba'ayn marka aad galaas ku riixdo.
        Haddii ilmahaagu u muuqdo inuu sii xanuunsanayo, ama aad welwelsan tahay, la xiriir xarunta GP-gaaga ama wac NHS 111 isla maalintaas.
        Sidoo kale u sheeg kooxda isbitaalka. Dhakhtar halkaas jooga ayaa hubin kara in ilmahaaga loo baahan yahay in goor hore la arko. GP-gaaguna wuxuu ka dhigi karaa u-gudbinta mid degdeg ah.
    .if-not = Haddii kooxda isbitaalku aanay kuu soo celin wicitaanka ilaa dhammaadka maalinta shaqo ee xigta, mar kale wac. Ha sugin iyaga haddii ilmahaagu u muuqdo inuu ka sii daray: wac xarunta GP-gaaga ama NHS 111 isla maalintaas.
    .ask =
        Calaamadahee ayaa ah inaan ku soo waco?
        Ilmahayga ma la arki karaa goor hore haddii uu ka sii daro?

child-referral-visit =
    .title = Ballanta ugu horreysa ee ilmahaaga
    .body =
        Ilmahaagu wuxuu arkaa paediatrician-ka ama qof kale oo ka mid ah kooxda carruurta. Waxay la hadli karaan labadiinaba, baari karaan ilmahaaga ama samayn karaan baaritaano.
        Keen warqadda, liiska daawooyinka ilmahaaga iyo su'aal kasta oo aad qabto.
        Qayb kasta oo daryeelka ilmahaaga ah waa inay lahaataa hal koox oo masuul ka ah. Haddii aadan hubin kooxdaas, weydii.
        Carruurta waaweyn waxaa laga yaabaa inay rabaan inay dhakhtarka kaligood la hadlaan qayb ka mid ah ballanta. Dhallinyaradu inta badan way dooran karaan waxa waalidkood loo sheegayo.
    .if-not = Haddii ballanta la joojiyo, kooxda isbitaalku waa inay ku siiyaan maalin cusub. Wac iyaga haddii aadan mid helin.
    .ask =
        Maxaad u malaynaysaa inay dhibaatadu tahay?
        Kooxdee ayaa masuul ka ah qayb kasta oo daryeelka ilmahayga ah?
        Yaan wacaa haddii aan su'aal qabo hadhow?

child-referral-letter =
    .title = Isbitaalku wuxuu warqad u qoraa GP-gaaga
    .body =
        Ballanta kadib, kooxda isbitaalku waxay warqad u qoraan GP-gaaga haddii GP-gaagu u baahan yahay inuu wax qabto. Tan waxaa la yiraahdaa warqadda kilinikka (clinic letter). Waa inaad adiguna nuqul heshaa.
    .if-not = Haddii xarunta GP-gaagu aanay helin warqadda ilaa waqtiga la muujiyay, wac kooxda isbitaalka. Ka codso inay soo diraan.
    .ask =
        GP-gayagu ma u baahan yahay inuu wax qabto?
        Ma heli karaa nuqul warqadda ah?

child-referral-results =
    .title = Baaritaannada iyo natiijooyinka
    .body =
        Haddii kooxda isbitaalku codsadaan baaritaan, iyagaa hubiya natiijada oo kuu sheega.
        Carruurta inta badan dhiigga waxaa laga qaadaa kilinikka carruurta ee isbitaalka. Weydii kooxda meesha aad aadayso.
        Meel kasta oo baaritaanka lagu sameeyo, kooxda codsatay ayaa kuu sheegta natiijada.
    .if-not = Haddii natiijadu dib u dhacdo, la xiriir kooxda codsatay baaritaanka.
    .ask =
        Xaggee ayuu ilmahaygu ku samaynayaa baaritaanka?
        Goorma iyo sidee ayaad ii sheegi doontaa natiijooyinka?
        Ilmahaygu ma u baahan yahay inuu mar kale ku arko?
