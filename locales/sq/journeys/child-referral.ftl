# Journey: your child is sent to a children's doctor. Written for parents and carers. (Për prindërit dhe kujdestarët.)
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Fëmija juaj dërgohet te një mjek për fëmijë
    .summary = Kush e rezervon vizitën e fëmijës suaj, kë të telefononi ndërsa prisni, dhe kush ju tregon rezultatet.
    .intro = Mjeku juaj GP (mjeku i familjes) dëshiron që një mjek për fëmijë në spital të ndihmojë me kujdesin e fëmijës suaj. Si prind ose kujdestar, juve ju tregojnë çfarë po ndodh me fëmijën tuaj. Ja çfarë ndodh më pas, dhe kush e bën secilën pjesë.
    .keywords = fëmijë, fëmijët, fëmija im, djali, vajza, foshnjë, bebe, pediatër, pediatri, mjek për fëmijë, spital për fëmijë, referim i fëmijës, referim, letër nga spitali, takim, lista e pritjes, prind, kujdestar, fëmija më i sëmurë, fëmija po përkeqësohet, child, paediatrician, children's doctor, referral, appointment, waiting list

child-referral-advice =
    .title = Mjeku juaj GP mund t'i kërkojë më parë këshillë një mjeku për fëmijë
    .body =
        Mjeku për fëmijë quhet pediatër (paediatrician). Mjeku juaj GP mund t'i kërkojë më parë një pediatri këshillë për fëmijën tuaj. Kjo mund të bëhet me telefon ose në internet.
        Në disa zona, një pediatër vjen në klinikat GP për t'i vizituar fëmijët atje. Për disa fëmijë mund të kujdeset në shtëpi një ekip spitali.
        Këshilla mund të nënkuptojë që fëmija juaj nuk ka nevojë të shkojë në spital. Mjeku juaj GP ju tregon çfarë tha pediatri.
    .if-not = Nëse nuk e dini me siguri çfarë po bën mjeku juaj GP për fëmijën tuaj, kontaktoni klinikën tuaj GP dhe pyesni.
    .ask =
        A po i kërkoni këshillë një pediatri, apo po e dërgoni fëmijën tim në spital?
        Si do të ma tregoni çfarë tha pediatri?

child-referral-sent =
    .title = Mjeku juaj GP dërgon referimin
    .body =
        Nëse fëmija juaj duhet të takojë një pediatër, mjeku juaj GP i shkruan pediatrit. Kjo quhet referim (referral).
        Mjeku juaj GP thotë gjithashtu sa shpejt duhet ta vizitojnë fëmijën tuaj. Një referim mund të jetë i zakonshëm ose urgjent.
        Ndonjëherë spitali kërkon më parë analiza. Në këtë rast, mjeku juaj GP i organizon ato para se të dërgohet referimi.
        Juve ju tregojnë të njëjtat gjëra që do t'i tregonin një pacienti të rritur. Jua tregojnë në emër të fëmijës suaj.
    .if-not = Pyeteni mjekun tuaj GP kur duhet të merrni lajm për referimin. Nëse deri atëherë nuk keni marrë asnjë lajm, kontaktoni klinikën tuaj GP. Pyetini nëse referimi është dërguar.
    .ask =
        Pse duhet që fëmija im të takojë një pediatër?
        A është referimi i zakonshëm apo urgjent?
        A i duhen fëmijës tim ndonjë analiza më parë?

child-referral-booking =
    .title = Merrni një letër, email ose mesazh për të rezervuar
    .body =
        Mund të merrni një letër me një numër rezervimi dhe një fjalëkalim. Ruajeni mirë.
        Ose mund të merrni një email ose një mesazh. Ai ka një lidhje për të rezervuar në NHS App ose në NHS website (faqja e internetit e NHS).
        Përdoreni për të zgjedhur një datë dhe një orë për fëmijën tuaj, ose për të telefonuar ekipin e rezervimeve.
        Disa mesazhe që duken sikur vijnë nga NHS janë mashtrime. NHS nuk do t'ju kërkojë të paguani ose të jepni të dhënat e bankës. Nëse keni dyshime, mos e përdorni lidhjen. Telefononi numrin në letrën tuaj.
    .if-not = Nëse deri në kohën që tha mjeku juaj GP nuk ka ardhur asgjë, telefononi numrin në letrën tuaj të referimit. Nëse nuk keni letër, pyesni klinikën tuaj GP.
    .ask =
        A mund të zgjedh në cilin spital do të shkojë fëmija im?
        A mund ta vizitojnë fëmijën tim pranë vendit ku jetojmë?

