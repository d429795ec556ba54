# Journey: your GP asked a specialist for advice. (Mjeku juaj GP i kërkoi këshillë një specialisti.)
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Mjeku juaj GP i kërkoi këshillë një specialisti
    .summary = Pse mjeku juaj GP kërkoi më parë këshillë, kush jua tregon përgjigjen, dhe kë të telefononi ndërsa prisni.
    .intro = Mjeku juaj GP (mjeku i familjes) i ka kërkuar këshillë për ju një specialisti në spital. Specialisti është një mjek që di shumë për një lloj problemi shëndetësor. Ja çfarë ndodh më pas, dhe kush e bën secilën pjesë.
    .keywords = këshillë dhe udhëzim, këshillë, këshillë nga specialisti, mjeku kërkoi këshillë, mendim i dytë, mjek spitali, konsulent, referim, referimi u kthye, pres përgjigjen, advice and guidance, A and G, specialist advice, second opinion, e-referral, referral returned

advice-and-guidance-asked =
    .title = Mjeku juaj GP kërkon këshillë
    .body =
        Mjeku juaj GP do mendimin e një specialisti për problemin tuaj. Prandaj mjeku juaj GP i dërgon specialistit një pyetje. Kjo mund të bëhet në internet ose me telefon.
        Kjo quhet këshillë dhe udhëzim (advice and guidance). Mund të jetë në vend të një referimi (referral). Ose mund të vijë para referimit.
        Specialisti lexon atë që i dërgon mjeku juaj GP. Në këtë fazë specialisti nuk ju viziton.
    .if-not = Nëse nuk e dini me siguri nëse mjeku juaj GP e ka dërguar pyetjen, kontaktoni klinikën tuaj GP. Pyetini nëse është dërguar.
    .ask =
        Çfarë po e pyesni specialistin?
        Si do të ma tregoni përgjigjen?
        A mund të më dërgoni ende në spital më vonë?

advice-and-guidance-reply =
    .title = Specialisti kthen përgjigje
    .body =
        Specialisti i përgjigjet mjekut tuaj GP, jo juve.
        Sa zgjat kjo varet nga spitali. Pyeteni mjekun tuaj GP kur e pret përgjigjen.
    .if-not = Nëse deri në kohën që tha mjeku juaj GP nuk keni marrë asnjë lajm, kontaktoni klinikën tuaj GP. Pyetini nëse ka ardhur përgjigjja.
    .ask =
        Kur mendoni se do të vijë përgjigjja?
        A do të më telefononi ju, apo duhet t'ju telefonoj unë?

advice-and-guidance-worse =
    .title = Nëse përkeqësoheni ndërsa prisni
    .body =
        Ndërsa prisni përgjigjen, me pyetje drejtohuni te klinika juaj GP.
        Nëse përkeqësoheni shumë, ose keni simptoma të reja që ju shqetësojnë, kontaktoni klinikën tuaj GP ose telefononi NHS 111 të njëjtën ditë. Mos rrini thjesht duke pritur përgjigjen.
        Në rast emergjence, telefononi 999.
        Mjeku juaj GP mund ta njoftojë specialistin, ose mund të bëjë një referim urgjent.
    .if-not = Nëse klinika juaj GP nuk ju është përgjigjur deri në fund të ditës së ardhshme të punës, telefononi përsëri. Nëse ndiheni më keq, telefononi NHS 111 të njëjtën ditë.
    .ask =
        Cilat ndryshime duhet të më bëjnë t'ju telefonoj?
        A mund t'i thoni specialistit që jam përkeqësuar?

advice-and-guidance-next =
    .title = Mjeku juaj GP ju tregon çfarë vjen më pas
    .body =
        Mjeku juaj GP ju tregon çfarë tha specialisti. Pastaj ndodh njëra nga dy gjërat.
        Mjeku juaj GP mund të veprojë sipas këshillës. Për shembull, mund t'jua ndryshojë ilaçin ose t'ju bëjë një analizë.
        Ose specialisti mund ta kthejë pyetjen në një referim. Kjo do të thotë se do t'ju vizitojë një ekip spitali. Pastaj merrni një letër, email ose mesazh për të rezervuar vizitën tuaj.
        Ndonjëherë një referim që dërgoi mjeku juaj GP kthehet mbrapsht me këshilla, në vend të një vizite. Mjeku juaj GP duhet t'ju shpjegojë çfarë do të thotë kjo për ju.
        Nëse nuk e dini me siguri nëse një mesazh ose email është i vërtetë, mos e përdorni lidhjen e tij. Telefononi klinikën tuaj GP ose numrin në letrën tuaj.
    .if-not = Nëse mjeku juaj GP nuk ju ka treguar çfarë tha specialisti, kontaktoni klinikën tuaj GP.
    .ask =
        Çfarë tha specialisti?
        Çfarë ndodh më pas, dhe kush do ta bëjë?
        A duhet të takoj ekipin e spitalit?
