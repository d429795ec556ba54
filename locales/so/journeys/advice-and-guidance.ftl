# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = GP-gaagu wuxuu talo weydiiyay takhasusle
    .summary = Sababta GP-gaagu marka hore talo u weydiiyay, cidda kuu sheegta jawaabta, iyo cidda aad wacayso inta aad sugayso.
    .intro = GP-gaagu (dhakhtarka qoyska) wuxuu takhasusle isbitaal ka weydiiyay talo adiga kugu saabsan. Takhasusle waa dhakhtar wax badan ka yaqaan hal nooc oo dhibaato caafimaad. Halkan waxaa ku qoran waxa xiga iyo cidda qabata qayb kasta.
    .keywords = talo iyo hagid, talo, talada takhasuslaha, takhasusle, GP-gu talo ayuu weydiiyay, ra'yi labaad, dhakhtarka isbitaalka, dhakhtar sare, u-gudbin, u-gudbin dib loo celiyay, sugitaanka jawaabta, advice and guidance, A and G, specialist advice, second opinion, consultant, e-referral, referral sent back, referral returned, waiting for reply

advice-and-guidance-asked =
    .title = GP-gaagu wuxuu weydiiyaa talo
    .body =
        GP-gaagu wuxuu rabaa ra'yiga takhasusle oo ku saabsan dhibaatadaada. Sidaas darteed GP-gaagu wuxuu u diraa su'aal. Tani waxay noqon kartaa internetka, ama taleefanka.
        Tan waxaa la yiraahdaa talo iyo hagid (advice and guidance). Waxay noqon kartaa beddelka u-gudbinta (referral). Ama way ka horreyn kartaa.
        Takhasuslaha wuxuu akhriyaa waxa GP-gaagu soo diro. Xilligan kuma arko adiga.
    .if-not = Haddii aadan hubin in GP-gaagu su'aasha diray, la xiriir xarunta GP-gaaga. Weydii inay baxday.
    .ask =
        Maxaad weydiinaysaa takhasuslaha?
        Sidee ii sheegi doontaa jawaabta?
        Weli ma la ii diri karaa isbitaalka hadhow?

advice-and-guidance-reply =
    .title = Takhasuslaha ayaa jawaab soo qora
    .body =
        Takhasuslaha wuxuu jawaabta u celiyaa GP-gaaga, ee uma celiyo adiga.
        Inta ay qaadanayso waxay ku xiran tahay isbitaalka. Weydii GP-gaaga goorta uu filayo jawaabta.
    .if-not = Haddii aadan waxba maqlin ilaa waqtigii GP-gaagu sheegay, la xiriir xarunta GP-gaaga. Weydii in jawaabtu timid.
    .ask =
        Goorma ayaad u malaynaysaa inay jawaabtu imanayso?
        Adigaa i soo wici doona, mise anigaa ku wacaya?

advice-and-guidance-worse =
    .title = Haddii aad ka sii darto inta aad sugayso
    .body =
        Inta aad sugayso jawaabta, xarunta GP-gaaga ayaad u tagaysaa haddii aad su'aalo qabto.
        Haddii aad aad uga sii darto, ama aad yeelato calaamado cusub oo ku welwelinaya, la xiriir xarunta GP-gaaga ama wac NHS 111 isla maalintaas. Ha sugin jawaabta oo keliya.
        Xaaladaha degdegga ah, wac 999.
        GP-gaagu wuu u sheegi karaa takhasuslaha, ama wuxuu samayn karaa u-gudbin degdeg ah.
    .if-not = Haddii xarunta GP-gaagu aanay kuu soo jawaabin ilaa dhammaadka maalinta shaqo ee xigta, mar kale wac. Haddii aad ka sii darto, wac NHS 111 isla maalintaas.
    .ask =
        Isbeddelladee ayaa ah inaan ku soo waco haddii ay dhacaan?
        Ma u sheegi kartaa takhasuslaha inaan ka sii daray?

advice-and-guidance-next =
    .title = GP-gaagu wuxuu kuu sheegaa waxa xiga
    .body =
        GP-gaagu wuxuu kuu sheegaa waxa takhasuslahu yiri. Kadib laba arrimood midkood ayaa dhaca.
        GP-gaagu wuxuu qaadan karaa talada. Tusaale ahaan, wuxuu beddeli karaa daawadaada ama wuxuu samayn karaa baaritaan.
        Ama takhasuslahu wuxuu su'aasha u beddeli karaa u-gudbin. Taas macnaheedu waa in koox isbitaal ay ku arki doonto. Markaas waxaad heli doontaa warqad, iimayl ama fariin qoraal ah si aad u qabsato ballantaada.
        Mararka qaarkood u-gudbin uu GP-gaagu diray ayaa dib loo celiyaa iyada oo talo la socoto, halkii ballan laga siin lahaa. GP-gaagu waa inuu kuu sheegaa waxa ay tani adiga kuu tahay.
        Haddii aadan hubin in fariin qoraal ah ama iimayl uu run yahay, ha isticmaalin linkigiisa. Wac xarunta GP-gaaga ama lambarka ku qoran warqaddaada.
    .if-not = Haddii GP-gaagu uusan kuu sheegin waxa takhasuslahu yiri, la xiriir xarunta GP-gaaga.
    .ask =
        Muxuu takhasuslahu yiri?
        Maxaa xiga, yaase qaban doona?
        Ma u baahanahay inaan arko kooxda isbitaalka?
