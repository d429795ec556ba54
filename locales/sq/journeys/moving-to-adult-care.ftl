# Journey: moving from children's to adult care. Written for young people. (Për të rinjtë.)
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Kalimi nga kujdesi për fëmijë te kujdesi për të rritur
    .summary = Kush e planifikon kalimin tuaj te kujdesi për të rritur, dhe kë të kontaktoni para dhe pas tij.
    .intro = Keni një problem shëndetësor që zgjat shumë kohë. Kjo quhet sëmundje afatgjatë (long-term condition). Ndërsa rriteni, kujdesi juaj kalon nga ekipi i fëmijëve te shërbimet për të rriturit. Ja kush bën çfarë.
    .keywords = kalimi te kujdesi për të rritur, shërbime për të rritur, tranzicion, transferim, rritem, mbush 16 vjeç, mbush 18 vjeç, adoleshent, i ri, e re, i rritur i ri, spital për fëmijë, sëmundje afatgjatë, klinikë për të rritur, largimi nga shërbimet për fëmijë, transition, adult services, young person, long-term condition

moving-to-adult-care-plan =
    .title = Ekipi juaj i fëmijëve e planifikon kalimin
    .body =
        Ekipi juaj i fëmijëve në spital e planifikon kalimin tuaj te kujdesi për të rritur. Ata duhet të fillojnë të flasin me ju për këtë deri në vitin e 9-të të shkollës (Year 9), kur jeni 13 ose 14 vjeç.
        Duhet të keni një punonjës të caktuar me emër (named worker) që ju ndihmon të planifikoni. Pyesni kush është ai.
        Mund të merrni me vete një prind ose kujdestar, nëse dëshironi. Mund të kërkoni gjithashtu ta takoni mjekun vetëm për vetëm gjatë një pjese të çdo vizite.
    .if-not = Nëse askush nuk ka folur me ju për kalimin, pyesni ekipin tuaj të fëmijëve. Mund të pyesni në vizitën tuaj të radhës.
    .ask =
        Kur do të kaloj te kujdesi për të rritur?
        Kush është punonjësi im i caktuar?
        A mund t'ju takoj vetëm për vetëm gjatë një pjese të vizitës?

moving-to-adult-care-before =
    .title = Para kalimit
    .body =
        Deri në kalim, ekipi juaj i fëmijëve është ende përgjegjës për kujdesin tuaj.
        Duhet të keni mundësi të takoni dikë nga ekipi i të rriturve para se të kaloni.
        Kontaktoni ekipin tuaj të fëmijëve nëse keni pyetje, ose nëse sëmundja juaj përkeqësohet. Nëse nuk ndiheni mirë dhe nuk e dini me siguri çfarë të bëni, telefononi klinikën tuaj GP (klinika e mjekut të familjes) ose NHS 111 të njëjtën ditë. Në rast emergjence, telefononi 999.
    .if-not = Nëse ekipi i fëmijëve nuk jua ka kthyer telefonatën deri në fund të ditës së ardhshme të punës, telefononi përsëri. Nëse ndiheni më keq, telefononi NHS 111 ose mjekun tuaj GP të njëjtën ditë.
    .ask =
        Kë të kontaktoj derisa të kaloj?
        A mund ta takoj ekipin e të rriturve para se të kaloj?

moving-to-adult-care-adult-team =
    .title = Ekipi i të rriturve merr përsipër
    .body =
        Pas kalimit, për sëmundjen tuaj mund të kujdeset një ekip i të rriturve në spital.
        Punonjësi juaj i caktuar duhet të mbajë kontakt me ju për rreth 6 muaj pas kalimit, për të parë nëse ka shkuar mirë.
        Çdo pjesë e kujdesit tuaj duhet të ketë një ekip të vetëm përgjegjës. Duhet ta dini cili ekip është. Mbajeni numrin e tyre të telefonit në një vend të sigurt.
    .if-not = Nëse nuk e dini kush është tani përgjegjës, pyesni punonjësin tuaj të caktuar. Ose pyesni klinikën tuaj GP.
    .ask =
        Cili ekip është tani përgjegjës për kujdesin tim?
        Si t'ju kontaktoj?
        Sa shpesh do t'ju takoj?

moving-to-adult-care-gp =
    .title = Mjeku juaj GP mund të bëhet mjeku juaj kryesor
    .body =
        Në këtë fazë, mjeku juaj GP mund të bëhet mjeku juaj kryesor. Kjo do të thotë se klinika juaj GP kujdeset për një pjesë më të madhe të kujdesit tuaj.
        Pyesni ekipin tuaj të fëmijëve nëse kjo do të ndodhë për ju.
        Klinika juaj GP është gjithashtu vendi ku shkoni për probleme të reja shëndetësore.
    .if-not = Nëse nuk e dini me siguri nëse mjeku juaj GP është tani mjeku juaj kryesor, pyesni klinikën tuaj GP.
    .ask =
        A jeni tani mjeku im kryesor?
        A i keni letrat e mia nga spitali?
        Kë të telefonoj nëse sëmundja ime përkeqësohet?
