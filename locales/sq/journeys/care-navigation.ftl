# Journey: Why your GP practice asks what the problem is. (Pse klinika juaj GP pyet cili është problemi.)
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Pse recepsioni pyet çfarë nuk shkon
    .summary = Pse klinika juaj GP pyet për problemin tuaj, kë mund të takoni, dhe si mund t'ju ndihmojë një punonjës ndërlidhës.
    .intro = Kur kontaktoni klinikën tuaj GP (klinika e mjekut të familjes), stafi mund t'ju pyesë cili është problemi. Ata pyesin që t'ju dërgojnë te personi i duhur. Ja si funksionon.
    .keywords = recepsionist, recepsioni, pse pyesin, çfarë nuk shkon, rezervoj takim te mjeku GP, takoj mjekun GP, orientim në kujdes, orientues i kujdesit, infermier, farmacist, fizioterapi, fizioterapist, përshkrim social, punonjës ndërlidhës, i vetmuar, vetmi, grupe vendore, grupe të komunitetit, bamirësi, shërbime vullnetare, receptionist, care navigation, care navigator, link worker, social prescribing

care-navigation-ask =
    .title = Stafi pyet cili është problemi
    .body =
        Kur telefononi ose shkoni atje, recepsionisti mund t'ju pyesë cili është problemi. Nuk e bëjnë nga kurioziteti.
        Ata pyesin që t'ju ndihmojnë të takoni personin e duhur. Kjo quhet orientim në kujdes (care navigation). Punonjësit që e bëjnë këtë quhen orientues të kujdesit (care navigators).
    .if-not = Nëse nuk e dini me siguri kë duhet të takoni, kërkojini stafit t'ju ndihmojë të zgjidhni.
    .ask =
        Cili është personi më i mirë që duhet të takoj?
        Sa shpejt mund të më vizitojnë?

care-navigation-right-person =
    .title = Takoni personin e duhur
    .body =
        Personi i duhur mund të mos jetë një mjek GP. Mund të jetë një infermier ose një farmacist. Farmacisti është ekspert për ilaçet.
        Mund të jetë një fizioterapist. Fizioterapisti ndihmon me muskujt, nyjet dhe lëvizjen.
        Ose stafi mund t'ju drejtojë te një shërbim jashtë klinikës.
    .if-not = Nëse mendoni se ju duhet prapë një mjek GP, tregojini stafit pse. Nëse përkeqësoheni, kontaktoni përsëri klinikën tuaj GP të njëjtën ditë, ose telefononi NHS 111.
    .ask =
        Pse është ky person i duhuri për problemin tim?
        Çfarë duhet të bëj nëse nuk përmirësohem?

care-navigation-ask-link-worker =
    .title = Kërkoni një punonjës ndërlidhës
    .body =
        Disa gjëra që ndikojnë në shëndetin tuaj nuk janë mjekësore. Një punonjës ndërlidhës (link worker) mund t'ju ndihmojë me to.
        Për të pasur një punonjës ndërlidhës, pyesni klinikën tuaj GP. Ata mund t'ju vënë në kontakt.
        Kjo quhet përshkrim social (social prescribing).
    .if-not = Nëse klinika juaj GP nuk ju vë në kontakt, pyetini përsëri. Pyetini kush është punonjësi ndërlidhës për zonën tuaj.
    .ask =
        A keni këtu një punonjës ndërlidhës?
        Sa kohë do të duhet që të më kontaktojë?

care-navigation-link-worker =
    .title = Një punonjës ndërlidhës ju ndihmon
    .body =
        Një punonjës ndërlidhës ju vë në kontakt me grupe dhe shërbime pranë jush.
        Këto mund të drejtohen nga njerëz të zonës ose nga organizata bamirëse. Ato nuk janë pjesë e klinikës suaj GP.
        Punonjësi ndërlidhës ju ndihmon të gjeni ato që ju përshtaten.
    .if-not = Nëse nuk keni marrë lajm nga një punonjës ndërlidhës, kontaktoni klinikën tuaj GP. Kërkojuni ta kontrollojnë.
    .ask =
        Çfarë grupesh ka pranë meje?
        A mund të më ndihmoni të filloj?
