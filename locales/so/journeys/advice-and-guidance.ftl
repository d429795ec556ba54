# Journey: Your GP asked a specialist for advice first.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = GP-gaagu wuxuu talo weydiiyay takhasusle
    .summary = Sababta GP-gaagu marka hore talo u weydiiyay, inta ay jawaabtu qaadato, iyo cidda aad wacayso inta aad sugayso.
    .intro = GP-gaaga (dhakhtarka qoyska) wuxuu talo kaa weydiiyay takhasusle isbitaal. Takhasusle waa dhakhtar wax badan ka yaqaan hal nooc oo dhibaato caafimaad. Halkan waxaa ku qoran waxa xiga iyo cidda qabata qayb kasta.
    .keywords = talo iyo hagid, talo, talada takhasuslaha, takhasusle, GP-gu talo ayuu weydiiyay, ra'yi labaad, dhakhtarka isbitaalka, dhakhtar sare, u-gudbin, sugitaanka jawaabta, advice and guidance, A and G, specialist advice, second opinion, consultant, e-referral, referral

advice-and-guidance-asked =
    .title = GP-gaagu wuxuu weydiiyaa talo
    .body =
        GP-gaagu wuxuu rabaa ra'yiga takhasusle oo ku saabsan dhibaatadaada. Sidaas darteed GP-gaagu wuxuu su'aal ugu diraa internetka. Waxay u isticmaalaan e-Referral Service.
        Tan waxaa la yiraahdaa talo iyo hagid (advice and guidance). Waxay noqon kartaa beddelka u-gudbinta (referral). Ama way ka horreyn kartaa.
        Takhasuslaha wuxuu akhriyaa waxa GP-gaagu soo diro. Xilligan kuma arkaan.
    .if-not = Haddii aadan hubin in GP-gaagu su'aasha diray, la xiriir xarunta GP-gaaga. Weydii inay baxday.
    .ask =
        Maxaad weydiinaysaa takhasuslaha?
        Sidee ii sheegi doontaa jawaabta?
        Weli ma la ii diri karaa isbitaalka hadhow?

advice-and-guidance-reply =
    .title = Takhasuslaha ayaa jawaab soo qora
    .body =
        Takhasuslaha wuxuu jawaabta u qoraa GP-gaaga, ee uma qoro adiga.
        Inta badan waxay qaadataa qiyaastii 2 toddobaad. Waxay ku xiran tahay isbitaalka. Isbitaal ka mid ah wuxuu isku dayaa inuu ka jawaabo 10 maalmood oo shaqo gudahood.
    .if-not = Haddii aadan waxba maqlin 3 toddobaad kadib, la xiriir xarunta GP-gaaga. Weydii in jawaabtu timid.
    .ask =
        Goorma ayaad u malaynaysaa inay jawaabtu imanayso?
        Adigaa i soo wici doona, mise anigaa ku wacaya?

advice-and-guidance-worse =
    .title = Haddii aad ka sii darto inta aad sugayso
    .body =
        Inta aad sugayso jawaabta, xarunta GP-gaaga ayaad u tagaysaa haddii aad su'aalo qabto.
        Haddii dhibaatadu sii xumaato, u sheeg xarunta GP-gaaga. Ha sugin jawaabta oo keliya.
        Haddii aad xanuunsan tahay oo aadan garanayn waxa aad samayso, wac xarunta GP-gaaga ama NHS 111.
        Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii xarunta GP-gaagu aanay kuu soo jawaabin, mar kale wac. Haddii aad ka sii darto, wac NHS 111.
    .ask =
        Isbeddelladee ayaa ah inaan ku soo waco haddii ay dhacaan?
        Ma u sheegi kartaa takhasuslaha inaan ka sii daray?

advice-and-guidance-next =
    .title = GP-gaagu wuxuu kuu sheegaa waxa xiga
    .body =
        GP-gaagu wuxuu kuu sheegaa waxa takhasuslahu yiri. Kadib laba arrimood midkood ayaa dhaca.
        GP-gaagu wuxuu qaadan karaa talada. Tusaale ahaan, wuxuu beddeli karaa daawadaada ama wuxuu samayn karaa baaritaan.
        Ama takhasuslahu wuxuu su'aasha u beddeli karaa u-gudbin. Taas macnaheedu waa in koox isbitaal ay ku arki doonto.
        Haddii ay sidaas tahay, waxaad heli doontaa warqad, iimayl ama fariin qoraal ah si aad u qabsato ballantaada. Waxay ka iman kartaa "NHS Referrals".
    .if-not = Haddii GP-gaagu uusan kuu sheegin waxa takhasuslahu yiri, la xiriir xarunta GP-gaaga.
    .ask =
        Muxuu takhasuslahu yiri?
        Maxaa xiga, yaase qaban doona?
        Ma u baahanahay inaan arko kooxda isbitaalka?
