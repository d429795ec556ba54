# Journey: getting a fit note. (Si të merrni një raport mjekësor për punën.)
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Si të merrni një raport mjekësor (fit note)
    .summary = Kur ju duhet një raport mjekësor, kush jua jep, dhe çfarë të bëni nëse nuk e morët.
    .intro = Raporti mjekësor (fit note) tregon nëse jeni mjaftueshëm mirë për të punuar. Disa njerëz e quajnë sick note. Ja kur ju duhet, kush jua jep, dhe çfarë të bëni nëse nuk e morët.
    .keywords = raport mjekësor, raport sëmundjeje, mungesë nga puna, pushim mjekësor, leje mjekësore, shënim nga mjeku, vërtetim për punën, raport për shefin, punëdhënës, pagesë për sëmundje, vetëdeklarim, Universal Credit, përfitime, ndihmë sociale, ESA, sick note, fit note, off work, med 3, sick pay, self-certification, employer

fit-notes-first-week =
    .title = 7 ditët e para të mungesës
    .body =
        Për 7 ditët e para që mungoni nga puna për shkak sëmundjeje, nuk ju duhet raport mjekësor. Këtu numërohen edhe ditët kur nuk punoni.
        Njoftoni vetë punëdhënësin tuaj. Disa punëdhënës kanë një formular për këtë.
        Nëse mungoni më shumë se 7 ditë, ju duhet një raport mjekësor.
    .if-not = Nëse punëdhënësi ju kërkon raport mjekësor për 7 ditët e para, tregojini se mund të plotësoni formularin e tyre, ose formularin në faqen e internetit GOV.UK.
    .ask =
        A më duhet tani raport mjekësor?
        Si ta njoftoj punëdhënësin se mungoj për shkak sëmundjeje?

fit-notes-hospital =
    .title = Spitali jua jep raportin
    .body =
        A pret ekipi i spitalit që të mungoni nga puna më gjatë se kaq? Atëherë ata ju japin një raport mjekësor para se të largoheni.
        Raporti duhet të mbulojë gjithë kohën që ata presin që të mungoni. Kështu nuk duhet të keni nevojë për një raport të dytë nga mjeku juaj GP (mjeku i familjes) për këtë.
        Mund t'ia jepni punëdhënësit tuaj. Mund ta përdorni edhe për përfitime sociale, si Universal Credit.
    .if-not = Nëse largoheni pa raport, telefononi ekipin e spitalit. Kërkojuni t'ju dërgojnë një raport mjekësor.
    .ask =
        Sa kohë mendoni se do të mungoj nga puna?
        A mund të marr një raport mjekësor për gjithë atë kohë?
        A mund të bëj pak punë, ose punë më të lehtë?

fit-notes-who =
    .title = Kush mund ta nënshkruajë
    .body =
        Raporti mjekësor nuk duhet domosdoshmërisht të vijë nga një mjek.
        Një infermier, një farmacist, një fizioterapist ose një terapist okupacional mund t'ju japë një raport, nëse ju ka kontrolluar.
        Fizioterapisti ndihmon trupin tuaj të lëvizë. Terapisti okupacional ju ndihmon të bëni punët e përditshme.
        Prandaj personi që ju trajton mund të jetë ai që ju jep raportin mjekësor.
    .if-not = Nëse personi që ju trajton nuk mund t'ju japë raport, pyeteni kush në ekipin e tij mund ta japë.
    .ask =
        A mund të më jepni një raport mjekësor?
        Nëse jo, kush në ekipin tuaj mund ta japë?

fit-notes-missing =
    .title = Nëse nuk e morët
    .body =
        Nëse spitali priste që të mungonit nga puna, por nuk ju dha raport mjekësor, telefononi ekipin e spitalit që ju trajtoi.
        Është detyra e tyre t'ju japin raportin. Mjeku juaj GP nuk duhet të ketë nevojë ta bëjë këtë në vend të tyre.
    .if-not = Nëse ekipi i spitalit nuk ju ndihmon, kërkoni të flisni me ekipin e këshillimit të pacientëve të spitalit.
    .ask =
        A mund të ma dërgoni raportin mjekësor me postë ose me email?
        A e mbulon raporti gjithë kohën që më duhet të mungoj?

fit-notes-gp =
    .title = Kur jua jep mjeku juaj GP
    .body =
        Klinika juaj GP jep raporte mjekësore për problemet që po i trajton mjeku juaj GP.
        Për një problem që po e trajton spitali, pyesni më parë ekipin e spitalit.
        Nëse nuk e dini me siguri kush po ju trajton për një problem, pyesni klinikën tuaj GP.
    .if-not = Nëse nuk arrini të merrni raport mjekësor nga askush, pyesni klinikën tuaj GP çfarë të bëni.
    .ask =
        Kush po më trajton për këtë problem?
        A mund të më jepni një raport mjekësor për të?
