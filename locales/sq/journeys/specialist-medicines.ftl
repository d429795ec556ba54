# Journey: a hospital specialist starts a new medicine. (Një specialist i spitalit ju fillon një ilaç të ri.)
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Një mjek i spitalit ju fillon një ilaç të ri
    .summary = Kush ju jep ilaçin, kush ju jep më shumë, dhe kë të pyesni për efektet anësore dhe kontrollet.
    .intro = Një specialist në spital ju ka filluar një ilaç të ri. Specialisti është një mjek që di shumë për një lloj problemi shëndetësor. Ja kush jua jep ilaçin dhe kush ju jep më shumë. Këtu tregohet edhe kë të pyesni nëse keni një problem me të.
    .keywords = recetë, tableta, ilaç, ilaçe, barna, ilaç i ri, specialisti filloi një ilaç, ilaç nga klinika, recetë e përsëritur, kujdes i përbashkët, marrëveshje për kujdes të përbashkët, efekte anësore, analizë gjaku, monitorim, po më mbaron, recetë nga spitali, ilaç specialistik, farmaci, prescription, medicine, repeat prescription, shared care, side effects, blood test, monitoring, running out

specialist-medicines-start =
    .title = Spitali ju jep sasinë e parë
    .body =
        Një specialist në spital vendos se ju duhet një ilaç i ri.
        Nëse duhet ta filloni tani, spitali ju jep sasinë e parë. Nuk keni nevojë të shkoni te mjeku juaj GP (mjeku i familjes) për këtë.
        Pas një qëndrimi në spital, merrni ilaç për të paktën 7 ditë, ose gjithë trajtimin nëse trajtimi zgjat më pak.
        Pas një vizite në klinikë, spitali ju jep mjaftueshëm për tani nëse ju duhet menjëherë. Ose letra e klinikës (clinic letter) i kërkon mjekut tuaj GP ta japë ilaçin me recetë.
    .if-not = Nëse ju thanë ta filloni një ilaç tani, por nuk jua dhanë, telefononi ekipin e spitalit.
    .ask =
        Për çfarë shërben ky ilaç?
        Kur dhe si duhet ta marr?
        A do të ma jepni ju, apo mjeku im GP?

specialist-medicines-gp =
    .title = Pas kësaj, shumicën e ilaçeve i jep me recetë mjeku juaj GP
    .body =
        Për shumicën e ilaçeve, letra e klinikës i kërkon mjekut tuaj GP t'ju japë më shumë me recetë. Receta është dokumenti që ju lejon të merrni një ilaç.
        Prisni derisa klinika juaj GP të ketë marrë letrën. Pastaj kërkojuni ta shtojnë ilaçin në recetat tuaja të përsëritura (repeat prescriptions).
        Porositni çdo recetë të përsëritur në kohë, që të mos ju mbarojnë ilaçet.
    .if-not = Nëse klinika juaj GP nuk e ka marrë letrën dhe ilaçi do t'ju mbarojë së shpejti, telefononi ekipin e spitalit. Kërkojuni të dërgojnë letrën, ose t'ju japin më shumë.
    .ask =
        A ia keni dërguar letrën mjekut tim GP?
        Sa do të më jepni deri atëherë?

specialist-medicines-shared-care =
    .title = Ilaçe që duhet t'i kontrollojë një specialist
    .body =
        Disa ilaçe kanë nevojë që t'i ndjekë nga afër një specialist. Nëse spitali filloi një prej tyre, spitali vazhdon t'jua japë.
        Ndonjëherë spitali i kërkon mjekut tuaj GP ta marrë përsipër. Për këtë duhet një marrëveshje për kujdes të përbashkët (shared care agreement). Ky është një plan për të cilin bien dakord spitali, mjeku juaj GP dhe ju.
        Mjeku juaj GP nuk është i detyruar të thotë po. Derisa të gjithë të kenë rënë dakord, spitali ju jep më shumë.
    .if-not = Nëse ilaçi po ju mbaron dhe askush nuk ju ka dhënë më shumë, telefononi ekipin e spitalit. Bëjeni këtë para se t'ju mbarojë.
    .ask =
        A do të vazhdoni të ma jepni ju këtë ilaç, apo mjeku im GP?
        A ka rënë dakord mjeku im GP për kujdesin e përbashkët?
        Si të kërkoj më shumë?

specialist-medicines-checks =
    .title = Analiza gjaku për të kontrolluar ilaçin tuaj
    .body =
        Disa ilaçe kanë nevojë për analiza gjaku për të kontrolluar që janë të sigurta për ju. Pyesni nëse ilaçi juaj ka nevojë.
        Pyesni kush i bën analizat dhe sa shpesh.
        Ekipi që kërkon një analizë e kontrollon rezultatin. Ata ju tregojnë çfarë do të thotë.
    .if-not = Nëse një rezultat vonon, kontaktoni ekipin që kërkoi analizën. Pyetini çfarë tregoi.
    .ask =
        A ka nevojë ky ilaç për analiza gjaku?
        Kush i bën ato, dhe sa shpesh?
        Kush m'i tregon rezultatet?

specialist-medicines-problems =
    .title = Nëse keni një problem me ilaçin
    .body =
        Nëse mendoni se ilaçi po ju shkakton një problem, telefononi ekipin e spitalit që e filloi.
        Disa ilaçe, si ilaçet për kancerin, kanë një linjë ndihme që është e hapur ditën dhe natën. Nëse ekipi ju dha një linjë të tillë, përdoreni.
        Nëse ndiheni shumë keq, telefononi NHS 111 ose klinikën tuaj GP të njëjtën ditë. Në rast emergjence, telefononi 999.
    .if-not = Nëse ekipi i spitalit nuk jua ka kthyer telefonatën deri në fund të ditës së ardhshme të punës, telefononi përsëri. Nëse ndiheni më keq, telefononi NHS 111 ose mjekun tuaj GP të njëjtën ditë.
    .ask =
        Cilat efekte anësore duhet të më bëjnë t'ju telefonoj?
        A ka një linjë ndihme për këtë ilaç?
        Çfarë duhet të bëj nëse nuk e marr një dozë?
