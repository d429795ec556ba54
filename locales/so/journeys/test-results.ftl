# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Natiijooyinka baaritaankaaga
    .summary = Cidda kuu sheegta natiijada baaritaankaaga, iyo waxa aad samayso haddii aadan waxba maqlin.
    .intro = Baaritaanku wuxuu caawiyaa in la ogaado waxa khaldan, ama wuxuu hubiyaa sida aad u fiican tahay. Kooxda codsata baaritaanka ayaa kuu sheegta natiijada. Halkan waxaa ku qoran waxa ay tahay inay dhacdo.
    .keywords = natiijooyinka baaritaanka, natiijada baaritaanka, natiijooyin, baaritaanka dhiigga, natiijada dhiigga, dhiig, iskaan, raajo, baaritaanka kaadida, muunad, biopsy, sugitaanka natiijooyinka, natiijo ma jirto, waxba ma maqlin, raadi natiijooyinka, yaa ii sheegaya natiijooyinkayga, natiijada NHS App-ka, natiijo aan caadi ahayn, baaritaanka isbitaalka, baaritaan xarunta GP-ga, maxay natiijadaydu ka dhigan tahay, test results, results, blood test, blood results, bloods, scan, x-ray, urine test, sample, result in the NHS App, abnormal result

test-results-asked =
    .title = Waxaa laguu sheegaa sababta aad baaritaan ugu baahan tahay
    .body =
        Koox isbitaal ayaa kaa codsan karta inaad samayso baaritaan. Wuxuu noqon karaa baaritaanka dhiigga, raajo ama iskaan.
        Waa inay kuu sheegaan sababta aad ugu baahan tahay iyo waxa uu muujin karo.
        Waa inay sidoo kale kuu sheegaan sida aad natiijada u maqli doonto, cidda kuu sheegi doonta, iyo goorta.
        Haddii GP-gaagu codsado baaritaan, xarunta GP-gaaga ayaa tahay inay waxyaabahan kuu sheegto.
    .if-not = Haddii aan laguu sheegin sida aad natiijada u heli doonto, weydii kooxda codsatay baaritaanka.
    .ask =
        Maxaan baaritaankan ugu baahanahay?
        Muxuu muujin karaa?
        Yaa ii sheegi doona natiijada, goormase?

test-results-taken =
    .title = Waxaad samaysaa baaritaanka
    .body =
        Meesha baaritaanka lagaa sameeyo waxay ku xiran tahay meesha aad deggan tahay. Waxay noqon kartaa isbitaalka, kilinik dhiig-qaadis oo kuu dhow, ama xarunta GP-gaaga.
        Xarumo badan oo GP ah ma qaadi karaan dhiigga baaritaannada isbitaalku codsaday. Weydii kooxda codsatay baaritaanka meesha aad aadayso.
        Meel kasta oo lagu sameeyo, natiijadu waxay u tagtaa kooxda codsatay.
        Natiijadu waxay qaadan kartaa maalmo ama toddobaadyo inay soo noqoto. Waxay ku xiran tahay baaritaanka.
    .if-not = Haddii aadan tegi karin baaritaankaaga, u sheeg meesha qabsatay sida ugu dhakhsaha badan. Weydii waqti cusub.
    .ask =
        Xaggee ayaan u tagaa baaritaankayga?
        Ma u baahanahay inaan wax sameeyo marka hore, sida inaanan wax cunin?

test-results-app =
    .title = Waxaa laga yaabaa inaad natiijada marka hore ku aragto NHS App
    .body =
        Natiijooyin badan hadda waxay iskood uga muuqdaan NHS App. Waxaa laga yaabaa inaad aragto natiijo kahor inta aanu qofna kaala hadlin.
        Natiijo lagu calaamadiyay inaanay caadi ahayn had iyo jeer ma aha mid khatar ah. Natiijooyinka qaar wax yar ayay ka baxsan yihiin heerka caadiga ah, waana caadi.
        Haddii natiijo ku welwelisay, la xiriir kooxda codsatay baaritaanka. Waxay kuu sheegi karaan waxa ay adiga kuu tahay.
    .if-not = Haddii aadan heli karin kooxda oo aad welwelsan tahay, wac xarunta GP-gaaga ama NHS 111. Xaaladaha degdegga ah, wac 999.
    .ask =
        Natiijadaydu ma ka muuqan doontaa NHS App-ka?
        Qof ma ila hadli doonaa kahor intaanan arkin?

test-results-told =
    .title = Kooxda ayaa kuu sheegta natiijada
    .body =
        Kooxda codsatay baaritaanka ayaa hubisa natiijada. Iyagaa go'aamiya waxa xiga, oo iyagaa kuu sheega.
        Haddii koox isbitaal codsatay, kooxda isbitaalka ayaa kuu sheegta. Tani waa run xitaa haddii dhiiggaaga laga qaaday xarunta GP-gaaga.
        GP-gaagu waxaa laga yaabaa inuu arki karo natiijada, laakiin kooxda codsatay ayaa ah cidda sharxaysa.
    .if-not = Haddii aadan waxba maqlin waqtigii laguu sheegay, la xiriir kooxda codsatay baaritaanka.
    .ask =
        Maxay natiijadaydu ka dhigan tahay?
        Maxaa xiga?
        GP-gaygu ma u baahan yahay inuu wax qabto?

test-results-chase =
    .title = Haddii aadan waxba maqlin
    .body =
        Haddii waqtigii laguu sheegay uu dhaafay, la xiriir kooxda codsatay baaritaanka. Ha sugin oo keliya.
        Haddii koox isbitaal codsatay, wac kooxda isbitaalka. Haddii GP-gaagu codsaday, la xiriir xarunta GP-gaaga.
        Haddii aad ka sii darto inta aad sugayso, wac xarunta GP-gaaga ama NHS 111 isla maalintaas. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii aadan weli jawaab ka heli karin isbitaalka, weydiiso kooxdiisa talobixinta bukaanka. Way ku caawiyaan marka wax khaldamaan.
    .ask =
        Goorma ayay ahayd inaan war helo?
        Yaa ila hadli kara natiijadayda?
