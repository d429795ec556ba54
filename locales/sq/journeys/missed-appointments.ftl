# Journey: missing or cancelling a hospital visit. (Kur humbisni ose anuloni një vizitë në spital.)
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Nëse humbisni ose anuloni një vizitë në spital
    .summary = Çfarë të bëni nëse nuk mund të shkoni në një vizitë në spital, dhe kush rezervon një vizitë të re.
    .intro = Ndonjëherë nuk mund të shkoni në një vizitë në spital. Ja çfarë të bëni, dhe kush e rregullon një datë të re. Në shumicën e rasteve nuk duhet të keni nevojë të filloni nga e para me mjekun tuaj GP (mjeku i familjes).
    .keywords = takim i humbur, vizitë e humbur, humba, harrova, harrova takimin, anuloj, anuluar, nuk mund të shkoj, nuk arrij të shkoj, ndryshoj takimin, zhvendos takimin, riorganizoj, rezervoj përsëri, datë e re, nuk u paraqit, DNA, liruar, letër lirimi, spitali anuloi, operacioni u anulua, ndërhyrja u anulua, spitali ma zhvendosi takimin, referuar përsëri, përsëri te mjeku GP, missed appointment, cancel, reschedule, discharge letter

missed-appointments-tell =
    .title = Njoftoni spitalin sa më shpejt që të mundeni
    .body =
        Nëse nuk mund të shkoni në një vizitë në spital, njoftoni ekipin e spitalit sa më shpejt që të mundeni. Përdorni numrin në letrën ose në mesazhin tuaj.
        Atëherë ata mund ta japin orarin tuaj dikujt tjetër.
        Kur flisni me ta, kërkoni një datë të re.
    .if-not = Nëse nuk arrini të lidheni, provoni përsëri ditën e ardhshme të punës. Disa spitale ju lejojnë gjithashtu ta ndryshoni vizitën në internet ose me mesazh.
    .ask =
        A mund të marr një datë të re tani?
        A mund të kem një telefonatë ose një video-telefonatë në vend të vizitës?

missed-appointments-rebook =
    .title = Spitali rezervon një datë të re
    .body =
        Ekipi i spitalit e rezervon datën tuaj të re. Këtë nuk e bën mjeku juaj GP.
        Nëse e humbët vizitën dhe nuk i njoftuat, telefononi ekipin e spitalit sa më shpejt që të mundeni. Tregojuni se ende keni nevojë të vizitoheni.
        Një spital nuk duhet të ketë një rregull që i kthen te mjeku i tyre GP të gjithë ata që humbasin një vizitë.
    .if-not = Nëse spitali ju thotë të ktheheni te mjeku juaj GP, pyetini pse. Pyetini nëse mund t'ju japin një datë të re në vend të kësaj.
    .ask =
        Kur është data ime e re?
        Çfarë ndodh nëse humbas një vizitë tjetër?

missed-appointments-discharged =
    .title = Nëse merrni një letër që thotë se jeni liruar
    .body =
        Pas një vizite të humbur, një mjek në spital shikon shënimet tuaja. Mjeku mund të vendosë se nuk keni nevojë të vizitoheni. Pastaj ju dërgon juve dhe mjekut tuaj GP një letër. Kjo quhet letër lirimi (discharge letter).
        Nëse e keni ende problemin, telefononi së pari ekipin e spitalit. Tregojuni pse e humbët vizitën. Pyetini nëse mund t'ju vizitojnë.
        Nëse nuk munden, kontaktoni klinikën tuaj GP. Mjeku juaj GP mund t'ju referojë përsëri nëse ende ju duhet.
    .if-not = Nëse nuk e dini me siguri nëse jeni ende në listë, telefononi ekipin e spitalit dhe pyesni. Mos prisni për ta marrë vesh.
    .ask =
        A jam ende në listën tuaj?
        A mund të më vizitoni, tani që ju shpjegova?

missed-appointments-hospital-cancels =
    .title = Nëse spitali anulon
    .body =
        Ndonjëherë spitali duhet ta anulojë ose ta zhvendosë vizitën tuaj.
        Nëse ndodh kjo, ekipi i spitalit duhet t'ju japë një datë të re. Kjo është detyra e tyre, jo e mjekut tuaj GP.
        Spitali mund ta anulojë operacionin tuaj në vetë ditën e operacionit, për një arsye që nuk ka të bëjë me shëndetin tuaj. Atëherë duhet t'ju ofrojë një datë të re brenda 28 ditëve. Nëse nuk mundet, duhet të paguajë që ta bëni në një spital tjetër.
        Nëse përkeqësoheni ndërsa prisni, kontaktoni klinikën tuaj GP ose NHS 111 të njëjtën ditë, dhe njoftoni ekipin e spitalit. Në rast emergjence, telefononi 999.
    .if-not = Nëse nuk keni marrë një datë të re, telefononi ekipin e spitalit.
    .ask =
        Pse u anulua vizita ime?
        Kur do të marr një datë të re?