child-referral-waiting =
    .title = Fëmija juaj pret për t'u vizituar
    .body =
        Ekipi i spitalit kujdeset për vendin e fëmijës suaj në listë.
        Spitali mund t'ju dërgojë mesazh për të kontrolluar nëse fëmija juaj ende ka nevojë të vizitohet. Përgjigjuni nëse mundeni. Nëse nuk përgjigjeni, telefononi ekipin e spitalit. Fëmijën tuaj nuk do ta heqin nga lista vetëm sepse nuk u përgjigjët.
        Nëse keni një pyetje për vizitën, pyesni ekipin e spitalit. Ata duhet t'ju përgjigjen, jo t'ju dërgojnë përsëri te mjeku juaj GP.
    .if-not = Nëse nuk keni marrë lajm nga spitali në kohën që ju thanë, telefononi ekipin e spitalit.
    .ask =
        Sa zgjat pritja për këtë ekip?
        Kë të telefonoj nëse ndryshojnë planet tona?

child-referral-worse =
    .title = Nëse fëmija juaj duket më i sëmurë
    .body =
        Besojini ndjesisë suaj. Ju e njihni fëmijën tuaj më mirë se kushdo.
        Telefononi 999 nëse fëmija juaj merr frymë me vështirësi, zgjohet shumë me vështirësi, ose ka konvulsione. Telefononi 999 edhe nëse ka një skuqje që nuk zbehet kur shtypni një gotë mbi të.
        Nëse fëmija juaj duket më i sëmurë, ose shqetësoheni, kontaktoni klinikën tuaj GP ose telefononi NHS 111 të njëjtën ditë.
        Njoftoni edhe ekipin e spitalit. Një mjek atje mund të kontrollojë nëse fëmija juaj duhet të vizitohet më shpejt. Mjeku juaj GP mund ta bëjë gjithashtu referimin urgjent.
    .if-not = Nëse ekipi i spitalit nuk jua ka kthyer telefonatën deri në fund të ditës së ardhshme të punës, telefononi përsëri. Mos prisni për ta nëse fëmija juaj duket më keq: telefononi klinikën tuaj GP ose NHS 111 të njëjtën ditë.
    .ask =
        Cilat shenja duhet të më bëjnë t'ju telefonoj?
        A mund ta vizitoni fëmijën tim më shpejt nëse përkeqësohet?

child-referral-visit =
    .title = Vizita e parë e fëmijës suaj
    .body =
        Fëmija juaj takohet me pediatrin ose me dikë tjetër nga ekipi i fëmijëve. Ata mund të flasin me ju dhe me fëmijën, ta ekzaminojnë fëmijën tuaj ose t'i bëjnë analiza.
        Merrni me vete letrën, një listë të ilaçeve të fëmijës suaj dhe çdo pyetje që keni.
        Çdo pjesë e kujdesit të fëmijës suaj duhet të ketë një ekip të vetëm përgjegjës. Nëse nuk e dini me siguri cili ekip është, pyesni.
        Fëmijët më të rritur mund të duan të flasin me mjekun vetëm për vetëm gjatë një pjese të vizitës. Të rinjtë shpesh mund të zgjedhin çfarë u tregohet prindërve të tyre.
    .if-not = Nëse vizita anulohet, ekipi i spitalit duhet t'ju japë një datë të re. Telefonojini nëse nuk keni marrë datë të re.
    .ask =
        Cili mendoni se është problemi?
        Cili ekip është përgjegjës për secilën pjesë të kujdesit të fëmijës tim?
        Kë të telefonoj nëse kam një pyetje më vonë?

child-referral-letter =
    .title = Spitali i shkruan mjekut tuaj GP
    .body =
        Pas vizitës, ekipi i spitalit i shkruan mjekut tuaj GP nëse mjeku juaj GP duhet të bëjë diçka. Kjo quhet letra e klinikës (clinic letter). Duhet të merrni edhe ju një kopje.
    .if-not = Nëse klinika juaj GP nuk e ka marrë letrën deri në kohën e treguar, telefononi ekipin e spitalit. Kërkojuni ta dërgojnë.
    .ask =
        A ka diçka që duhet të bëjë mjeku ynë GP?
        A mund të marr një kopje të letrës?

child-referral-results =
    .title = Analizat dhe rezultatet
    .body =
        Nëse ekipi i spitalit kërkon një analizë, ata e kontrollojnë rezultatin dhe jua tregojnë.
        Fëmijëve shpesh u merret gjak në një klinikë për fëmijë në spital. Pyesni ekipin ku të shkoni.
        Kudo që të bëhet analiza, ekipi që e kërkoi ju tregon rezultatin.
    .if-not = Nëse një rezultat vonon, kontaktoni ekipin që kërkoi analizën.
    .ask =
        Ku duhet ta bëjë analizën fëmija im?
        Kur dhe si do të m'i tregoni rezultatet?
        A duhet t'ju takojë përsëri fëmija im?
