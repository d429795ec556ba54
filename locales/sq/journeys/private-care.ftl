# Journey: moving from private care to the NHS. (Nga kujdesi privat te NHS.)
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Kalimi nga kujdesi privat te NHS
    .summary = Kush ju jep ilaçe dhe kontrolle pasi takoni një mjek privat, dhe si të hyni në një listë pritjeje të NHS.
    .intro = Keni takuar një mjek privat, dhe tani dëshironi që një pjesë e kujdesit tuaj të bëhet në NHS (shërbimi publik shëndetësor). Disa gjëra kalojnë në NHS dhe disa jo. Ja kush bën çfarë.
    .keywords = privat, mjek privat, klinikë private, spital privat, konsulent privat, recetë private, me pagesë, sigurim, kalim në NHS, lista e pritjes në NHS pas privatit, mjeku GP nuk e jep recetën, analiza private, private, private doctor, private clinic, insurance, switch to NHS

private-care-clinic =
    .title = Klinika private kujdeset për atë që fillon vetë
    .body =
        Klinika private ju jep recetën e parë për çdo gjë që fillon. Ju e paguani atë.
        Nëse mjeku privat kërkon analiza ose kontrolle, klinika private i bën ato dhe ju tregon rezultatet.
        Klinika private duhet t'i shkruajë mjekut tuaj GP (mjeku i familjes) për kujdesin tuaj.
    .if-not = Nëse keni një pyetje për kujdesin tuaj privat, kontaktoni klinikën private. Të dhënat e saj janë në letrën tuaj.
    .ask =
        A do t'i shkruani mjekut tim GP?
        Kush i bën analizat dhe kontrollet e mia?

private-care-gp-prescribing =
    .title = Mjeku juaj GP mund të marrë përsipër disa ilaçe
    .body =
        Mund t'i kërkoni mjekut tuaj GP t'ju japë me recetë një ilaç që e filloi mjeku privat. Mjeku juaj GP vendos nëse kjo është e duhur për ju.
        Mjeku juaj GP mund të thotë jo. Kjo mund të jetë sepse ilaçi ka nevojë që ta ndjekë nga afër një specialist. Ose sepse zakonisht nuk jepet në NHS.
        Nëse mjeku juaj GP thotë jo, klinika private vazhdon t'jua japë.
    .if-not = Nëse ilaçi po ju mbaron, kontaktoni klinikën private para se t'ju mbarojë.
    .ask =
        A mund ta jepni këtë me recetë në NHS?
        Nëse jo, çfarë duhet të bëj?

private-care-nhs-list =
    .title = Si të hyni në një listë pritjeje të NHS
    .body =
        Që t'ju vizitojë një ekip spitali i NHS, zakonisht ju duhet një referim (referral) i NHS. Flisni me mjekun tuaj GP.
        Mjeku juaj GP vendos nëse ju duhet një referim. Pyeteni mjekun tuaj GP si do të funksionojë kjo për ju.
    .if-not = Nëse nuk e dini me siguri si funksionojnë rregullat në zonën tuaj, pyesni klinikën tuaj GP.
    .ask =
        A mund të më referoni në NHS për këtë?
        A do të më duhet të pres nga fillimi?

private-care-worse =
    .title = Nëse përkeqësoheni
    .body =
        Nëse përkeqësoheni shumë, ose keni simptoma të reja që ju shqetësojnë, kontaktoni klinikën tuaj GP ose telefononi NHS 111 të njëjtën ditë. Në rast emergjence, telefononi 999.
        Njoftoni edhe mjekun privat që ju trajton.
    .if-not = Nëse askush nuk jua ka kthyer telefonatën deri në fund të ditës së ardhshme të punës, telefononi përsëri. Nëse ndiheni më keq, telefononi NHS 111 të njëjtën ditë.
    .ask =
        Kë të telefonoj nëse përkeqësohem natën?
