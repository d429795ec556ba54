# Journey: getting help for your mental health. (Ndihmë për shëndetin mendor.)
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Si të merrni ndihmë për shëndetin tuaj mendor
    .summary = Ku të shkoni në rast krize, si të kërkoni terapi me bisedë, dhe kush kujdeset për ju.
    .intro = Shëndeti juaj mendor ka po aq rëndësi sa trupi juaj. Ja ku të merrni ndihmë, edhe në rast krize, dhe kush e bën secilën pjesë.
    .keywords = shëndet mendor, krizë, mendime për vetëvrasje, vetëvrasje, vetëlëndim, ankth, depresion, stres, humor i rënë, panik, terapi me bisedë, këshillim, terapi, CBT, terapitë me bisedë, ekipi i shëndetit mendor në komunitet, psikiatër, antidepresivë, ilaçe për shëndetin mendor, mental health, crisis, anxiety, depression, talking therapies, counselling

mental-health-crisis =
    .title = Në rast krize, merrni ndihmë tani
    .body =
        Nëse jeta juaj ose jeta e dikujt tjetër është në rrezik, telefononi 999 ose shkoni në A&E (urgjenca e spitalit).
        Nëse ju duhet ndihmë tani, telefononi NHS 111 dhe zgjidhni opsionin për shëndetin mendor. Është i hapur ditën dhe natën, për çdo moshë.
        Nëse keni tashmë një ekip të shëndetit mendor, përdorni numrin për krizat në planin tuaj të kujdesit.
    .if-not = Nëse nuk arrini të lidheni, telefononi 999 ose shkoni në A&E.
    .ask =
        Kë të telefonoj nëse ndihem përsëri kështu?

mental-health-talking-therapies =
    .title = Mund të kërkoni vetë terapi me bisedë
    .body =
        NHS Talking Therapies (terapitë me bisedë të NHS) ndihmojnë me ndjenja si shqetësimi, humori i rënë dhe stresi. Nuk keni nevojë të shkoni më parë te mjeku juaj GP (mjeku i familjes).
        Mund të referoheni vetë në internet ose me telefon. Kërkoni NHS Talking Therapies në NHS website (faqja e internetit e NHS) për të gjetur shërbimin në zonën tuaj.
        Ky shërbim është për të rriturit. Fëmijët dhe të rinjtë kanë shërbimet e tyre. Pyesni klinikën tuaj GP ose shkollën.
    .if-not = Nëse nuk keni marrë përgjigje nga shërbimi deri në kohën që thanë, kontaktojini përsëri. Nëse ndiheni më keq ndërsa prisni, kontaktoni klinikën tuaj GP ose NHS 111 të njëjtën ditë.
    .ask =
        Sa zgjat pritja për terapi me bisedë këtu?
        Çfarë lloje ndihme ofroni?

mental-health-gp =
    .title = Mjeku juaj GP mund t'ju ndihmojë dhe t'ju referojë
    .body =
        Mjeku juaj GP mund të flasë me ju për mënyrën si ndiheni, dhe për ndihmën që ekziston.
        Nëse ju duhet më shumë ndihmë, mjeku juaj GP mund t'ju referojë te një ekip i shëndetit mendor. Ky ekip përbëhet nga punonjës si infermierë, mjekë dhe terapistë.
    .if-not = Nëse jeni duke pritur për ekipin e shëndetit mendor dhe ndiheni më keq, kontaktoni klinikën tuaj GP ose telefononi NHS 111 të njëjtën ditë. Në rast krize, telefononi NHS 111 dhe zgjidhni opsionin për shëndetin mendor.
    .ask =
        Çfarë ndihme ka për mua?
        A mund të më referoni te një ekip i shëndetit mendor?

mental-health-team =
    .title = Ekipi i shëndetit mendor planifikon kujdesin tuaj
    .body =
        Nëse për ju kujdeset një ekip i shëndetit mendor, ata bëjnë një plan kujdesi bashkë me ju. Plani tregon kush është përgjegjës për kujdesin tuaj dhe si t'i kontaktoni.
        Kërkojini ekipit numrin e tyre të telefonit, dhe një numër për të telefonuar në rast krize.
    .if-not = Nëse nuk e dini kush është përgjegjës për kujdesin tuaj, pyesni ekipin. Ose pyesni klinikën tuaj GP.
    .ask =
        Kush është përgjegjës për kujdesin tim?
        Kë të telefonoj në rast krize?

mental-health-medicines =
    .title = Kush ju jep ilaçet
    .body =
        Shpesh ekipi i shëndetit mendor sugjeron një ilaç dhe mjeku juaj GP jua jep me recetë.
        Disa ilaçe kanë nevojë që t'i ndjekë nga afër një specialist, me analiza të rregullta gjaku. Atëherë ekipi i shëndetit mendor mund t'jua japë me recetë, ose ta ndajë kujdesin me mjekun tuaj GP.
        Pyesni kush ju jep më shumë, dhe kush i bën kontrollet.
    .if-not = Nëse ilaçet po ju mbarojnë dhe nuk e dini kë të pyesni, kontaktoni klinikën tuaj GP. Nëse klinika është e mbyllur, telefononi NHS 111.
    .ask =
        Kush më jep më shumë nga ky ilaç?
        A duhen analiza gjaku për këtë ilaç?
