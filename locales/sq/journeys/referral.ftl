# Journey: Your GP has referred you to a hospital team. (Mjeku juaj GP ju ka referuar te një ekip spitali.)
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Mjeku juaj GP ju ka dërguar te një ekip spitali
    .summary = Kush e rezervon vizitën tuaj të parë, kë të telefononi ndërsa prisni, dhe çfarë të bëni nëse përkeqësoheni.
    .intro = Mjeku juaj GP (mjeku i familjes) mendon se duhet t'ju vizitojë një ekip spitali. Kjo quhet referim (referral). Ja çfarë ndodh më pas, dhe kush e bën secilën pjesë. Nëse mjeku juaj GP tha se është urgjente, ose se mund të jetë kancer, lexoni udhëzuesin për referimet urgjente.
    .keywords = referim, referuar, më referuan, specialist, letër nga spitali, rezervim, takim, vizitë, konsulent, klinikë, lista e pritjes, referim i zakonshëm, referral, referred, e-referral, booking, appointment, consultant, clinic, waiting list

referral-sent =
    .title = Mjeku juaj GP dërgon referimin
    .body =
        Mjeku juaj GP i shkruan ekipit të spitalit. Ai shpjegon cili është problemi dhe pse duhet t'ju vizitojnë.
        Mjeku juaj GP thotë gjithashtu sa shpejt duhet t'ju vizitojnë. Një referim mund të jetë i zakonshëm ose urgjent.
        Ndonjëherë spitali kërkon më parë analiza, si një analizë gjaku. Në këtë rast, mjeku juaj GP i bën ato para se të dërgohet referimi.
        Shpesh mund të zgjidhni në cilin spital do të shkoni. Pyeteni mjekun tuaj GP kur ju referon.
    .if-not = Pyeteni mjekun tuaj GP kur duhet të merrni lajm për referimin. Nëse deri atëherë nuk keni marrë asnjë lajm, kontaktoni klinikën tuaj GP. Pyetini nëse referimi është dërguar.
    .ask =
        Te cili ekip spitali po më dërgoni?
        A është referimi im i zakonshëm apo urgjent?
        A mund të zgjedh në cilin spital do të shkoj?
        A më duhen ndonjë analiza më parë?

referral-booking =
    .title = Merrni një letër, email ose mesazh për të rezervuar
    .body =
        Mund të merrni një letër me një numër rezervimi dhe një fjalëkalim. Ruajeni mirë.
        Ose mund të merrni një email ose një mesazh. Ai ka një lidhje për të rezervuar në NHS App ose në NHS website (faqja e internetit e NHS).
        Përdoreni për të zgjedhur një datë dhe një orë, ose për të telefonuar ekipin e rezervimeve.
        Disa mesazhe që duken sikur vijnë nga NHS janë mashtrime. NHS nuk do t'ju kërkojë të paguani ose të jepni të dhënat e bankës për të rezervuar. Nëse keni dyshime, mos e përdorni lidhjen. Telefononi numrin në letrën tuaj, ose pyesni klinikën tuaj GP.
    .if-not = Nëse deri në kohën që tha mjeku juaj GP nuk ka ardhur asgjë, telefononi numrin në letrën tuaj të referimit. Nëse nuk keni letër, pyesni klinikën tuaj GP.
    .ask =
        A mund të kem një telefonatë ose një video-telefonatë në vend të vizitës?
        A mund të marr dikë me vete?

referral-waiting =
    .title = Prisni për vizitën tuaj të parë
    .body =
        Ekipi i spitalit kujdeset për vendin tuaj në listë.
        Spitali mund t'ju dërgojë mesazh për të kontrolluar nëse ende keni nevojë të vizitoheni. Përgjigjuni nëse mundeni. Nëse nuk përgjigjeni, telefononi ekipin e spitalit. Nuk do t'ju heqin nga lista vetëm sepse nuk u përgjigjët.
        Në faqen e internetit My Planned Care mund të shihni pritjen mesatare për çdo spital. Është vetëm një mesatare.
        Nëse keni një pyetje për vizitën tuaj, pyesni ekipin e spitalit. Ata duhet t'ju përgjigjen, jo t'ju dërgojnë përsëri te mjeku juaj GP.
    .if-not = Nëse nuk keni marrë lajm nga spitali në kohën që ju thanë, telefononi ekipin e spitalit.
    .ask =
        Sa zgjat pritja për këtë ekip?
        Kë të telefonoj nëse ndryshojnë planet e mia?

