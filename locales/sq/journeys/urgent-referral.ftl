# Journey: an urgent referral, including when cancer is possible. (Referimi urgjent, edhe kur mund të jetë kancer.)
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = Mjeku juaj GP ju ka dërguar urgjentisht në spital
    .summary = Çfarë ndodh kur mjeku juaj GP ju dërgon shpejt në spital, dhe kë të telefononi nëse nuk merrni asnjë lajm.
    .intro = Mjeku juaj GP (mjeku i familjes) dëshiron që një ekip spitali t'ju vizitojë së shpejti. Kjo quhet referim urgjent (urgent referral). Mjeku juaj GP mund t'ju ketë thënë se kjo bëhet për të kontrolluar për kancer. Shumica e njerëzve që dërgohen në këtë mënyrë nuk kanë kancer. Ja çfarë ndodh më pas, dhe kush e bën secilën pjesë.
    .keywords = referim urgjent, urgjent, dyshim për kancer, kancer, a mund të jetë kancer, kontroll për kancer, pritje dy javë, 2 javë, procedurë e shpejtë, diagnozë më e shpejtë, drejtpërdrejt në analizë, gungë, skaner së shpejti, spitali më telefonon, numër i panjohur, biopsi, urgent referral, suspected cancer, two week wait, 2 week wait, fast track, lump

urgent-referral-sent =
    .title = Mjeku juaj GP dërgon një referim urgjent
    .body =
        Mjeku juaj GP i shkruan ekipit të spitalit dhe e shënon referimin si urgjent. Mjeku duhet t'ju tregojë pse.
        Është urgjent që çdo gjë serioze të gjendet shpejt, ose të përjashtohet.
        Ndonjëherë shkoni drejtpërdrejt për një analizë, si një skaner, para se të takoni një specialist.
        Sigurohuni që klinika juaj GP ka numrin tuaj të saktë të telefonit dhe adresën tuaj të saktë.
    .if-not = Nëse nuk e dini me siguri nëse referimi u dërgua, kontaktoni klinikën tuaj GP ditën e ardhshme të punës dhe pyesni.
    .ask =
        Pse po më dërgoni urgjentisht?
        Çfarë analize ose vizite duhet të pres?
        A mund të marr një fletëpalosje për këtë?

urgent-referral-contact =
    .title = Spitali ju kontakton së shpejti
    .body =
        Spitali zakonisht ju kontakton brenda disa ditësh. Mund të jetë me telefon, mesazh ose letër.
        Përgjigjuni telefonatave nga numra që nuk i njihni, dhe kontrolloni mesazhet tuaja. Përpiquni ta mbani kohën të lirë që të shkoni edhe me njoftim të shkurtër.
    .if-not = Nëse askush nuk ju ka kontaktuar pas një jave, telefononi klinikën tuaj GP. Kërkojuni të kontrollojnë nëse spitali e mori referimin. Mund të telefononi edhe ekipin e rezervimeve të spitalit.
    .ask =
        Kur duhet të marr lajm nga spitali?
        Kë të telefonoj nëse nuk mund të vij në ditën që më jepni?

urgent-referral-tests =
    .title = Ekipi i spitalit bën analiza
    .body =
        Ekipi i spitalit mund të bëjë analiza, si një skaner, një analizë gjaku ose një ekzaminim me kamerë. Ata ju tregojnë për çfarë shërben secila.
        NHS synon t'ju thotë nëse keni kancer apo jo brenda 28 ditëve nga referimi. Shumicës së njerëzve u thuhet më shpejt.
        Nëse zgjat më shumë, ekipi i spitalit duhet t'ju tregojë pse, dhe çfarë ndodh më pas.
    .if-not = Nëse nuk keni marrë lajm për një rezultat kur ekipi tha se do të merrnit, telefononi ekipin e spitalit.
    .ask =
        Për çfarë shërben kjo analizë?
        Kur do ta marr rezultatin, dhe kush do të ma tregojë?

urgent-referral-result =
    .title = Ekipi i spitalit ju tregon rezultatin
    .body =
        Ekipi i spitalit ju tregon rezultatin. Ata i shkruajnë edhe mjekut tuaj GP.
        Nëse nuk është kancer, ata ju tregojnë çfarë ndodh më pas. Mund të mos keni nevojë t'i takoni përsëri. Ose mund t'ju dërgojnë te një ekip tjetër.
        Nëse është kancer, për ju kujdeset një ekip specialist. Ju caktohet një person me emër që mund ta kontaktoni, shpesh një infermier specialist.
    .if-not = Nëse nuk ju kanë treguar rezultatin, telefononi ekipin e spitalit. Mos prisni që t'jua tregojë mjeku juaj GP.
    .ask =
        Kë të kontaktoj nëse kam pyetje?
        A duhet të kthehem?
        Çfarë duhet të vëzhgoj në të ardhmen?

urgent-referral-worse =
    .title = Nëse përkeqësoheni ndërsa prisni
    .body =
        Nëse përkeqësoheni shumë, ose keni simptoma të reja që ju shqetësojnë, kontaktoni klinikën tuaj GP ose telefononi NHS 111 të njëjtën ditë.
        Në rast emergjence, telefononi 999.
        Njoftoni edhe ekipin e spitalit, që ta dinë.
    .if-not = Nëse ekipi i spitalit nuk jua ka kthyer telefonatën deri në fund të ditës së ardhshme të punës, telefononi përsëri. Nëse ndiheni më keq, telefononi klinikën tuaj GP ose NHS 111 të njëjtën ditë.
    .ask =
        Cilat ndryshime duhet të më bëjnë t'ju telefonoj?
        Kë të telefonoj natën ose në fundjavë?
