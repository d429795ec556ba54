# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Cael help gyda'ch iechyd meddwl
    .summary = Ble i fynd mewn argyfwng iechyd meddwl, sut i ofyn am therapi siarad, a phwy sy'n gofalu amdanoch chi.
    .intro = Mae eich iechyd meddwl yr un mor bwysig â'ch corff. Dyma ble i gael help, gan gynnwys mewn argyfwng iechyd meddwl, a phwy sy'n gwneud pob rhan.
    .keywords = iechyd meddwl, argyfwng, creisis, meddyliau hunanladdol, teimlo'n hunanladdol, hunan-niweidio, gorbryder, pryder, iselder, straen, hwyliau isel, panig, therapi siarad, cwnsela, therapi, CBT, therapïau siarad, tîm iechyd meddwl cymunedol, seiciatrydd, gwrth-iselder, meddyginiaeth iechyd meddwl, mental health, crisis, suicidal, self harm, anxiety, depression, stress, low mood, talking therapy, counselling, NHS Talking Therapies, community mental health team, psychiatrist, antidepressants

mental-health-crisis =
    .title = Mewn argyfwng iechyd meddwl, cewch help nawr
    .body =
        Os yw eich bywyd chi neu fywyd rhywun arall mewn perygl, ffoniwch 999 neu ewch i A&E.
        Os oes angen help arnoch chi nawr, ffoniwch NHS 111 a dewiswch yr opsiwn iechyd meddwl. Mae ar agor ddydd a nos, i bobl o unrhyw oed.
        Os oes gennych chi dîm iechyd meddwl yn barod, defnyddiwch y rhif argyfwng yn eich cynllun gofal.
    .if-not = Os na allwch chi gael drwodd, ffoniwch 999 neu ewch i A&E.
    .ask =
        Pwy ydw i'n ei ffonio os bydda i'n teimlo fel hyn eto?

mental-health-talking-therapies =
    .title = Gallwch chi ofyn am therapi siarad eich hun
    .body =
        Mae NHS Talking Therapies (therapïau siarad) yn helpu gyda theimladau fel poeni, hwyliau isel a straen. Does dim angen i chi weld eich GP (meddyg teulu) yn gyntaf.
        Gallwch chi eich atgyfeirio eich hun ar-lein neu dros y ffôn. Chwiliwch am NHS Talking Therapies ar wefan yr NHS i ddod o hyd i'ch gwasanaeth lleol.
        Mae'r gwasanaeth hwn ar gyfer oedolion. Mae gan blant a phobl ifanc eu gwasanaethau eu hunain. Gofynnwch i'ch meddygfa neu'r ysgol.
    .if-not = Os nad ydych chi wedi clywed yn ôl gan y gwasanaeth erbyn pryd y dywedon nhw, cysylltwch â nhw eto. Os ydych chi'n teimlo'n waeth tra byddwch chi'n aros, cysylltwch â'ch meddygfa neu NHS 111 yr un diwrnod.
    .ask =
        Pa mor hir yw'r aros am therapi siarad yma?
        Pa fathau o help ydych chi'n eu cynnig?

mental-health-gp =
    .title = Gall eich GP helpu a'ch atgyfeirio chi
    .body =
        Gall eich GP siarad gyda chi am sut rydych chi'n teimlo, a pha help sydd ar gael.
        Os oes angen rhagor o help arnoch chi, gall eich GP eich atgyfeirio chi at dîm iechyd meddwl. Mae'r tîm hwn yn cynnwys staff fel nyrsys, meddygon a therapyddion.
    .if-not = Os ydych chi'n aros am y tîm iechyd meddwl ac yn teimlo'n waeth, cysylltwch â'ch meddygfa neu ffoniwch NHS 111 yr un diwrnod. Mewn argyfwng iechyd meddwl, ffoniwch NHS 111 a dewiswch yr opsiwn iechyd meddwl.
    .ask =
        Pa help sydd ar gael i mi?
        Allwch chi fy atgyfeirio i at dîm iechyd meddwl?

mental-health-team =
    .title = Mae'r tîm iechyd meddwl yn cynllunio eich gofal
    .body =
        Os yw tîm iechyd meddwl yn gofalu amdanoch chi, maen nhw'n gwneud cynllun gofal gyda chi. Mae'n dweud pwy sy'n gyfrifol am eich gofal a sut i gysylltu â nhw.
        Gofynnwch i'r tîm am eu rhif ffôn, ac am rif i'w ffonio mewn argyfwng iechyd meddwl.
    .if-not = Os nad ydych chi'n gwybod pwy sy'n gyfrifol am eich gofal, gofynnwch i'r tîm. Neu gofynnwch i'ch meddygfa.
    .ask =
        Pwy sy'n gyfrifol am fy ngofal?
        Pwy ydw i'n ei ffonio mewn argyfwng iechyd meddwl?

mental-health-medicines =
    .title = Pwy sy'n rhoi eich meddyginiaethau i chi
    .body =
        Yn aml, mae'r tîm iechyd meddwl yn awgrymu meddyginiaeth ac mae eich GP yn rhoi presgripsiwn amdani.
        Mae angen i arbenigwr gadw llygad ar rai meddyginiaethau, gyda phrofion gwaed rheolaidd. Yna efallai y bydd y tîm iechyd meddwl yn rhoi presgripsiwn amdanyn nhw, neu'n rhannu'r gofal gyda'ch GP.
        Gofynnwch pwy sy'n rhoi rhagor i chi, a phwy sy'n gwneud unrhyw brofion.
    .if-not = Os yw eich meddyginiaeth ar fin gorffen a dydych chi ddim yn gwybod pwy i'w holi, cysylltwch â'ch meddygfa. Os yw hi ar gau, ffoniwch NHS 111.
    .ask =
        Pwy sy'n rhoi rhagor o'r feddyginiaeth hon i mi?
        Oes angen profion gwaed arni?
