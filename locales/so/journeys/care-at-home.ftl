# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Daryeelka guriga kadib markaad isbitaalka jiifto
    .summary = Cidda qorsheysa caawimaadda guriga, cidda imaanaysa, iyo cidda aad wacayso haddii caawimaaddu aanay iman.
    .intro = Dadka qaar waxay u baahan yihiin caawimaad guriga ah kadib markay isbitaalka jiifaan. Qaarkood waxaa guriga ku daryeela koox isbitaal, halkii ay qaybta (ward) ku jiifi lahaayeen. Halkan waxaa ku qoran cidda waxa qabata, iyo cidda aad wacayso.
    .keywords = daryeelka guriga, caawimaadda guriga, kalkaalisada degmada, district nurse, kalkaalisada bulshada, booqashada kalkaalisada, reablement, daryeelayaal, daryeel guri, qayb isbitaal oo guriga ah, virtual ward, hospital at home, isbitaalka kadib, guriga u laabashada, ka bixitaanka isbitaalka, taageerada guriga, qalab, care at home, help at home, community nurse, nurse visits, carers, home care, after hospital, going home, discharge, support at home, equipment

care-at-home-plan =
    .title = Kooxda qaybtu waxay adiga kula qorsheeyaan caawimaadda
    .body =
        Kahor intaadan isbitaalka ka bixin, kooxda qaybtu waxay kaala hadlaan caawimaad kasta oo aad guriga ugu baahan tahay.
        Waa inay kuu sheegaan cidda imaanaysa, goorta, iyo sida aad ula xiriirto. Ka codso inay tan kuu qoraan.
        Haddii qof guriga kugu daryeelo, isaguna wuu ka qayb geli karaa wadahadalkan.
    .if-not = Haddii aanu qofna kaala hadlin caawimaadda guriga oo aad u malaynayso inaad u baahan tahay, weydii shaqaalaha qaybta kahor intaadan bixin.
    .ask =
        Ma u baahan doonaa caawimaad guriga ah?
        Yaa iman doona, goormase?

care-at-home-nurse =
    .title = Kalkaaliso ama daryeele ayaa ku soo booqan kara
    .body =
        Kalkaalisada degmada (district nurse) ayaa guriga kuugu soo booqan karta. Waxay beddeli kartaa faashadda, ku siin kartaa irbad (duritaan), oo hubin kartaa sida aad u tahay.
        Dadka qaar waxay helaan caawimaad muddo gaaban ah si ay dib ugu bartaan inay waxyaabaha iyagu qabsadaan. Tan mararka qaarkood waxaa la yiraahdaa reablement.
        Kooxda ku soo booqata waxay ku siisaa lambarkooda taleefanka.
    .if-not = Haddii booqasho laguu sheegay aanay dhicin, wac lambarka ay kooxdu ku siisay. Haddii aadan lambar haysan, wac qaybta ama xarunta GP-gaaga.
    .ask =
        Waa maxay lambarkiinna taleefanku?
        Maxaan sameeyaa haddii aydaan iman?

care-at-home-virtual-ward =
    .title = Haddii aad ku jirto qayb isbitaal oo guriga ah (virtual ward)
    .body =
        Virtual ward macnaheedu waa in koox isbitaal ay guriga kugu daryeelaan, halkii ay qaybta isbitaalka kugu daryeeli lahaayeen. Tan waxaa sidoo kale la yiraahdaa hospital at home (isbitaal guriga ah).
        Kooxdu way ku soo booqan karaan, ku soo wici karaan, ama ku hubin karaan qalab aad guriga ku isticmaasho.
        Kooxda isbitaalka ayaa masuul ka ah daryeelkaaga inta aad ku jirto virtual ward-ka. Waxay kuu sheegaan sida aad ula xiriirto, habeen iyo maalin.
    .if-not = Haddii aadan heli karin kooxda virtual ward-ka oo aad ka sii darto, wac NHS 111. Xaaladaha degdegga ah, wac 999.
    .ask =
        Yaa hadda masuul ka ah daryeelkayga?
        Sidee ayaan habeenkii idinla xiriiri karaa?

care-at-home-worse =
    .title = Haddii aad guriga ku sii xanuunsato
    .body =
        Haddii aad ka sii darto, marka hore wac kooxda guriga kugu daryeesha, haddii aad haysato lambarkooda.
        Haddii aadan heli karin iyaga, la xiriir xarunta GP-gaaga ama wac NHS 111 isla maalintaas. Xaaladaha degdegga ah, wac 999.
    .if-not = Haddii aanu qofna kuu soo celin wicitaanka oo aad ka sii darto, wac NHS 111. Ha sugin.
    .ask =
        Yaan marka hore wacaa haddii aan ka sii daro?
