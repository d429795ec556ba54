# Journey: after A&E or an urgent treatment centre. (Pas A&E ose një qendre trajtimi urgjent.)
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Pas A&E ose një qendre trajtimi urgjent
    .summary = Kush bën çfarë pasi shkoni në A&E, kush ju tregon rezultatet e analizave, dhe kur të shkoni te mjeku juaj GP.
    .intro = Shkuat në A&E (urgjenca e spitalit) ose në një qendër trajtimi urgjent (urgent treatment centre), dhe tani jeni në shtëpi. Ja kush bën çfarë më pas, dhe kë të kontaktoni.
    .keywords = A&E, A and E, urgjenca, urgjencë, aksident, emergjencë, qendër trajtimi urgjent, UTC, walk-in centre, lëndime të lehta, pas urgjencës, klinikë frakturash, kockë e thyer, thyerje, rezultatet e radiografisë, rëntgen, shkoni te mjeku GP nëse, kontroll pas urgjencës, accident and emergency, urgent treatment centre, fracture clinic, x-ray

after-urgent-care-letter =
    .title = Spitali e njofton mjekun tuaj GP për vizitën tuaj
    .body =
        A&E ose qendra e trajtimit urgjent i dërgon klinikës suaj GP një letër për vizitën tuaj.
        Nuk keni nevojë të rezervoni një vizitë te mjeku juaj GP (mjeku i familjes) vetëm për t'i treguar se shkuat.
        Kërkoni çdo fletë këshillash që kanë, që të dini çfarë duhet të vini re në shtëpi.
    .if-not = Nëse klinika juaj GP ka nevojë për letrën dhe nuk e ka marrë, telefononi A&E ose qendrën e trajtimit urgjent. Kërkojuni ta dërgojnë.
    .ask =
        A do ta njoftoni mjekun tim GP për vizitën e sotme?
        A mund të marr një fletë këshillash për në shtëpi?

after-urgent-care-follow-up =
    .title = Spitali rezervon vizitën tuaj të radhës
    .body =
        Mund t'ju duhet të ktheheni, për shembull në një klinikë frakturash (fracture clinic) për një kockë të thyer. Këtë e rezervon spitali, jo mjeku juaj GP.
        Ndonjëherë ekipi i frakturave ju telefonon në vend që t'ju takojë.
    .if-not = Nëse ju thanë se do të merrnit lajm për vizitën pasuese dhe nuk keni marrë, telefononi numrin në fletën e këshillave ose në letrën tuaj. Nëse nuk keni numër, telefononi numrin kryesor të spitalit.
    .ask =
        A duhet të kthehem? Kush do ta rezervojë?
        Si do të më kontaktoni?

after-urgent-care-results =
    .title = Ekipi që bëri analizën ju jep rezultatin
    .body =
        Disa analiza, si radiografitë, shikohen përsëri pasi largoheni. Ekipi që kërkoi analizën është përgjegjës për rezultatin.
        Nëse një rezultat kërkon që të bëhet diçka, ata kontaktojnë ju ose mjekun tuaj GP. Pyetini si do ta bëjnë këtë.
    .if-not = Nëse ju thanë se do të merrnit lajm për një rezultat dhe nuk keni marrë, telefononi vendin ku shkuat.
    .ask =
        A ka ende rezultate që duhet të vijnë?
        Kush do të më tregojë për to?

after-urgent-care-see-gp =
    .title = Kur ju thonë: shkoni te mjeku juaj GP nëse...
    .body =
        Stafi mund t'ju thotë të shkoni te mjeku juaj GP nëse diçka nuk përmirësohet. Kjo do të thotë se duhet ta kontaktoni vetë klinikën tuaj GP. Klinika nuk e di se duhet t'ju kontaktojë.
        Nëse ju dhanë një afat, kontaktoni klinikën tuaj GP nëse deri atëherë nuk jeni përmirësuar.
    .if-not = Nëse nuk arrini të lidheni me klinikën tuaj GP dhe shqetësoheni, telefononi NHS 111.
    .ask =
        Çfarë duhet të vëzhgoj?
        Kur duhet të shkoj te mjeku im GP nëse nuk përmirësohet?

after-urgent-care-worse =
    .title = Nëse përkeqësoheni
    .body =
        Nëse përkeqësoheni, ose keni simptoma të reja që ju shqetësojnë, telefononi NHS 111 ose kontaktoni klinikën tuaj GP të njëjtën ditë.
        Nëse stafi ju tha të ktheheni nëse ndodh diçka, kthehuni.
        Në rast emergjence, telefononi 999.
    .if-not = Nëse nuk arrini të merrni ndihmë dhe ndiheni shumë keq, telefononi 999.
    .ask =
        Cilat shenja do të thonë se duhet të kthehem?
