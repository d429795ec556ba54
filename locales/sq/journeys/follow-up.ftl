# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic. (Pas vizitës në klinikë.)
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Çfarë ndodh pas një vizite në klinikë
    .summary = Kush e rezervon vizitën ose analizën tuaj të radhës, kur t'i kontaktoni vetë, dhe çfarë ndodh kur klinika mbaron punën me ju.
    .intro = Pasi shkoni në një klinikë, ekipi i spitalit ju thotë çfarë ndodh më pas. Ata mund t'ju takojnë përsëri, t'ju kërkojnë t'i kontaktoni kur keni nevojë për ta, ose t'ju kthejnë te mjeku juaj GP (mjeku i familjes). Ja kush bën çfarë në secilin rast.
    .keywords = kontroll pas vizitës, vizitë pasuese, kontroll i nisur nga pacienti, PIFU, takim i hapur, më kontaktoni nëse keni simptoma, na kontaktoni nëse keni nevojë, liruar nga klinika, kthyer te mjeku GP, përsëri te mjeku im GP, vizita e radhës, skaner i përsëritur, thirrje për kontroll, kontroll, kontroll vjetor, follow-up, follow up, patient initiated follow-up, discharged, check-up, annual review

follow-up-choice =
    .title = Ekipi i spitalit ju thotë çfarë vjen më pas
    .body =
        Në fund të një vizite në klinikë, ekipi i spitalit ju tregon çfarë ndodh më pas.
        Ata mund të rezervojnë një vizitë ose analizë tjetër. Mund t'ju kërkojnë t'i kontaktoni kur keni nevojë për ta. Ose mund t'ju lirojnë nga klinika (discharge). Kjo do të thotë se për ju kujdeset përsëri mjeku juaj GP.
        Ata duhet t'ju tregojnë cila nga këto është. Kjo shkruhet edhe në letrën e klinikës (clinic letter).
    .if-not = Nëse nuk e dini me siguri cila vlen për ju, telefononi ekipin e spitalit dhe pyesni.
    .ask =
        A do t'ju takoj përsëri?
        A do ta rezervoni ju, apo duhet t'ju kontaktoj unë?

follow-up-recall =
    .title = Spitali i rezervon vetë vizitat dhe analizat e veta
    .body =
        Nëse ekipi i spitalit do t'ju shohë përsëri ose të përsërisë një analizë, e rezervon vetë këtë. Këtu përfshihen edhe kontrollet që bëhen çdo vit.
        Mjeku juaj GP nuk ju rezervon vizita ose analiza në spital.
    .if-not = Nëse një vizitë ose analizë për të cilën ju thanë nuk është rezervuar deri në kohën që thanë, telefononi ekipin e spitalit.
    .ask =
        Kur do t'ju takoj herën tjetër?
        Kush e rezervon analizën time të radhës?

follow-up-patient-initiated =
    .title = Nëse ju kërkojnë t'i kontaktoni vetë
    .body =
        Disa ekipe nuk rezervojnë një vizitë tjetër. Në vend të kësaj, ju i kontaktoni ata nëse keni nevojë. Kjo quhet kontroll i nisur nga pacienti (patient initiated follow-up, ose PIFU).
        Ekipi ju jep një numër telefoni, shenjat për të cilat duhet të telefononi, dhe për sa kohë mund ta bëni këtë.
        Nëse nuk keni telefonuar deri në fund të asaj kohe, ekipi mund t'ju lirojë dhe t'ju kthejë te mjeku juaj GP. Ata duhet t'jua thonë para se ta bëjnë këtë.
    .if-not = Nëse telefononi dhe nuk arrini të lidheni, provoni përsëri ditën e ardhshme të punës. Nëse ndiheni më keq, kontaktoni klinikën tuaj GP ose NHS 111 të njëjtën ditë.
    .ask =
        Cilat shenja duhet të më bëjnë t'ju kontaktoj?
        Për sa kohë mund t'ju kontaktoj?
        Çfarë ndodh në fund të asaj kohe?

follow-up-discharged =
    .title = Nëse klinika ju liron
    .body =
        Të liroheni nga klinika (discharged) do të thotë se ekipi i spitalit e ka mbaruar punën me ju. Për ju kujdeset përsëri klinika juaj GP.
        Letra e klinikës i tregon mjekut tuaj GP çfarë të bëjë më pas, dhe çfarë të vëzhgojë.
        Nëse problemi kthehet ose përkeqësohet, kontaktoni klinikën tuaj GP. Mjeku juaj GP mund t'ju referojë përsëri nëse ju duhet.
    .if-not = Nëse mendoni se ju liruan gabimisht, telefononi ekipin e spitalit dhe pyesni.
    .ask =
        Pse po më lironi?
        Çfarë duhet të më bëjë të kthehem te mjeku im GP?

follow-up-worse =
    .title = Nëse përkeqësoheni
    .body =
        Nëse përkeqësoheni shumë, ose keni simptoma të reja që ju shqetësojnë, kontaktoni klinikën tuaj GP ose telefononi NHS 111 të njëjtën ditë. Në rast emergjence, telefononi 999.
        Nëse keni një numër për ekipin e spitalit, njoftojini edhe ata.
    .if-not = Nëse askush nuk jua ka kthyer telefonatën deri në fund të ditës së ardhshme të punës, telefononi përsëri. Nëse ndiheni më keq, telefononi NHS 111 të njëjtën ditë.
    .ask =
        Kë të telefonoj natën ose në fundjavë?
