# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Xuquuqdaada marka aad sugayso daryeel isbitaal
    .summary = Doorashada isbitaalkaaga, codsashada inaad u guurto meel kale kadib sugitaan dheer, iyo sida loo garto fariimaha been abuurka ah.
    .intro = Marka GP-gaagu ku gudbiyo, waxaad xuquuq u leedahay meesha lagu arko, iyo inta aad sugayso kahor inta aan lagu arkin. Halkan waxaa ku qoran waxay yihiin, iyo cidda aad weydiinayso.
    .keywords = xuquuq, xuquuqdayda, doorasho, dooro isbitaalka, dooro meesha, isbitaal kale, u guur isbitaal kale, sugitaan ka gaaban, sugitaan dheer, 18 toddobaad, aad baan u sugay, fariinta liiska sugitaanka, fariintan ma run baa, khiyaano, scam, fariin khiyaano ah, fariin been ah, fariinta NHS, kaalintayda ma lumin doonaa, cabasho, rights, choice, choose hospital, other hospital, shorter wait, long wait, 18 weeks, waiting list text, scam text, fake text, NHS text, lose my place, complaint

waiting-list-rights-choice =
    .title = Inta badan waad dooran kartaa isbitaalkaaga
    .body =
        Marka GP-gaagu ku gudbiyo, inta badan waad dooran kartaa isbitaalka ama kilinikka aad aado. Tani waa xaqaaga England gudaheeda, u-gudbinta caadiga ah intooda badan.
        Waxaad website-ka My Planned Care ku barbar dhigi kartaa celceliska sugitaanka. Weydii GP-gaaga meelaha aad ka dooran karto.
    .if-not = Haddii aan laguu bixin doorasho oo aad rabtay mid, weydii xarunta GP-gaaga. Waxaad sidoo kale weydiin kartaa kooxda ballamaha marka aad ballanta qabsanayso.
    .ask =
        Isbitaallada aan ka dooran karo waa kuwee?
        Midkee baa sugitaankiisu ugu gaaban yahay?

waiting-list-rights-long-wait =
    .title = Haddii aad muddo dheer sugaysay
    .body =
        Dhibaatooyinka aan degdegga ahayn intooda badan, waxaad xaq u leedahay inaad daaweyn bilowdo 18 toddobaad gudahood laga bilaabo u-gudbinta. Tan waxay ku qoran tahay NHS Constitution (dastuurka NHS).
        Sugitaanno badan hadda way ka dheer yihiin tan. Haddii taadu sidaas tahay, waxaad weydiin kartaa inaad u guurto isbitaal kale oo sugitaankiisu ka gaaban yahay.
        Weydii kooxda isbitaalka. Xaaladaha qaar iyagaa kula soo xiriira si ay tan kuu soo bandhigaan.
    .if-not = Haddii kooxda isbitaalku aanay ku caawin karin, weydii xarunta GP-gaaga. Waxaad sidoo kale weydiin kartaa kooxda talobixinta bukaanka ee isbitaalka.
    .ask =
        Ma la i arki karaa meel kale oo ka dhakhso badan?
        Haddii aan u guuro, ma isbeddelaysaa cidda i daryeesha?

waiting-list-rights-texts =
    .title = Fariimaha hubiya inaad weli u baahan tahay in lagu arko
    .body =
        Isbitaalku wuxuu kuu soo diri karaa fariin qoraal ah si uu u hubiyo inaad weli u baahan tahay ballantaada. Ka jawaab haddii aad awoodo. Haddii aadan hadda u baahnayn, sheeg.
        Lagaama saari doono liiska kaliya sababtoo ah inaadan ka jawaabin. Adiga ama dhakhtar oo keliya ayaa go'aamin kara inaadan hadda u baahnayn in lagu arko.
    .if-not = Haddii aad ka welwelsan tahay in liiska lagaa saaray, wac kooxda isbitaalka oo weydii.
    .ask =
        Weli ma ku jiraa liiskiinna?
        Sidee ayaad ila soo xiriiri doontaan?

waiting-list-rights-scams =
    .title = Sida loo garto fariin khiyaano ah (scam)
    .body =
        Fariimaha qaar waxay iska dhigaan inay ka yimaadeen NHS. Waxay dhihi karaan kaalintaada ayaad lumin doontaa haddii aadan riixin link.
        NHS-ku kaama codsan doono inaad lacag bixiso, ama inaad bixiso macluumaadka bangigaaga, si aad u hayso kaalintaada ama aad ballan u qabsato.
        Haddii aadan hubin in fariintu run tahay, ha isticmaalin linkigeeda. Wac lambarka ku qoran warqaddaada isbitaalka, ama weydii xarunta GP-gaaga.
    .if-not = Haddii aad riixday link oo aad bixisay macluumaadka bangigaaga, isla markiiba wac bangigaaga.
    .ask =
        Fariintan runtii ma adiga ayay ka timid?

waiting-list-rights-help =
    .title = Haddii aad u malaynayso in xuquuqdaada aan la ilaalin
    .body =
        Marka hore, la hadal kooxda isbitaalka. Waxaa laga yaabaa inay xallin karaan.
        Haddii kale, weydiiso kooxda talobixinta bukaanka ee isbitaalka. Way ku caawiyaan marka wax khaldamaan. Waxay sidoo kale kuu sheegi karaan sida loo gudbiyo cabasho.
    .if-not = Haddii kooxda talobixinta bukaanku aanay ku caawin karin, weydii sida loo gudbiyo cabasho. Waxaad sidoo kale u sheegi kartaa xarunta GP-gaaga.
    .ask =
        Yaa iga caawin kara arrintan?
        Sidee u gudbiyaa cabasho?
