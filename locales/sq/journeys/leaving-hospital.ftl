# Journey: leaving hospital after a stay. (Dalja nga spitali pas një qëndrimi.)
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Kur ktheheni në shtëpi nga spitali
    .summary = Çfarë duhet të keni para se të shkoni në shtëpi, dhe kë të telefononi pasi largoheni.
    .intro = Po ktheheni në shtëpi pas një qëndrimi në spital. Ja çfarë duhet të bëjë ekipi i spitalit para se të largoheni. Këtu tregohet edhe kë të telefononi nëse keni pyetje.
    .keywords = dalja nga spitali, kthimi në shtëpi, në shtëpi nga spitali, lirim nga spitali, liruar, letër lirimi, përmbledhja e lirimit, ilaçe të reja, ilaçe, tableta, recetë, efekte anësore, raport mjekësor, mungesë nga puna, pushim nga puna, repart, numri i repartit, pyetje pas spitalit, kontroll pas spitalit, kujdes pas spitalit, kujdes në shtëpi, infermier i zonës, rikthim i pavarësisë, repart virtual, listë kontrolli, grupe mbështetjeje, discharge, discharge summary, fit note, sick note, ward, district nurse, virtual ward

leaving-hospital-medicines =
    .title = Ilaçet tuaja të reja
    .body =
        Nëse ju duhet një ilaç i ri, spitali ju jep ilaç për të paktën 7 ditë për ta marrë në shtëpi. Nëse trajtimi zgjat më pak, ju jep gjithë trajtimin.
        Nuk duhet të keni nevojë ta merrni këtë sasi të parë nga mjeku juaj GP (mjeku i familjes). Nëse nuk jua japin, kërkojeni para se të largoheni.
        Stafi duhet t'ju tregojë për çfarë shërben secili ilaç. Duhet t'ju tregojë edhe efektet e tij anësore. Efekt anësor është një problem që mund ta shkaktojë një ilaç.
        Udhëzuesi për ilaçet pas spitalit tregon kush ju jep më shumë.
    .if-not = Nëse jeni gati të largoheni pa ilaçet tuaja të reja, pyesni stafin e repartit. Nëse jeni tashmë në shtëpi, telefononi repartin.
    .ask =
        Për çfarë shërben secili ilaç?
        Cilat efekte anësore duhet të vëzhgoj?
        Kush më jep më shumë kur të mbarojnë këto?

leaving-hospital-fit-note =
    .title = Raport mjekësor për punën
    .body =
        Raporti mjekësor (fit note) është një shënim për punën tuaj. Ai tregon nëse jeni mjaftueshëm mirë për të punuar. Disa njerëz e quajnë sick note.
        Për 7 ditët e para të mungesës për shkak sëmundjeje, nuk ju duhet raport mjekësor. Plotësoni vetë një formular për punëdhënësin tuaj.
        Nëse ju duhet të mungoni më gjatë, spitali ju jep një raport mjekësor. Raporti duhet të mbulojë gjithë kohën që ata mendojnë se do të mungoni.
        Kështu nuk duhet të keni nevojë t'i kërkoni mjekut tuaj GP një raport për atë kohë.
    .if-not = Nëse largoheni pa raportin mjekësor që ju duhet, telefononi repartin dhe kërkoni një raport.
    .ask =
        Sa kohë do të më duhet të mungoj nga puna?
        A e mbulon raporti im mjekësor gjithë atë kohë?

leaving-hospital-care-at-home =
    .title = Kujdesi në shtëpi
    .body =
        Disa njerëz kanë nevojë për ndihmë në shtëpi pas një qëndrimi në spital. Ekipi i repartit e planifikon këtë bashkë me ju para se të largoheni.
        Mund të jetë një vizitë nga një infermier i zonës (district nurse). Ose një ekip mund t'ju ndihmojë për një kohë të shkurtër që të mësoheni përsëri t'i bëni gjërat vetë.
        Për disa njerëz kujdeset në shtëpi një ekip spitali, në vend që të qëndrojnë në një repart. Kjo ndonjëherë quhet repart virtual (virtual ward). Ekipi ju tregon si t'i kontaktoni, ditën dhe natën.
    .if-not = Nëse ndihma për të cilën ju thanë nuk ka ardhur, telefononi numrin që ju dha reparti për këtë. Nëse nuk keni numër, telefononi repartin.
    .ask =
        A do të kem nevojë për ndihmë në shtëpi?
        Kush do të vijë, dhe kur?
        Kë të telefonoj nëse nuk vijnë?

leaving-hospital-check =
    .title = Kontrolloni para se të largoheni
    .body =
        Para se të shkoni në shtëpi, kontrolloni që i keni këto gjëra.
        Ilaç për të paktën 7 ditë për çdo ilaç të ri. Për çfarë shërben secili, dhe efektet e tij anësore. Një fletëpalosje për kujdesin tuaj.
        Numrin e telefonit të repartit, dhe të ekipit të spitalit. Një raport mjekësor, nëse ju duhet. Si do të organizohet vizita juaj e radhës.
        Emrat e grupeve që mund t'ju ndihmojnë, si organizatat bamirëse.
    .if-not = Nëse mungon diçka, pyesni stafin e repartit para se të largoheni. Nëse jeni tashmë në shtëpi, telefononi repartin.
    .ask =
        Kë të telefonoj nëse kam një pyetje kur të jem në shtëpi?
        Si do të organizohet vizita ime e radhës?
        A ka ndonjë grup që mund të më ndihmojë?

leaving-hospital-letter =
    .title = Spitali i shkruan mjekut tuaj GP
    .body =
        Kur largoheni, ekipi i spitalit i shkruan një letër mjekut tuaj GP. Ajo quhet përmbledhja e lirimit (discharge summary). Lirim (discharge) do të thotë dalje nga spitali.
        Letra i tregon mjekut tuaj GP çfarë ndodhi ndërsa ishit në spital, dhe çdo ndryshim në ilaçet tuaja. Duhet të merrni edhe ju një kopje.
    .if-not = Nëse klinika juaj GP thotë se nuk e ka marrë letrën, telefononi repartin. Kërkojuni ta dërgojnë.
    .ask =
        A mund të marr një kopje të përmbledhjes sime të lirimit?
        A duhet të bëjë diçka mjeku im GP?

leaving-hospital-questions =
    .title = Nëse keni pyetje kur jeni në shtëpi
    .body =
        Nëse keni një pyetje për qëndrimin tuaj ose për ilaçet tuaja të reja, telefononi repartin. Numri shpesh është në letrën që ju dha reparti.
        Nëse letra nuk ka numrin e repartit, telefononi numrin kryesor të spitalit. Kërkojuni t'ju lidhin me repartin.
        Ekipi i repartit duhet t'ju përgjigjet vetë. Nuk duhet t'ju thonë të pyesni mjekun tuaj GP.
        Nëse nuk ndiheni mirë dhe nuk e dini me siguri çfarë të bëni, telefononi klinikën tuaj GP ose NHS 111 të njëjtën ditë. Në rast emergjence, telefononi 999.
    .if-not = Nëse reparti nuk jua ka kthyer telefonatën deri në fund të ditës së ardhshme të punës, telefononi përsëri. Nëse nuk arrini të lidheni, kërkoni të flisni me ekipin e këshillimit të pacientëve në spital.
    .ask =
        Kë të telefonoj nëse kam një problem me ilaçet e mia?
        Kur duhet t'ju telefonoj juve, dhe kur duhet të telefonoj mjekun tim GP?
