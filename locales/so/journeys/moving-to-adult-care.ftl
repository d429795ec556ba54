# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = U guurista daryeelka carruurta ilaa daryeelka dadka waaweyn
    .summary = Cidda qorsheysa u guuristaada daryeelka dadka waaweyn, iyo cidda aad la xiriirayso kahor iyo kadib.
    .intro = Waxaad qabtaa dhibaato caafimaad oo muddo dheer socota. Tan waxaa la yiraahdaa xaalad muddo dheer ah (long-term condition). Markaad weynaato, daryeelkaagu wuxuu ka guuraa kooxda carruurta una guuraa adeegyada dadka waaweyn. Halkan waxaa ku qoran cidda waxa qabata.
    .keywords = u guurista daryeelka dadka waaweyn, adeegyada dadka waaweyn, isbeddel, wareejin, koritaan, 16 jir noqosho, 18 jir noqosho, dhallinyaro, qof dhallinyaro ah, qof weyn oo da' yar, isbitaalka carruurta, xaalad muddo dheer ah, kilinikka dadka waaweyn, ka bixitaanka adeegyada carruurta, transition, transfer, adult services, young person, teenager, long-term condition, adult clinic

moving-to-adult-care-plan =
    .title = Kooxda carruurta ayaa qorsheysa u guurista
    .body =
        Kooxdaada carruurta ee isbitaalka ayaa qorsheysa u guuristaada daryeelka dadka waaweyn. Waa inay bilaabaan inay kaala hadlaan ugu dambeyn fasalka 9aad ee dugsiga (Year 9), marka aad tahay 13 ama 14 jir.
        Waa inaad leedahay hal shaqaale magacaaban (named worker) oo kaa caawiya qorsheynta. Weydii cidda uu yahay.
        Waxaad keeni kartaa waalid ama daryeele, haddii aad rabto. Waxaad sidoo kale codsan kartaa inaad dhakhtarka kaligaa la kulanto qayb ka mid ah ballan kasta.
    .if-not = Haddii aanu qofna kaala hadlin u guurista, weydii kooxdaada carruurta. Waxaad weydiin kartaa ballantaada xigta.
    .ask =
        Goorma ayaan u guuri doonaa daryeelka dadka waaweyn?
        Yaa ah shaqaalahayga magacaaban?
        Ma kula kulmi karaa kaligay qayb ka mid ah ballanta?

moving-to-adult-care-before =
    .title = Kahor u guurista
    .body =
        Ilaa u guurista, kooxdaada carruurta ayaa weli masuul ka ah daryeelkaaga.
        Waa inaad awooddaa inaad la kulanto qof ka tirsan kooxda dadka waaweyn kahor intaadan u guurin.
        La xiriir kooxdaada carruurta haddii aad su'aalo qabto, ama haddii xaaladdaadu sii xumaato. Haddii aad xanuunsan tahay oo aadan garanayn waxa aad samayso, wac xarunta GP-gaaga ama NHS 111 isla maalintaas. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii kooxda carruurtu aanay kuu soo celin wicitaanka ilaa dhammaadka maalinta shaqo ee xigta, mar kale wac. Haddii aad ka sii darto, wac NHS 111 ama GP-gaaga isla maalintaas.
    .ask =
        Yaan la xiriiraa ilaa aan ka guurayo?
        Ma la kulmi karaa kooxda dadka waaweyn kahor intaanan u guurin?

moving-to-adult-care-adult-team =
    .title = Kooxda dadka waaweyn ayaa la wareegta
    .body =
        U guurista kadib, koox dadka waaweyn ah oo isbitaalka ka tirsan ayaa daryeeli karta xaaladdaada.
        Shaqaalahaaga magacaaban waa inuu kula sii xiriiraa qiyaastii 6 bilood u guurista kadib, si uu u hubiyo inay si fiican u dhacday.
        Qayb kasta oo daryeelkaaga ah waa inay lahaataa hal koox oo masuul ka ah. Waa inaad ogaataa kooxdaas. Lambarkooda taleefanka meel ammaan ah ku hay.
    .if-not = Haddii aadan ogeyn cidda hadda masuulka ah, weydii shaqaalahaaga magacaaban. Ama weydii xarunta GP-gaaga.
    .ask =
        Kooxdee ayaa hadda masuul ka ah daryeelkayga?
        Sidee kuula xiriiraa?
        Intee jeer ayaan ku arki doonaa?

moving-to-adult-care-gp =
    .title = GP-gaagu wuxuu noqon karaa dhakhtarkaaga ugu muhiimsan
    .body =
        Xilligan, GP-gaagu wuxuu noqon karaa dhakhtarkaaga ugu muhiimsan. Taas macnaheedu waa in xarunta GP-gaagu ay daryeesho qayb badan oo daryeelkaaga ah.
        Weydii kooxdaada carruurta in tani kuu dhici doonto.
        Xarunta GP-gaaga ayaa sidoo kale ah meesha aad u tagto dhibaatooyin caafimaad oo cusub.
    .if-not = Haddii aadan hubin in GP-gaagu hadda yahay dhakhtarkaaga ugu muhiimsan, weydii xarunta GP-gaaga.
    .ask =
        Ma adigaa hadda ah dhakhtarkayga ugu muhiimsan?
        Ma haysaa warqadahayga isbitaalka?
        Yaan wacaa haddii xaaladdaydu sii xumaato?
