# Journey: your rights on a waiting list. (Të drejtat tuaja në listën e pritjes.)
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Të drejtat tuaja kur prisni për kujdes në spital
    .summary = Zgjedhja e spitalit, kërkesa për të kaluar diku tjetër pas një pritjeje të gjatë, dhe si të dalloni mesazhet e rreme.
    .intro = Kur mjeku juaj GP (mjeku i familjes) ju referon, keni të drejta për vendin ku ju vizitojnë dhe për sa shpejt ju vizitojnë. Ja cilat janë, dhe kë të pyesni.
    .keywords = të drejta, të drejtat e mia, zgjedhje, zgjedh spitalin, zgjedh ku, spital tjetër, ndërroj spitalin, pritje më e shkurtër, pritje e gjatë, 18 javë, pres shumë gjatë, mesazh për listën e pritjes, a është i vërtetë ky mesazh, mashtrim, mesazh mashtrues, mesazh i rremë, mesazh nga NHS, humbas vendin, ankesë, rights, choice, choose hospital, long wait, 18 weeks, scam, scam text, fake text, complaint

waiting-list-rights-choice =
    .title = Shpesh mund ta zgjidhni spitalin tuaj
    .body =
        Kur mjeku juaj GP ju referon, shpesh mund të zgjidhni në cilin spital ose klinikë do të shkoni. Kjo është e drejta juaj në Angli, për shumicën e referimeve të zakonshme.
        Mund të krahasoni pritjet mesatare në faqen e internetit My Planned Care. Pyeteni mjekun tuaj GP nga cilat vende mund të zgjidhni.
    .if-not = Nëse nuk ju ofruan zgjedhje dhe do të donit një, pyesni klinikën tuaj GP. Mund të pyesni edhe ekipin e rezervimeve kur rezervoni.
    .ask =
        Nga cilat spitale mund të zgjedh?
        Cili ka pritjen më të shkurtër?

waiting-list-rights-long-wait =
    .title = Nëse keni pritur për një kohë të gjatë
    .body =
        Për shumicën e problemeve që nuk janë urgjente, keni të drejtë ta filloni trajtimin brenda 18 javëve nga referimi. Kjo shkruhet në NHS Constitution (Kushtetuta e NHS).
        Tani shumë pritje janë më të gjata se kaq. Nëse e juaja është e tillë, mund të pyesni për kalimin në një spital tjetër me pritje më të shkurtër.
        Pyesni ekipin e spitalit. Në disa raste ata do t'ju kontaktojnë vetë për t'jua ofruar këtë.
    .if-not = Nëse ekipi i spitalit nuk mund t'ju ndihmojë, pyesni klinikën tuaj GP. Mund të pyesni edhe ekipin e këshillimit të pacientëve të spitalit.
    .ask =
        A mund të më vizitojnë diku tjetër më shpejt?
        A do të ndryshonte kalimi se kush kujdeset për mua?

waiting-list-rights-texts =
    .title = Mesazhe që kontrollojnë nëse ende keni nevojë të vizitoheni
    .body =
        Spitali mund t'ju dërgojë mesazh për të kontrolluar nëse ende keni nevojë për vizitën. Përgjigjuni nëse mundeni. Nëse nuk ju duhet më, thuajeni.
        Nuk do t'ju heqin nga lista vetëm sepse nuk u përgjigjët. Vetëm ju ose një mjek mund të vendosni se nuk keni më nevojë të vizitoheni.
    .if-not = Nëse shqetësoheni se ju kanë hequr nga lista, telefononi ekipin e spitalit dhe pyesni.
    .ask =
        A jam ende në listën tuaj?
        Si do të më kontaktoni?

waiting-list-rights-scams =
    .title = Si të dalloni një mesazh mashtrues
    .body =
        Disa mesazhe bëjnë sikur vijnë nga NHS. Mund të thonë se do ta humbni vendin tuaj nëse nuk klikoni një lidhje.
        NHS nuk do t'ju kërkojë të paguani, ose të jepni të dhënat e bankës, për ta mbajtur vendin tuaj ose për të rezervuar.
        Nëse nuk e dini me siguri nëse një mesazh është i vërtetë, mos e përdorni lidhjen e tij. Telefononi numrin në letrën tuaj nga spitali, ose pyesni klinikën tuaj GP.
    .if-not = Nëse klikuat një lidhje dhe dhatë të dhënat e bankës, telefononi menjëherë bankën tuaj.
    .ask =
        A vjen vërtet nga ju ky mesazh?

waiting-list-rights-help =
    .title = Nëse mendoni se të drejtat tuaja nuk u respektuan
    .body =
        Së pari, flisni me ekipin e spitalit. Mund të jenë në gjendje ta zgjidhin problemin.
        Nëse jo, kërkoni të flisni me ekipin e këshillimit të pacientëve të spitalit. Ky ekip ndihmon kur diçka shkon keq. Mund t'ju tregojnë edhe si të bëni një ankesë.
    .if-not = Nëse ekipi i këshillimit të pacientëve nuk mund t'ju ndihmojë, pyetini si të bëni një ankesë. Mund ta njoftoni edhe klinikën tuaj GP.
    .ask =
        Kush mund të më ndihmojë me këtë?
        Si të bëj një ankesë?
