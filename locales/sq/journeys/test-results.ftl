# Journey: your test results. (Rezultatet e analizave tuaja.)
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Rezultatet e analizave tuaja
    .summary = Kush ju tregon rezultatin e analizës, dhe çfarë të bëni nëse nuk keni marrë lajm.
    .intro = Një analizë ndihmon të gjendet se çfarë nuk shkon, ose kontrollon si jeni. Ekipi që kërkon analizën ju tregon rezultatin. Ja çfarë duhet të ndodhë.
    .keywords = rezultatet e analizave, rezultati, rezultatet, analizë gjaku, analizat, gjaku, skaner, radiografi, rëntgen, analizë urine, kampion, biopsi, pres rezultatet, nuk kam marrë rezultatet, nuk kam marrë lajm, kush më tregon rezultatet, rezultati në NHS App, rezultat jo normal, analizë në spital, analizë te klinika GP, çfarë do të thotë rezultati im, test results, blood test, scan, x-ray, results

test-results-asked =
    .title = Ju tregojnë pse ju duhet një analizë
    .body =
        Një ekip spitali mund t'ju kërkojë të bëni një analizë. Kjo mund të jetë analizë gjaku, radiografi ose skaner.
        Ata duhet t'ju tregojnë pse ju duhet dhe çfarë mund të tregojë.
        Duhet t'ju tregojnë gjithashtu si do ta merrni rezultatin, kush do t'jua tregojë dhe deri kur.
        Nëse analizën e kërkon mjeku juaj GP (mjeku i familjes), këto gjëra duhet t'jua tregojë klinika juaj GP.
    .if-not = Nëse nuk ju thanë si do ta merrni rezultatin, pyesni ekipin që kërkoi analizën.
    .ask =
        Pse më duhet kjo analizë?
        Çfarë mund të tregojë?
        Kush do të më tregojë rezultatin, dhe kur?

test-results-taken =
    .title = Bëni analizën
    .body =
        Ku e bëni analizën varet nga vendi ku jetoni. Mund të jetë në spital, në një klinikë për analiza gjaku pranë jush, ose në klinikën tuaj GP.
        Shumë klinika GP nuk mund të marrin gjak për analizat që ka kërkuar spitali. Pyesni ekipin që kërkoi analizën ku të shkoni.
        Kudo që të bëhet analiza, rezultati shkon te ekipi që e kërkoi.
        Një rezultat mund të dalë pas disa ditësh ose javësh. Varet nga analiza.
    .if-not = Nëse nuk mund të shkoni për analizën, njoftoni sa më shpejt vendin që e rezervoi. Kërkoni një orar të ri.
    .ask =
        Ku duhet të shkoj për analizën?
        A duhet të bëj diçka më parë, si të mos ha?

test-results-app =
    .title = Mund ta shihni rezultatin më parë në NHS App
    .body =
        Shumë rezultate tani shfaqen vetë në NHS App. Mund ta shihni një rezultat para se dikush të ketë folur me ju për të.
        Një rezultat i shënuar si jo normal nuk është gjithmonë serioz. Disa rezultate janë pak jashtë kufijve dhe janë në rregull.
        Nëse një rezultat ju shqetëson, kontaktoni ekipin që kërkoi analizën. Ata mund t'ju shpjegojnë çfarë do të thotë për ju.
    .if-not = Nëse nuk arrini të lidheni me ekipin dhe shqetësoheni, telefononi klinikën tuaj GP ose NHS 111. Në rast emergjence, telefononi 999.
    .ask =
        A do të shfaqet rezultati im në NHS App?
        A do të flasë dikush me mua para se ta shoh?

test-results-told =
    .title = Ekipi ju tregon rezultatin
    .body =
        Ekipi që kërkoi analizën e kontrollon rezultatin. Ata vendosin çfarë do të bëhet më pas, dhe jua tregojnë.
        Nëse e kërkoi një ekip spitali, ekipi i spitalit jua tregon. Kjo vlen edhe nëse gjaku juaj u mor në klinikën tuaj GP.
        Mjeku juaj GP mund ta shohë rezultatin, por është ekipi që e kërkoi analizën ai që duhet ta shpjegojë.
    .if-not = Nëse nuk keni marrë lajm deri në kohën që ju thanë, kontaktoni ekipin që kërkoi analizën.
    .ask =
        Çfarë do të thotë rezultati im?
        Çfarë ndodh më pas?
        A duhet të bëjë diçka mjeku im GP?

test-results-chase =
    .title = Nëse nuk keni marrë lajm
    .body =
        Nëse koha që ju dhanë ka kaluar, kontaktoni ekipin që kërkoi analizën. Mos rrini thjesht duke pritur.
        Nëse e kërkoi një ekip spitali, telefononi ekipin e spitalit. Nëse e kërkoi mjeku juaj GP, kontaktoni klinikën tuaj GP.
        Nëse ndiheni më keq ndërsa prisni, telefononi klinikën tuaj GP ose NHS 111 të njëjtën ditë. Në rast emergjence, telefononi 999.
    .if-not = Nëse ende nuk merrni dot përgjigje nga spitali, kërkoni të flisni me ekipin e këshillimit të pacientëve të spitalit. Ky ekip ndihmon kur diçka shkon keq.
    .ask =
        Deri kur duhet të kisha marrë lajm?
        Kush mund të flasë me mua për rezultatin tim?