referral-worse =
    .title = Nëse përkeqësoheni ndërsa prisni
    .body =
        Nëse përkeqësoheni shumë, ose keni simptoma të reja që ju shqetësojnë, kontaktoni klinikën tuaj GP ose telefononi NHS 111 të njëjtën ditë.
        Në rast emergjence, telefononi 999.
        Njoftoni edhe ekipin e spitalit. Një mjek atje mund të kontrollojë nëse duhet t'ju vizitojnë më shpejt.
        Mjeku juaj GP mund t'i kërkojë gjithashtu spitalit t'ju vizitojë më shpejt, ose ta bëjë referimin urgjent.
    .if-not = Nëse ekipi i spitalit nuk jua ka kthyer telefonatën deri në fund të ditës së ardhshme të punës, telefononi përsëri. Mos prisni për ta nëse ndiheni më keq: telefononi klinikën tuaj GP ose NHS 111 të njëjtën ditë.
    .ask =
        Cilat ndryshime duhet të më bëjnë t'ju telefonoj?
        A mund të më vizitoni më shpejt nëse përkeqësohem?

referral-appointment =
    .title = Vizita juaj e parë
    .body =
        Takoheni me ekipin e spitalit. Ata mund të flasin me ju, t'ju ekzaminojnë ose t'ju bëjnë analiza.
        Merrni me vete letrën, një listë të ilaçeve tuaja dhe çdo pyetje që keni.
        Nëse nuk mund të shkoni, njoftoni ekipin e spitalit sa më shpejt që të mundeni, që ta japin orarin tuaj dikujt tjetër.
    .if-not = Nëse vizita juaj anulohet, ekipi i spitalit duhet t'ju japë një datë të re. Telefonojini nëse nuk keni marrë datë të re.
    .ask =
        Cili mendoni se është problemi?
        Çfarë ndodh më pas, dhe kush do ta bëjë?
        Kë të telefonoj nëse kam një pyetje më vonë?

referral-letter =
    .title = Spitali i shkruan mjekut tuaj GP
    .body =
        Pas vizitës suaj, ekipi i spitalit i shkruan mjekut tuaj GP nëse mjeku juaj GP duhet të bëjë diçka. Kjo quhet letra e klinikës (clinic letter). Duhet të merrni edhe ju një kopje.
    .if-not = Nëse klinika juaj GP nuk e ka marrë letrën deri në kohën e treguar, telefononi ekipin e spitalit. Kërkojuni ta dërgojnë.
    .ask =
        A do të marr një kopje të letrës?
        A duhet të bëjë diçka mjeku im GP?

referral-after =
    .title = Çfarë bën spitali më pas
    .body =
        Nëse ju duhen analiza të tjera, ekipi i spitalit i kërkon ato. Ata ju tregojnë rezultatet.
        Nëse duhet të ktheheni, ekipi i spitalit duhet t'ju tregojë si do të organizohet kjo. Ndonjëherë ju takon juve t'i kontaktoni.
        Nëse duhet të shkoni te një ekip tjetër spitali për një problem të lidhur me këtë, spitali ju dërgon atje. Nuk keni nevojë të ktheheni më parë te mjeku juaj GP.
    .if-not = Nëse ju thanë se do të merrni lajm për një analizë ose për një vizitë dhe nuk keni marrë, telefononi ekipin e spitalit.
    .ask =
        A duhet t'ju takoj përsëri?
        A do ta rezervoni ju, apo duhet t'ju kontaktoj unë?
        Kush më tregon rezultatet e analizave?
