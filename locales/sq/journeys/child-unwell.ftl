# Journey: your child seems more unwell. Written for parents and carers. (Për prindërit dhe kujdestarët.)
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Nëse fëmija juaj duket më i sëmurë
    .summary = Kur të telefononi 999, kur të merrni ndihmë të njëjtën ditë, dhe kë të njoftoni nëse për fëmijën tuaj kujdeset një ekip spitali.
    .intro = Fëmijët mund të përkeqësohen shpejt. Ju e njihni fëmijën tuaj më mirë se kushdo. Ja kur të merrni ndihmë, kë të telefononi, dhe kë të njoftoni.
    .keywords = fëmija i sëmurë, fëmijë i sëmurë, foshnja e sëmurë, bebe e sëmurë, fëmija po përkeqësohet, fëmija më keq, ethe, temperaturë e lartë, skuqje, nuk ha, nuk pi, frymëmarrje, i squllët, i shqetësuar për fëmijën, kur të telefonoj 999, kur të telefonoj 111, hyrje e lirë, reparti i fëmijëve, child unwell, fever, rash, open access, children's ward

child-unwell-emergency =
    .title = Kur të telefononi 999
    .body =
        Telefononi 999 nëse fëmija juaj merr frymë me vështirësi, ose zgjohet shumë me vështirësi.
        Telefononi 999 edhe nëse fëmija juaj ka konvulsione, ose zbehet shumë, bëhet blu ose me njolla.
        Telefononi 999 nëse fëmija juaj ka një skuqje që nuk zbehet kur shtypni një gotë mbi të.
    .if-not = Nëse nuk arrini të lidheni me 999, vazhdoni të provoni. Mos prisni të shihni nëse fëmija juaj përmirësohet.
    .ask =
        Cilat shenja duhet të më bëjnë të telefonoj 999?

child-unwell-same-day =
    .title = Merrni ndihmë të njëjtën ditë
    .body =
        Nëse fëmija juaj duket më i sëmurë, ose shqetësoheni, kontaktoni klinikën tuaj GP (klinika e mjekut të familjes) ose telefononi NHS 111 të njëjtën ditë.
        Tregojuni nëse fëmija juaj nuk pi lëngje, është shumë më i përgjumur se zakonisht, ose po përkeqësohet.
        NHS 111 është i hapur ditën dhe natën. Mund të shkoni edhe te 111.nhs.uk.
    .if-not = Nëse nuk arrini të lidheni me klinikën tuaj GP dhe shqetësoheni, telefononi NHS 111. Nëse fëmija juaj përkeqësohet, telefononi 999.
    .ask =
        Çfarë duhet të vëzhgoj sonte?
        Kur duhet t'ju telefonoj përsëri?

child-unwell-hospital-team =
    .title = Nëse një ekip spitali kujdeset tashmë për fëmijën tuaj
    .body =
        Disa fëmijë mund të kthehen drejtpërdrejt në repartin e fëmijëve nëse sëmuren. Kjo quhet hyrje e lirë (open access). Nëse fëmija juaj e ka këtë, ekipi jua ka thënë tashmë.
        Nëse keni një numër për ekipin, telefonojini. Tregojuni se fëmija juaj është më i sëmurë.
        Nëse nuk arrini të lidheni me ta, kontaktoni klinikën tuaj GP ose NHS 111 të njëjtën ditë. Në rast emergjence, telefononi 999.
    .if-not = Nëse ekipi nuk jua ka kthyer telefonatën dhe fëmija juaj nuk është më mirë, telefononi NHS 111 ose klinikën tuaj GP. Mos prisni.
    .ask =
        A ka fëmija im hyrje të lirë në repart?
        Kë të telefonoj natën?

child-unwell-after =
    .title = Pasi fëmija juaj është vizituar
    .body =
        Personi që vizitoi fëmijën tuaj duhet t'ju tregojë çfarë të vëzhgoni, dhe kur të ktheheni.
        Nëse fëmija juaj shkoi në A&E (urgjenca e spitalit) ose në spital, ata i dërgojnë një letër mjekut tuaj GP.
        Nëse fëmija juaj nuk është më mirë deri kur ju thanë, ose përkeqësohet, kërkoni përsëri ndihmë. Nuk ka asgjë të keqe të pyesni më shumë se një herë.
    .if-not = Nëse nuk e dini me siguri çfarë të bëni më pas, telefononi NHS 111 ose klinikën tuaj GP.
    .ask =
        Cilat shenja do të thonë se duhet ta sjell përsëri fëmijën?
        Sa kohë duhet që të përmirësohet?
