# Journey: after a hospital clinic visit. (Pas një vizite në klinikën e spitalit.)
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Pasi takoni një ekip spitali
    .summary = Çfarë ndodh pasi takoni një ekip spitali, dhe kush e bën secilën gjë.
    .intro = Keni takuar një ekip spitali në një klinikë. Ja çfarë ndodh më pas. Këtu tregohet kush e bën secilën pjesë, dhe kë të pyesni.
    .keywords = pas takimit, pas vizitës, pas klinikës, ambulator, letra e klinikës, letër për mjekun GP, letër nga spitali, letër nga konsulenti, kontroll pas vizitës, vizita e radhës, kthehem përsëri, analiza të tjera, letra i kërkon mjekut GP një analizë, kush e rezervon analizën, rezultatet, kë të kontaktoj, kë të pyes, pyetje, ankesë, ankohem, PALS, këshillim për pacientët, problem me spitalin, mjeku GP dhe spitali, pyeteni mjekun GP, dërguar te një ekip tjetër, after appointment, clinic letter, follow-up, outpatient, complaint

after-appointment-letter =
    .title = Spitali i shkruan mjekut tuaj GP
    .body =
        Pas vizitës suaj, ekipi i spitalit shkruan një letër për të. Kjo quhet letra e klinikës (clinic letter).
        Nëse mjeku juaj GP (mjeku i familjes) duhet të bëjë diçka, letra thotë çfarë. Duhet të merrni edhe ju një kopje.
        Pjesët e tjera të planit tuaj i bën vetë ekipi i spitalit.
    .if-not = Nëse klinika juaj GP nuk e ka marrë letrën deri në kohën e treguar, telefononi ekipin e spitalit. Kërkojuni ta dërgojnë.
    .ask =
        A duhet të bëjë diçka mjeku im GP?
        A mund të marr një kopje të letrës?
        Kush do ta bëjë secilën pjesë të planit tim?

after-appointment-gp-task =
    .title = Nëse letra i kërkon mjekut tuaj GP të bëjë diçka
    .body =
        Ndonjëherë letra i kërkon mjekut tuaj GP të bëjë një detyrë, si një analizë ose një recetë të re.
        Prisni derisa letra të arrijë te mjeku juaj GP. Pastaj kontaktoni klinikën tuaj GP për ta rezervuar ose për të pyetur për të.
        Nëse analizën e kërkoi vetë ekipi i spitalit, ata duhet t'ju tregojnë si ta rezervoni. Ata ju japin edhe rezultatin.
    .if-not = Nëse klinika juaj GP nuk e di me siguri çfarë kërkon letra, mund të pyesë ekipin e spitalit. Mund ta telefononi edhe vetë ekipin e spitalit.
    .ask =
        Kush e rezervon këtë analizë, ju apo mjeku im GP?
        Kush do të më tregojë rezultatin?

after-appointment-tests =
    .title = Spitali bën analizat e veta
    .body =
        Nëse ekipi i spitalit do që të bëni analiza të tjera, ata i kërkojnë ato. Ata kontrollojnë rezultatet dhe ju tregojnë çfarë do të thonë.
        Ku e bëni analizën varet nga vendi ku jetoni. Pyesni ekipin e spitalit ku të shkoni.
        Kudo që të bëhet analiza, ekipi i spitalit që e kërkoi ju tregon rezultatin.
    .if-not = Nëse nuk keni marrë lajm për një rezultat deri në kohën që ju thanë, telefononi ekipin e spitalit.
    .ask =
        Pse më duhet kjo analizë?
        Ku duhet të shkoj për të?
        Si dhe kur do të ma tregoni rezultatin?

after-appointment-next =
    .title = Nëse duhet të ktheheni
    .body =
        Nëse duhet ta takoni përsëri ekipin, ata duhet t'ju tregojnë si do të organizohet kjo. Kur spitali do t'ju shohë përsëri, e rezervon vetë vizitën ose analizën.
        Disa ekipe ju kërkojnë që t'i kontaktoni vetë kur keni nevojë për ta. Kjo quhet kontroll i nisur nga pacienti (patient initiated follow-up). Pyesni për sa kohë mund ta bëni këtë. Udhëzuesi për atë që ndodh pas një vizite në klinikë tregon më shumë.
        Nëse duhet të takoni një ekip tjetër spitali për një problem të lidhur me këtë, ekipi i spitalit ju dërgon atje. Nuk keni nevojë të ktheheni më parë te mjeku juaj GP.
    .if-not = A ju thanë se spitali do ta rezervonte vizitën tuaj të radhës? Nëse deri në kohën që ju thanë nuk keni marrë asnjë lajm, telefononi ekipin e spitalit.
    .ask =
        A duhet të kthehem, dhe kur?
        A do ta rezervoni ju vizitën time të radhës, apo duhet t'ju kontaktoj unë?
        A duhet të takoj ndonjë ekip tjetër?

after-appointment-questions =
    .title = Nëse keni një pyetje
    .body =
        Spitali e ka detyrim t'ju tregojë si të lidheni me të. Shikoni letrën e klinikës ose faqen e internetit të spitalit.
        Nëse keni një pyetje për kujdesin tuaj në spital, pyesni ekipin e spitalit. Ata duhet t'i përgjigjen vetë. Nuk duhet t'ju thonë të pyesni mjekun tuaj GP.
    .if-not = Nëse nuk merrni dot përgjigje, kërkoni të flisni me ekipin e këshillimit të pacientëve në spital. Ky ekip ndihmon kur diçka shkon keq.
    .ask =
        Cila është mënyra më e mirë për t'ju kontaktuar?
        Kë të pyes për ilaçet e mia të reja?

after-appointment-problems =
    .title = Nëse diçka shkon keq
    .body =
        Ndonjëherë gjërat shkojnë keq mes mjekut tuaj GP dhe spitalit. Për shembull, secili mund të thotë se një detyrë duhet ta bëjë tjetri.
        Nëse ndodh kjo, kërkoni të flisni me ekipin e këshillimit të pacientëve të spitalit. Ky ekip shpesh quhet PALS. Ata ndihmojnë kur diçka shkon keq.
        Çdo spital ka gjithashtu një drejtues të caktuar me emër. Detyra e tij është të ndihmojë spitalin dhe klinikat GP të punojnë mirë së bashku.
    .if-not = Nëse ekipi i këshillimit të pacientëve nuk mund t'ju ndihmojë, pyetini si të bëni një ankesë. Mund ta njoftoni edhe klinikën tuaj GP.
    .ask =
        Kush do ta zgjidhë këtë?
        A mund t'ia tregoni këtë drejtuesit që punon me klinikat GP?
