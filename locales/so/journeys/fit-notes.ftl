# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Helitaanka fit note
    .summary = Goorta aad u baahan tahay fit note, cidda ku siisa, iyo waxa aad samayso haddii aadan helin.
    .intro = Fit note waa warqad sheegaysa in aad caafimaad ahaan shaqayn karto iyo in kale. Dadka qaar waxay ugu yeeraan sick note (warqadda jirada). Halkan waxaa ku qoran goorta aad u baahan tahay, cidda ku siisa, iyo waxa aad samayso haddii aadan helin.
    .keywords = warqadda jirada, warqadda shaqada, fasax shaqo, shaqo ka maqnaansho, fasax jiro, warqadda dhakhtarka, warqad loogu talagalay shaqada, warqad loogu talagalay maamulaha, shaqo-bixiye, mushaharka jirada, adigu is-sheeg (self certify), universal credit, gunnooyinka dowladda (benefits), ESA, sick note, fit note, off work, time off work, doctor's note, statement of fitness for work, med 3, employer, sick pay, self certify, self-certification, benefits

fit-notes-first-week =
    .title = 7-da maalmood ee ugu horreeya ee aad maqan tahay
    .body =
        7-da maalmood ee ugu horreeya ee aad jiro u maqan tahay, uma baahnid fit note. Maalmaha aadan shaqayn sidoo kale waa lagu tiriyaa.
        Adigu ayaa u sheegaya shaqo-bixiyahaaga. Shaqo-bixiyeyaasha qaar waxay leeyihiin foom loogu talagalay tan.
        Haddii aad maqnaato in ka badan 7 maalmood, waxaad u baahan tahay fit note.
    .if-not = Haddii shaqo-bixiyahaagu kaa codsado fit note 7-da maalmood ee ugu horreeya, u sheeg inaad buuxin karto foomkooda, ama foomka ku jira website-ka GOV.UK.
    .ask =
        Hadda ma u baahanahay fit note?
        Sidee ugu sheegaa shaqo-bixiyahayga inaan jiro u maqnahay?

fit-notes-hospital =
    .title = Isbitaalka ayaa ku siiya
    .body =
        Kooxda isbitaalku ma filayaan inaad shaqada ka maqnaato muddo ka badan intaas? Markaas waxay ku siiyaan fit note kahor intaadan bixin.
        Waa inay daboolaysaa muddada oo dhan ee ay filayaan inaad maqnaato. Sidaas darteed arrintan uma baahnaan doontid fit note labaad oo GP-gaaga ka timaada.
        Waxaad siin kartaa shaqo-bixiyahaaga. Waxaad sidoo kale u isticmaali kartaa gunnooyinka dowladda (benefits), sida Universal Credit.
    .if-not = Haddii aad baxdo adiga oo aan haysan, wac kooxda isbitaalka. Ka codso inay kuu soo diraan fit note.
    .ask =
        Muddo intee le'eg ayaad u malaynaysaa inaan shaqada ka maqnaan doono?
        Ma heli karaa fit note daboolaysa muddadaas oo dhan?
        Ma samayn karaa shaqo qaar, ama shaqo fudud?

fit-notes-who =
    .title = Cidda saxiixi karta
    .body =
        Fit note kuma koobna inay dhakhtar ka timaado.
        Kalkaaliso, farmashiiste, physiotherapist ama occupational therapist ayaa ku siin kara, haddii ay ku baareen.
        Physiotherapist wuxuu ka caawiyaa jidhkaaga inuu dhaqaaqo. Occupational therapist wuxuu kaa caawiyaa inaad qabato hawlaha maalin walba.
        Sidaas darteed qofka ku daweynaya ayaa laga yaabaa inuu yahay kan ku siinaya fit note-kaaga.
    .if-not = Haddii qofka ku daweynaya uusan ku siin karin, weydii cidda kooxdooda ka mid ah ee bixin karta.
    .ask =
        Ma i siin kartaa fit note?
        Haddii kale, yaa kooxdaada ka mid ah oo bixin kara?

fit-notes-missing =
    .title = Haddii aadan helin
    .body =
        Haddii isbitaalku filayay inaad shaqada ka maqnaato laakiin uusan ku siin fit note, wac kooxda isbitaalka ee ku daweysay.
        Waa shaqadooda inay ku siiyaan. GP-gaagu uma baahna inuu iyaga u qabto.
    .if-not = Haddii kooxda isbitaalku aanay ku caawin, weydiiso kooxda talobixinta bukaanka ee isbitaalka.
    .ask =
        Ma ii soo diri kartaa fit note-kayga boosto ahaan ama iimayl ahaan?
        Ma daboolaysaa muddada oo dhan ee aan u baahanahay fasaxa?

fit-notes-gp =
    .title = Marka GP-gaagu bixiyo
    .body =
        Xarunta GP-gaagu waxay bixisaa fit note dhibaatooyinka GP-gaagu daweynayo.
        Dhibaato isbitaalku daweynayo, marka hore weydii kooxda isbitaalka.
        Haddii aadan hubin cidda kaaga daweynaysa dhibaato, weydii xarunta GP-gaaga.
    .if-not = Haddii aadan fit note ka heli karin cidna, weydii xarunta GP-gaaga waxa aad samayso.
    .ask =
        Yaa iga daweynaya dhibaatadan?
        Ma i siin kartaa fit note oo ku saabsan?
