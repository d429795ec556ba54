# Journey: waiting for a hospital visit. (Në pritje të një vizite në spital.)
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Ndërsa prisni për një vizitë në spital
    .summary = Kush kujdeset për ju ndërsa prisni, dhe kë të njoftoni nëse përkeqësoheni.
    .intro = Jeni në një listë për të takuar një ekip spitali. Ja kush bën çfarë ndërsa prisni. Këtu tregohet edhe kë të telefononi nëse përkeqësoheni.
    .keywords = lista e pritjes, koha e pritjes, pritje, sa kohë, pritje e gjatë, ende në pritje, po përkeqësohem, ndihem më keq, simptomat më keq, simptoma të reja, më shpejt, përshpejtoj, ngjitem në listë, data e takimit, kur është takimi im, My Planned Care, pritja mesatare, mesazh nga spitali, a keni ende nevojë për takimin, tensioni i gjakut, të qëndroj mirë, probleme të tjera shëndetësore, spitali nuk më përgjigjet, waiting list, waiting time, long wait, getting worse, new symptoms, appointment date, average wait, blood pressure

waiting-list =
    .title = Spitali jua ruan vendin
    .body =
        Ekipi i spitalit kujdeset për listën dhe për vendin tuaj në të.
        Mund ta shihni pritjen mesatare në faqen e internetit My Planned Care. Ajo tregon çdo spital dhe çdo lloj kujdesi. Përditësohet çdo javë.
        Është vetëm një mesatare, prandaj pritja juaj mund të jetë më e gjatë ose më e shkurtër. Faqja e internetit nuk tregon pritjet për kujdesin e kancerit.
    .if-not = Nëse nuk keni marrë lajm nga spitali në kohën që ju thanë, telefononi ekipin e spitalit. Kërkojuni të kontrollojnë nëse jeni në listë.
    .ask =
        Përafërsisht sa kohë do të pres?
        Kë të telefonoj nëse ndryshojnë planet e mia?
        A do të më tregoni nëse pritja zgjatet?

waiting-check =
    .title = Spitali kontrollon nëse ende keni nevojë të vini
    .body =
        Spitali mund t'ju kontaktojë për të kontrolluar nëse ende keni nevojë për vizitën. Kjo shpesh bëhet me mesazh.
        Ju lutemi përgjigjuni nëse mundeni. Nëse nuk keni më nevojë për vizitën, thuajeni. Atëherë vendin tuaj mund ta marrë dikush tjetër.
        Nëse nuk përgjigjeni, nuk e humbni vendin tuaj vetëm për këtë arsye. Spitali do të përpiqet t'ju kontaktojë në një mënyrë tjetër, ose do të pyesë mjekun tuaj GP (mjeku i familjes).
        Disa mesazhe që duken sikur vijnë nga NHS janë mashtrime. NHS nuk do t'ju kërkojë të paguani ose të jepni të dhënat e bankës. Nëse nuk e dini me siguri nëse një mesazh është i vërtetë, mos e përdorni lidhjen e tij. Telefononi numrin në letrën tuaj nga spitali.
    .if-not = Nëse nuk e patë mesazhin, ose u përgjigjët gabimisht, telefononi ekipin e spitalit dhe tregojuni.
    .ask =
        Si do të më kontaktoni?
        Po nëse nuk e shoh mesazhin tuaj?

waiting-care =
    .title = Mjeku juaj GP vazhdon të kujdeset për ju
    .body =
        Klinika juaj GP vazhdon të kujdeset për problemet e tjera shëndetësore që keni. Për shembull, ju ndihmon ta mbani nën kontroll tensionin e gjakut.
        Kjo ka rëndësi. Ndihmon që trajtimi juaj në spital të mos vonohet.
        Mund të ndihmoni edhe ju. Vazhdoni t'i merrni ilaçet tuaja. Shkoni në kontrollet tuaja.
        Nëse keni një problem të ri që nuk lidhet me atë për të cilin prisni, shkoni te mjeku juaj GP si zakonisht.
    .if-not = Nëse ju ka ardhur koha për një kontroll dhe nuk keni marrë lajm, kontaktoni klinikën tuaj GP.
    .ask =
        Çfarë mund të bëj që të qëndroj mirë ndërsa pres?
        A janë nën kontroll problemet e mia të tjera shëndetësore?
        Kur është kontrolli im i radhës?

waiting-worse =
    .title = Nëse përkeqësoheni
    .body =
        Nëse përkeqësoheni shumë, ose keni simptoma të reja që ju shqetësojnë, kontaktoni klinikën tuaj GP ose telefononi NHS 111 të njëjtën ditë.
        Në rast emergjence, telefononi 999.
        Njoftoni edhe ekipin e spitalit. Një mjek atje mund të kontrollojë nëse duhet t'ju vizitojnë më shpejt.
        Mjeku juaj GP mund t'i kërkojë gjithashtu spitalit t'ju vizitojë më shpejt, ose ta bëjë referimin (referral) urgjent.
    .if-not = Nëse ekipi i spitalit nuk jua ka kthyer telefonatën deri në fund të ditës së ardhshme të punës, telefononi përsëri. Mos prisni për ta nëse ndiheni më keq: telefononi klinikën tuaj GP ose NHS 111 të njëjtën ditë.
    .ask =
        Cilat ndryshime duhet të më bëjnë t'ju telefonoj?
        Kë të telefonoj natën ose në fundjavë?

waiting-questions =
    .title = Nëse keni një pyetje
    .body =
        Nëse keni një pyetje për vizitën tuaj, pyesni ekipin e spitalit. Spitali e ka detyrim t'ju tregojë si të lidheni me të. Shikoni letrën ose mesazhin tuaj.
        Ekipi i spitalit duhet t'ju përgjigjet vetë. Nuk duhet t'ju thonë të pyesni mjekun tuaj GP.
        Nëse keni pritur për një kohë të gjatë, mund të pyesni për të shkuar në një spital tjetër. Lexoni udhëzuesin për të drejtat tuaja në listën e pritjes.
    .if-not = Nëse nuk merrni dot përgjigje, kërkoni të flisni me ekipin e këshillimit të pacientëve në spital. Ky ekip ndihmon kur diçka shkon keq.
    .ask =
        Cila është mënyra më e mirë për t'ju kontaktuar?
        Me kë mund të flas për vendin tim në listë?
