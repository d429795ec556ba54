# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = GP-gaagu wuxuu si degdeg ah kuugu diray isbitaalka
    .summary = Waxa dhaca marka GP-gaagu si dhakhso ah kuugu diro isbitaalka, iyo cidda aad wacayso haddii aadan waxba maqlin.
    .intro = GP-gaagu (dhakhtarka qoyska) wuxuu rabaa in koox isbitaal ay ku arkaan dhowaan. Tan waxaa la yiraahdaa u-gudbin degdeg ah (urgent referral). GP-gaagu waxaa laga yaabaa inuu sheegay in ujeeddadu tahay in kansar laga baaro. Dadka badankooda sidan loo diro kansar ma qabaan. Halkan waxaa ku qoran waxa xiga iyo cidda qabata qayb kasta.
    .keywords = u-gudbin degdeg ah, degdeg, laga shakiyo kansar, kansar, ma kansar baa, baaritaanka kansarka, sugitaanka 2 toddobaad, si dhakhso ah, ogaansho dhakhso ah, si toos ah baaritaan, burur, sawir dhakhso ah, isbitaalka ayaa i soo wacay, lambar aan la aqoon, biopsy, urgent referral, urgent, suspected cancer, cancer, two week wait, 2 week wait, fast track, faster diagnosis, straight to test, lump, scan, unknown number

urgent-referral-sent =
    .title = GP-gaagu wuxuu diraa u-gudbin degdeg ah
    .body =
        GP-gaagu wuxuu warqad u qoraa kooxda isbitaalka, wuxuuna ku calaamadiyaa inay degdeg tahay. Waa inuu kuu sheegaa sababta.
        Waa degdeg si wax kasta oo khatar ah loo helo si dhakhso ah, ama loo hubiyo inaanu jirin.
        Mararka qaarkood waxaad si toos ah u aadaa baaritaan, sida sawir (scan), kahor intaadan arkin takhasusle.
        Hubi in xarunta GP-gaagu haysato lambarka taleefankaaga iyo cinwaankaaga saxda ah.
    .if-not = Haddii aadan hubin in u-gudbinta la diray, la xiriir xarunta GP-gaaga maalinta shaqo ee xigta oo weydii.
    .ask =
        Maxaad si degdeg ah iigu diraysaa?
        Baaritaan ama ballan noocee ah ayaan filan karaa?
        Ma heli karaa buug-yare ku saabsan tan?

urgent-referral-contact =
    .title = Isbitaalku wuxuu kula soo xiriiraa dhowaan
    .body =
        Isbitaalku inta badan wuxuu kula soo xiriiraa dhowr maalmood gudahood. Waxay noqon kartaa taleefan, fariin qoraal ah ama warqad.
        Ka jawaab wicitaannada ka yimaada lambarro aadan aqoon, oo eeg fariimahaaga. Isku day inaad diyaar u ahaato inaad tagto xitaa haddii waqti yar lagu siiyo.
    .if-not = Haddii aanu qofna kula soo xiriirin hal toddobaad kadib, wac xarunta GP-gaaga. Ka codso inay hubiyaan in isbitaalku helay u-gudbinta. Waxaad sidoo kale wici kartaa kooxda ballamaha ee isbitaalka.
    .ask =
        Goorma ayay tahay inaan ka maqlo isbitaalka?
        Yaan wacaa haddii aanan tegi karin maalinta aad i siisaan?

urgent-referral-tests =
    .title = Kooxda isbitaalku waxay sameeyaan baaritaano
    .body =
        Kooxda isbitaalku waxay samayn karaan baaritaano, sida sawir (scan), baaritaanka dhiigga ama baaritaan kamarad lagu eego jidhka gudihiisa. Waxay kuu sheegaan waxa baaritaan kasta loogu talagalay.
        NHS-ku wuxuu higsanayaa inuu kuu sheego inaad kansar qabto iyo in kale 28 maalmood gudahood laga bilaabo u-gudbinta. Dadka badankood waa loo sheegaa ka hor intaas.
        Haddii ay ka badato, kooxda isbitaalku waa inay kuu sheegaan sababta, iyo waxa xiga.
    .if-not = Haddii aadan war ka helin natiijada waqtigii ay kooxdu kuu sheegtay, wac kooxda isbitaalka.
    .ask =
        Baaritaankan maxaa loogu talagalay?
        Goorma ayaan helayaa natiijada, yaase ii sheegaya?

urgent-referral-result =
    .title = Kooxda isbitaalku waxay kuu sheegaan natiijada
    .body =
        Kooxda isbitaalka ayaa kuu sheegta natiijada. Waxay sidoo kale warqad u qoraan GP-gaaga.
        Haddii aanay kansar ahayn, waxay kuu sheegaan waxa xiga. Waxaa laga yaabaa inaadan u baahnayn inaad mar kale aragto. Ama waxay kuu diri karaan koox kale.
        Haddii ay kansar tahay, koox takhasus leh ayaa ku daryeesha. Waxaa laguu magacaabaa qof aad la xiriirto, inta badan kalkaaliso takhasus leh.
    .if-not = Haddii aan laguu sheegin natiijadaada, wac kooxda isbitaalka. Ha sugin in GP-gaagu kuu sheego.
    .ask =
        Yaan la xiriiraa haddii aan su'aalo qabo?
        Ma u baahanahay inaan dib u imaado?
        Calaamadahee ayaan u fiiro yeeshaa mustaqbalka?

urgent-referral-worse =
    .title = Haddii aad ka sii darto inta aad sugayso
    .body =
        Haddii aad aad uga sii darto, ama aad yeelato calaamado cusub oo ku welwelinaya, la xiriir xarunta GP-gaaga ama wac NHS 111 isla maalintaas.
        Xaaladaha degdegga ah, wac 999.
        Sidoo kale u sheeg kooxda isbitaalka, si ay u ogaadaan.
    .if-not = Haddii kooxda isbitaalku aanay kuu soo celin wicitaanka ilaa dhammaadka maalinta shaqo ee xigta, mar kale wac. Haddii aad ka sii darto, wac xarunta GP-gaaga ama NHS 111 isla maalintaas.
    .ask =
        Isbeddelladee ayaa ah inaan ku soo waco haddii ay dhacaan?
        Yaan wacaa habeenkii ama dhammaadka toddobaadka?
