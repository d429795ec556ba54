# Journey: care at home after leaving hospital. (Kujdesi në shtëpi pas daljes nga spitali.)
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Kujdesi në shtëpi pas qëndrimit në spital
    .summary = Kush e planifikon ndihmën në shtëpi, kush vjen, dhe kë të telefononi nëse ndihma nuk vjen.
    .intro = Disa njerëz kanë nevojë për ndihmë në shtëpi pas një qëndrimi në spital. Për disa të tjerë kujdeset në shtëpi një ekip spitali, në vend që të qëndrojnë në një repart. Ja kush bën çfarë, dhe kë të telefononi.
    .keywords = kujdes në shtëpi, ndihmë në shtëpi, infermier i zonës, infermier, vizita të infermierit, rikthim i pavarësisë, kujdestarë, kujdes shtëpiak, repart virtual, spital në shtëpi, pas spitalit, kthimi në shtëpi, dalja nga spitali, mbështetje në shtëpi, pajisje, care at home, district nurse, reablement, virtual ward, hospital at home

care-at-home-plan =
    .title = Ekipi i repartit e planifikon ndihmën bashkë me ju
    .body =
        Para se të dilni nga spitali, ekipi i repartit flet me ju për çdo ndihmë që ju duhet në shtëpi.
        Ata duhet t'ju tregojnë kush do të vijë, kur, dhe si t'i kontaktoni. Kërkojeni këtë me shkrim.
        Nëse dikush kujdeset për ju në shtëpi, mund të marrë pjesë edhe ai në këtë bisedë.
    .if-not = Nëse askush nuk ka folur me ju për ndihmën në shtëpi dhe mendoni se ju duhet, pyesni stafin e repartit para se të largoheni.
    .ask =
        A do të kem nevojë për ndihmë në shtëpi?
        Kush do të vijë, dhe kur?

care-at-home-nurse =
    .title = Mund t'ju vizitojë një infermier ose një kujdestar
    .body =
        Një infermier i zonës (district nurse) mund t'ju vizitojë në shtëpi. Ai mund t'ju ndërrojë fashot, t'ju bëjë injeksione, dhe të kontrollojë si jeni.
        Disa njerëz marrin ndihmë për një kohë të shkurtër, që të mësohen përsëri t'i bëjnë gjërat vetë. Kjo ndonjëherë quhet rikthim i pavarësisë (reablement).
        Ekipi që ju viziton ju jep numrin e tij të telefonit.
    .if-not = Nëse një vizitë për të cilën ju thanë nuk bëhet, telefononi numrin që ju dha ekipi. Nëse nuk keni numër, telefononi repartin ose klinikën tuaj GP (klinika e mjekut të familjes).
    .ask =
        Cili është numri juaj i telefonit?
        Çfarë të bëj nëse nuk vini?

care-at-home-virtual-ward =
    .title = Nëse jeni në një repart virtual
    .body =
        Repart virtual (virtual ward) do të thotë se një ekip spitali kujdeset për ju në shtëpi, në vend që të jeni në një repart. Kjo quhet edhe spital në shtëpi (hospital at home).
        Ekipi mund t'ju vizitojë, t'ju telefonojë, ose t'ju kontrollojë me pajisje që përdorni në shtëpi.
        Ekipi i spitalit është përgjegjës për kujdesin tuaj sa kohë që jeni në repartin virtual. Ata ju tregojnë si t'i kontaktoni, ditën dhe natën.
    .if-not = Nëse nuk arrini të lidheni me ekipin e repartit virtual dhe ndiheni më keq, telefononi NHS 111. Në rast emergjence, telefononi 999.
    .ask =
        Kush është tani përgjegjës për kujdesin tim?
        Si t'ju kontaktoj natën?

care-at-home-worse =
    .title = Nëse përkeqësoheni në shtëpi
    .body =
        Nëse përkeqësoheni, telefononi së pari ekipin që kujdeset për ju në shtëpi, nëse e keni numrin e tyre.
        Nëse nuk arrini të lidheni me ta, kontaktoni klinikën tuaj GP ose telefononi NHS 111 të njëjtën ditë. Në rast emergjence, telefononi 999.
    .if-not = Nëse askush nuk jua ka kthyer telefonatën dhe ndiheni më keq, telefononi NHS 111. Mos prisni.
    .ask =
        Kë të telefonoj së pari nëse ndihem më keq?
