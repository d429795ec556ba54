# Journey: the hospital sends you on to another team. (Spitali ju dërgon te një ekip tjetër.)
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = Spitali ju dërgon te një ekip tjetër
    .summary = Kur një ekip spitali ju dërgon drejtpërdrejt te një ekip tjetër, pa u kthyer te mjeku juaj GP (mjeku i familjes).
    .intro = Ndonjëherë një ekip spitali zbulon se duhet të takoni një ekip tjetër. Shpesh ata mund t'ju dërgojnë vetë atje. Ja si funksionon, dhe kë të pyesni.
    .keywords = referim i mëtejshëm, dërguar më tej, ekip tjetër, specialist tjetër, specialist i ndryshëm, specialist i dytë, repart tjetër, klinikë tjetër, problem i ri, problem i lidhur, analiza urgjente, trajtim urgjent, referim nga spitali, a duhet të shkoj te mjeku GP, përsëri te mjeku GP, transferim, onward referral, referred on, another team, transfer

onward-referral-direct =
    .title = Spitali ju dërgon drejtpërdrejt atje
    .body =
        Ekipi i spitalit mund të zbulojë se duhet të takoni një ekip tjetër. Ata ju dërgojnë vetë atje kur problemi i ri lidhet me arsyen pse u dërguat fillimisht.
        Ata e bëjnë këtë edhe kur ju duhen analiza ose trajtim urgjent. Një shembull është kur mendojnë se mund të keni kancer.
        Nuk keni nevojë të ktheheni te mjeku juaj GP për këtë.
    .if-not = A po ju thotë ekipi i spitalit të ktheheni te mjeku juaj GP? Nëse problemi është i lidhur ose urgjent, kërkojuni t'ju dërgojnë vetë më tej.
    .ask =
        Te cili ekip po më dërgoni, dhe pse?
        A është urgjente?
        A do ta njoftoni mjekun tim GP?

onward-referral-hear =
    .title = Merrni lajm nga ekipi i ri
    .body =
        Ekipi i ri ju kontakton për të rezervuar vizitën tuaj. Kjo shpesh bëhet me letër, mesazh ose telefonatë.
        Mbajini të përditësuara të dhënat tuaja të kontaktit në spital, që ekipi i ri t'ju gjejë.
        Nëse nuk e dini me siguri nëse një mesazh ose telefonatë vjen vërtet nga spitali, telefononi numrin në letrën tuaj nga spitali.
    .if-not = Nëse nuk keni marrë lajm në kohën që ju thanë, telefononi ekipin që ju dërgoi. Kërkojuni të kontrollojnë nëse referimi (referral) u dërgua.
    .ask =
        Kur duhet të marr lajm nga ekipi i ri?
        Si do të më kontaktojnë?

onward-referral-questions =
    .title = Kë të telefononi me pyetje
    .body =
        Nëse keni një pyetje se pse ju dërguan më tej, telefononi ekipin që ju dërgoi.
        Nëse keni një pyetje për vizitën tuaj të re, telefononi ekipin e ri. Numri i tyre është në letrën ose në mesazhin tuaj.
        Të dy ekipet duhet t'u përgjigjen vetë pyetjeve tuaja. Nuk duhet t'ju thonë të pyesni mjekun tuaj GP.
        Nëse përkeqësoheni shumë ndërsa prisni, kontaktoni klinikën tuaj GP ose NHS 111 të njëjtën ditë, dhe njoftoni ekipin e spitalit. Në rast emergjence, telefononi 999.
    .if-not = Nëse nuk merrni dot përgjigje, kërkoni të flisni me ekipin e këshillimit të pacientëve në spital. Ky ekip ndihmon kur diçka shkon keq.
    .ask =
        Kush është tani përgjegjës për kujdesin tim?
        Kë të telefonoj nëse përkeqësohem?

onward-referral-not-linked =
    .title = Nëse problemi i ri nuk është i lidhur
    .body =
        Nëse problemi i ri nuk është i lidhur dhe nuk është urgjent, ekipi i spitalit mund të mos ju dërgojë më tej. Në vend të kësaj, mund t'i shkruajnë mjekut tuaj GP për të.
        Pyesni ekipin e spitalit çfarë duhet të bëni më pas.
        Për çdo problem të ri që ju shqetëson, mund të shkoni te mjeku juaj GP si zakonisht.
    .if-not = Nëse nuk e dini me siguri kush merret me problemin e ri, pyesni ekipin e spitalit. Mund të pyesni edhe klinikën tuaj GP.
    .ask =
        Kush do të merret me këtë problem të ri?
        A do t'i shkruani mjekut tim GP për këtë?
