# Journey: medicines after a hospital stay or a clinic visit. (Ilaçet pas spitalit ose pas një vizite në klinikë.)
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Ilaçet tuaja kur ktheheni në shtëpi nga spitali
    .summary = Kush ju jep ilaçet e reja, kush e ndryshon listën tuaj të recetave të përsëritura, dhe çfarë të bëni para se t'ju mbarojnë ilaçet.
    .intro = Ilaçet tuaja mund të ndryshojnë kur qëndroni në spital ose kur takoni një ekip spitali. Ja kush ju jep çdo sasi ilaçi, kush e përditëson listën tuaj, dhe kë të pyesni.
    .keywords = ilaçet pas spitalit, ilaçe të reja, ilaçe të ndryshuara, ilaçe të ndërprera, tableta, barna, recetë e përsëritur, lista e recetave, po më mbarojnë, më mbaruan, sasia e parë, farmaci, farmacist, ilaçet e daljes nga spitali, hollues gjaku, kimioterapi, linjë ndihme, cilat ilaçe të marr, medicines, repeat prescription, running out, pharmacy, pharmacist, helpline

medicines-after-hospital-first-supply =
    .title = Spitali ju jep sasinë e parë
    .body =
        Pas një qëndrimi në spital, duhet të shkoni në shtëpi me ilaç për të paktën 7 ditë për çdo ilaç të ri. Nëse trajtimi zgjat më pak, merrni gjithë trajtimin.
        Pas një vizite në klinikë, është ndryshe. Nëse duhet ta filloni tani, spitali ju jep mjaftueshëm derisa mjeku juaj GP (mjeku i familjes) të ketë marrë letrën e klinikës (clinic letter). Përndryshe, letra i kërkon mjekut tuaj GP ta japë ilaçin me recetë.
    .if-not = Nëse jeni gati të largoheni pa një ilaç të ri që ju duhet tani, pyesni stafin e repartit ose klinikën e spitalit. Nëse jeni tashmë në shtëpi, telefononi repartin ose ekipin e spitalit.
    .ask =
        A duhet ta filloj këtë ilaç tani?
        Sa ilaç po më jepni?
        A do të më japë më shumë mjeku im GP, apo ju?

medicines-after-hospital-list =
    .title = Merrni një listë të ilaçeve tuaja
    .body =
        Para se të largoheni, ekipi i repartit duhet t'ju tregojë cilat ilaçe janë të reja, cilat kanë ndryshuar, dhe cilat duhet t'i ndërprisni.
        Kjo listë është edhe në letrën që spitali i dërgon mjekut tuaj GP. Kërkoni një kopje.
        Mos vazhdoni të merrni një ilaç që spitali e ndërpreu, përveç nëse jua thotë një mjek.
    .if-not = Nëse nuk e dini me siguri cilat ilaçe të merrni, telefononi repartin. Ose pyesni një farmacist.
    .ask =
        Cilat nga ilaçet e mia janë të reja, të ndryshuara ose të ndërprera?
        A mund të marr një listë me shkrim?

medicines-after-hospital-pharmacy =
    .title = Farmacia juaj mund t'i kontrollojë ilaçet tuaja
    .body =
        Spitali mund t'i dërgojë të dhënat e ilaçeve tuaja të reja në farmacinë ku shkoni zakonisht. Pastaj farmacisti mund të flasë me ju për to.
        Farmacisti e krahason listën tuaj të re me atë që merrnit më parë. Farmacisti mund të dallojë probleme.
        Mund t'i kërkoni repartit t'i dërgojë të dhënat tuaja në farmacinë që përdorni.
    .if-not = Nëse farmacia nuk ka marrë lajm nga spitali, çojini letrën që ju dha reparti. Kërkojuni ta kontrollojnë.
    .ask =
        A mund t'i dërgoni të dhënat e ilaçeve të mia në farmacinë time?
        A mund ta kontrollojë farmacisti listën time të re bashkë me mua?

medicines-after-hospital-repeat =
    .title = Klinika juaj GP e përditëson listën tuaj të recetave të përsëritura
    .body =
        Klinika juaj GP merr një letër nga spitali. Pastaj përditëson recetat tuaja të përsëritura (repeat prescriptions).
        Kontrolloni listën tuaj të recetave të përsëritura para se të porositni. Sigurohuni që tregon ilaçet tuaja të reja, dhe jo ato që i ndërpretë.
        Porositni çdo recetë të përsëritur në kohë, që të mos ju mbarojnë ilaçet.
    .if-not = Nëse lista juaj e recetave të përsëritura është gabim, ose ilaçi i ri nuk është në të, kontaktoni klinikën tuaj GP. Nëse ata nuk e kanë marrë ende letrën, telefononi ekipin e spitalit ose repartin.
    .ask =
        A e keni marrë letrën time nga spitali?
        A është e përditësuar lista ime e recetave të përsëritura?

medicines-after-hospital-running-out =
    .title = Nëse ilaçet po ju mbarojnë
    .body =
        Nëse ilaçet do t'ju mbarojnë së shpejti dhe mjeku juaj GP nuk e ka letrën, telefononi ekipin e spitalit ose repartin. Kërkojuni të dërgojnë letrën ose t'ju japin më shumë.
        Nëse klinika juaj GP është e mbyllur dhe ju duhet një ilaç sot, telefononi NHS 111. Ata mund t'ju ndihmojnë ta merrni nga një farmaci.
    .if-not = Nëse askush nuk mund t'ju ndihmojë dhe nuk ndiheni mirë pa ilaçin tuaj, telefononi NHS 111 të njëjtën ditë. Në rast emergjence, telefononi 999.
    .ask =
        Çfarë duhet të bëj nëse më mbarojnë ilaçet në fundjavë?
        A është pa rrezik nëse nuk e marr një dozë të këtij ilaçi?

medicines-after-hospital-high-risk =
    .title = Ilaçe që kërkojnë ndihmë të shpejtë
    .body =
        Disa ilaçe kërkojnë ndihmë të shpejtë nëse ndiheni keq. Ilaçet për kancerin janë një lloj. Ilaçet që e hollojnë gjakun, ose që e bëjnë më të vështirë luftën kundër mikrobeve, janë lloje të tjera.
        Ekipi i spitalit duhet t'ju japë një linjë ndihme telefonike për këto ilaçe. Disa linja janë të hapura ditën dhe natën. Mbajeni numrin me vete.
        Nëse ndiheni shumë keq, përdorni menjëherë linjën e ndihmës. Në rast emergjence, telefononi 999.
    .if-not = Nëse nuk keni numër të linjës së ndihmës, telefononi ekipin e spitalit dhe kërkojuni një numër. Nëse nuk ndiheni mirë dhe nuk arrini të lidheni me ta, telefononi NHS 111 të njëjtën ditë.
    .ask =
        A ka një linjë ndihme për këtë ilaç?
        Cilat shenja do të thonë se duhet ta telefonoj menjëherë?
