# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Kadib A&E ama xarunta daaweynta degdegga ah
    .summary = Cidda waxa qabata kadib markaad tagto A&E, cidda kuu sheegta natiijooyinka baaritaanka, iyo goorta aad aragto GP-gaaga.
    .intro = Waxaad tagtay A&E ama xarunta daaweynta degdegga ah (urgent treatment centre), hadana waxaad joogtaa guriga. Halkan waxaa ku qoran cidda waxa xiga qabata, iyo cidda aad la xiriirto.
    .keywords = A&E, A and E, qaybta gurmadka degdegga ah, xarunta daaweynta degdegga ah, UTC, walk-in centre, dhaawacyo yaryar, kadib A&E, kilinikka lafaha jabay, laf jabtay, natiijooyinka raajada, u tag GP-gaaga haddii, dabagal kadib A&E, accident and emergency, emergency department, urgent treatment centre, minor injuries, fracture clinic, broken bone, x-ray results, see your GP if, follow-up after A&E

after-urgent-care-letter =
    .title = Isbitaalku wuxuu GP-gaaga u sheegaa booqashadaada
    .body =
        A&E ama xarunta daaweynta degdegga ah waxay xarunta GP-gaaga u dirtaa warqad ku saabsan booqashadaada.
        Uma baahnid inaad ballan GP qabsato kaliya si aad ugu sheegto inaad tagtay.
        Weydiiso warqad talo (advice sheet) haddii ay hayaan, si aad u ogaato waxa aad guriga ugu fiirsanayso.
    .if-not = Haddii xarunta GP-gaagu u baahan tahay warqadda oo aanay helin, wac A&E ama xarunta daaweynta degdegga ah. Ka codso inay soo diraan.
    .ask =
        Ma u sheegi doontaan GP-gayga waxa maanta dhacay?
        Ma heli karaa warqad talo oo aan guriga u qaato?

after-urgent-care-follow-up =
    .title = Isbitaalku wuxuu qabsadaa ballantaada xigta
    .body =
        Waxaa laga yaabaa inaad u baahato inaad dib u timaado, tusaale ahaan kilinikka lafaha jabay (fracture clinic) haddii laf kaa jabtay. Isbitaalka ayaa tan qabsada, ee ma aha GP-gaaga.
        Mararka qaarkood kooxda lafaha jabay ayaa ku soo waca, halkii ay ku arki lahaayeen.
    .if-not = Haddii laguu sheegay inaad war ka heli doonto dabagalka oo aadan helin, wac lambarka ku qoran warqadda talada ama warqaddaada. Haddii aadan lambar haysan, wac lambarka guud ee isbitaalka.
    .ask =
        Ma u baahanahay inaan dib u imaado? Yaa qabsan doona?
        Sidee ayaad ila soo xiriiri doontaan?

after-urgent-care-results =
    .title = Kooxda samaysay baaritaanka ayaa kuu sheegta natiijada
    .body =
        Baaritaannada qaar, sida raajada (x-ray), mar kale ayaa la eegaa kadib markaad baxdo. Kooxda codsatay baaritaanka ayaa masuul ka ah natiijada.
        Haddii natiijadu u baahan tahay in wax laga qabto, waxay la xiriiraan adiga ama GP-gaaga. Weydii sida ay tan u samayn doonaan.
    .if-not = Haddii laguu sheegay inaad war ka heli doonto natiijo oo aadan helin, wac meeshii aad tagtay.
    .ask =
        Ma jiraan natiijooyin weli soo socda?
        Yaa iga warrami doona?

after-urgent-care-see-gp =
    .title = Marka ay kuu sheegaan "u tag GP-gaaga haddii"
    .body =
        Shaqaaluhu waxay kuu sheegi karaan inaad u tagto GP-gaaga haddii wax aanay soo fiicnaan. Tani waxay ka dhigan tahay inaad adigu la xiriirto xarunta GP-gaaga. Xaruntu ma ogaan doonto inay kula soo xiriirto.
        Haddii ay ku siiyeen waqti, la xiriir xarunta GP-gaaga haddii aadan waqtigaas ka soo fiicnaan.
    .if-not = Haddii aadan heli karin xarunta GP-gaaga oo aad welwelsan tahay, wac NHS 111.
    .ask =
        Maxaan u fiirsadaa?
        Goorma ayaan u tagaa GP-gayga haddii aanay soo fiicnaan?

after-urgent-care-worse =
    .title = Haddii aad ka sii darto
    .body =
        Haddii aad ka sii darto, ama aad yeelato calaamado cusub oo ku welwelinaya, wac NHS 111 ama la xiriir xarunta GP-gaaga isla maalintaas.
        Haddii shaqaaluhu kuu sheegeen inaad dib u timaado haddii wax dhacaan, dib u noqo.
        Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii aadan caawimaad heli karin oo aad aad u xanuunsan tahay, wac 999.
    .ask =
        Calaamadahee ayaa ah inaan dib u imaado?
