# Journey: referring yourself, and Pharmacy First. (Vetë-referimi dhe Pharmacy First.)
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Si të merrni ndihmë pa shkuar më parë te mjeku juaj GP
    .summary = Shërbime ku mund të shkoni vetë, çfarë mund të trajtojë një farmaci, dhe kush kujdeset për ju pastaj.
    .intro = Për disa probleme nuk keni nevojë të shkoni më parë te mjeku juaj GP (mjeku i familjes). Mund ta kontaktoni vetë shërbimin. Kjo quhet vetë-referim (referring yourself). Ja si funksionon, dhe kush bën çfarë.
    .keywords = referohem vetë, vetë-referim, pa mjekun GP, fizioterapi, fizioterapist, dhimbje shpine, podiatri, këmbët, probleme me këmbët, dëgjimi, audiologji, mami, shtatzënë, shtatzëni, shëndeti seksual, terapitë me bisedë, Pharmacy First, farmacist, farmaci, dhimbje fyti, dhimbje veshi, sinusit, infeksion urine, herpes zoster, impetigo, pickim insekti, self referral, physio, midwife, sexual health, sore throat, earache, UTI, shingles, insect bite

self-referral-services =
    .title = Vende ku mund të shkoni vetë
    .body =
        Mund të kontaktoni vetë disa shërbime të NHS, pa shkuar më parë te mjeku juaj GP.
        Këto mund të përfshijnë fizioterapinë për muskujt dhe nyjet, kujdesin për këmbët, kontrollin e dëgjimit, dhe terapitë me bisedë. Mund të kontaktoni gjithashtu një mami kur jeni shtatzënë, dhe një klinikë të shëndetit seksual.
        Cilat shërbime mund t'i kontaktoni vetë varet nga vendi ku jetoni.
    .if-not = Nëse nuk e gjeni shërbimin, pyesni klinikën tuaj GP. Recepsioni mund t'ju tregojë si ta kontaktoni.
    .ask =
        A mund të referohem vetë te ky shërbim këtu?
        Si ta kontaktoj?

self-referral-pharmacy-first =
    .title = Një farmaci mund të trajtojë disa probleme
    .body =
        Një farmacist mund t'ju kontrollojë dhe t'ju japë trajtim për disa probleme të zakonshme, pa vizitë te mjeku GP. Kjo quhet Pharmacy First.
        Këto janë dhimbja e fytit, dhimbja e veshit, dhimbja e sinuseve, herpesi zoster (shingles) dhe impetigoja. Në listë janë edhe pickimet që infektohen, dhe infeksionet e urinës te gratë. Disa janë vetëm për mosha të caktuara.
        Nëse ju duhet një ilaç që zakonisht e jep një mjek me recetë, farmacisti mund t'jua japë.
    .if-not = Nëse duhet të shkoni te një mjek GP, farmacisti do t'jua thotë. Pastaj kontaktoni klinikën tuaj GP.
    .ask =
        A mund ta trajtoni këtë këtu?
        Çfarë duhet të bëj nëse nuk përmirësohem?

self-referral-in-charge =
    .title = Shërbimi që ju viziton është përgjegjës
    .body =
        Shërbimi që kontaktuat kujdeset për atë problem. Ai ju tregon rezultatet e çdo analize që kërkon.
        Nëse mjeku juaj GP duhet ta dijë, shërbimi e njofton mjekun tuaj GP.
    .if-not = Nëse nuk merrni përgjigje nga shërbimi në kohën që tha, kontaktojeni përsëri.
    .ask =
        Kë të kontaktoj nëse kam një pyetje?
        A do ta njoftoni mjekun tim GP?

self-referral-gp =
    .title = Kur të shkoni te mjeku juaj GP në vend të kësaj
    .body =
        Nëse nuk e dini me siguri ku të shkoni, pyesni klinikën tuaj GP. Stafi mund t'ju ndihmojë të zgjidhni.
        Nëse nuk përmirësoheni, ose përkeqësoheni, kontaktoni klinikën tuaj GP ose telefononi NHS 111 të njëjtën ditë. Në rast emergjence, telefononi 999.
    .if-not = Nëse nuk arrini të lidheni me klinikën tuaj GP dhe shqetësoheni, telefononi NHS 111.
    .ask =
        Cili është vendi më i mirë ku të shkoj për këtë?
