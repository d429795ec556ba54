# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Pam mae'r dderbynfa yn gofyn beth sy'n bod
    .summary = Pam mae eich meddygfa yn gofyn am eich problem, pwy y gallech chi eu gweld, a sut gall gweithiwr cyswllt helpu.
    .intro = Pan fyddwch chi'n cysylltu â'ch meddygfa (practis GP), efallai y bydd y staff yn gofyn beth yw'r broblem. Maen nhw'n gofyn er mwyn eich anfon at y person cywir. Dyma sut mae'n gweithio.
    .keywords = derbynnydd, derbynfa, pam maen nhw'n gofyn, beth sy'n bod, trefnu apwyntiad gyda'r meddyg teulu, gweld meddyg teulu, meddygfa, llywio gofal, llywiwr gofal, nyrs, fferyllydd, ffisio, ffisiotherapydd, presgripsiynu cymdeithasol, gweithiwr cyswllt, unig, unigrwydd, grwpiau lleol, grwpiau cymunedol, elusen, gwasanaethau gwirfoddol, receptionist, GP appointment, care navigation, social prescribing, link worker

care-navigation-ask =
    .title = Mae'r staff yn gofyn beth yw'r broblem
    .body =
        Pan fyddwch chi'n ffonio neu'n mynd i mewn, efallai y bydd y derbynnydd yn gofyn beth yw'r broblem. Dydyn nhw ddim yn busnesa.
        Maen nhw'n gofyn er mwyn eich helpu i weld y person cywir. Llywio gofal yw'r enw ar hyn. Llywwyr gofal yw'r enw ar y staff sy'n gwneud hyn.
    .if-not = Os nad ydych chi'n siŵr pwy i'w weld, gofynnwch i'r staff eich helpu i ddewis.
    .ask =
        Pwy yw'r person gorau i mi ei weld?
        Pa mor fuan y gall rhywun fy ngweld i?

care-navigation-right-person =
    .title = Rydych chi'n gweld y person cywir
    .body =
        Efallai nad GP (meddyg teulu) yw'r person cywir. Gallai fod yn nyrs neu'n fferyllydd. Mae fferyllydd yn arbenigwr ar feddyginiaethau.
        Gallai fod yn ffisiotherapydd. Mae ffisiotherapydd yn helpu gyda chyhyrau, cymalau a symud.
        Neu efallai y bydd y staff yn eich cyfeirio at wasanaeth y tu allan i'r feddygfa.
    .if-not = Os ydych chi'n meddwl bod angen GP arnoch chi o hyd, dywedwch wrth y staff pam. Os byddwch chi'n gwaethygu, cysylltwch â'ch meddygfa eto yr un diwrnod, neu ffoniwch NHS 111.
    .ask =
        Pam mae'r person hwn yn iawn ar gyfer fy mhroblem?
        Beth ddylwn i ei wneud os na fydda i'n gwella?

care-navigation-ask-link-worker =
    .title = Rydych chi'n gofyn am weithiwr cyswllt
    .body =
        Dydy rhai pethau sy'n effeithio ar eich iechyd ddim yn bethau meddygol. Gall gweithiwr cyswllt helpu gyda'r rhain.
        I gael gweithiwr cyswllt, gofynnwch i'ch meddygfa. Gallan nhw eich rhoi chi mewn cysylltiad.
        Presgripsiynu cymdeithasol yw'r enw ar hyn.
    .if-not = Os nad yw eich meddygfa yn eich rhoi chi mewn cysylltiad, gofynnwch eto. Gofynnwch pwy yw'r gweithiwr cyswllt ar gyfer eich ardal chi.
    .ask =
        Oes gennych chi weithiwr cyswllt yma?
        Faint o amser fydd hi cyn i mi glywed ganddyn nhw?

care-navigation-link-worker =
    .title = Mae gweithiwr cyswllt yn eich helpu
    .body =
        Mae gweithiwr cyswllt yn eich rhoi chi mewn cysylltiad â grwpiau a gwasanaethau yn agos atoch chi.
        Efallai mai pobl leol neu elusennau sy'n eu rhedeg. Dydyn nhw ddim yn rhan o'ch meddygfa.
        Mae'r gweithiwr cyswllt yn eich helpu i ddod o hyd i'r rhai sy'n addas i chi.
    .if-not = Os nad ydych chi wedi clywed gan weithiwr cyswllt, cysylltwch â'ch meddygfa. Gofynnwch iddyn nhw wirio.
    .ask =
        Pa grwpiau sydd yn agos ata i?
        Allwch chi fy helpu i ddechrau?
