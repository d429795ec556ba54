# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Symud o ofal plant i ofal oedolion
    .summary = Pwy sy'n cynllunio eich symud i ofal oedolion, a phwy i gysylltu â nhw cyn ac ar ôl hynny.
    .intro = Mae gennych chi broblem iechyd sy'n para amser hir. Cyflwr hirdymor yw'r enw ar hyn. Wrth i chi fynd yn hŷn, mae eich gofal yn symud o'r tîm plant i wasanaethau oedolion. Dyma pwy sy'n gwneud beth.
    .keywords = symud i ofal oedolion, gwasanaethau oedolion, pontio, trosglwyddo, tyfu i fyny, troi'n 16, troi'n 18, arddegau, person ifanc, oedolyn ifanc, ysbyty plant, cyflwr hirdymor, clinig oedolion, gadael gwasanaethau plant, adult services, transition, transfer, young person, long-term condition

moving-to-adult-care-plan =
    .title = Mae eich tîm plant yn cynllunio'r symud
    .body =
        Mae eich tîm plant yn yr ysbyty yn cynllunio eich symud i ofal oedolion. Dylen nhw ddechrau siarad â chi am hyn erbyn Blwyddyn 9 yn yr ysgol, pan fyddwch chi'n 13 neu'n 14 oed.
        Dylai fod gennych chi un gweithiwr penodol, gydag enw, sy'n eich helpu chi i gynllunio. Gofynnwch pwy yw hwnnw.
        Gallwch chi ddod â rhiant neu ofalwr gyda chi, os ydych chi eisiau. Gallwch chi hefyd ofyn am weld y meddyg ar eich pen eich hun am ran o bob apwyntiad.
    .if-not = Os nad oes neb wedi siarad â chi am symud, gofynnwch i'ch tîm plant. Gallwch chi ofyn yn eich apwyntiad nesaf.
    .ask =
        Pryd bydda i'n symud i ofal oedolion?
        Pwy yw fy ngweithiwr penodol?
        Alla i eich gweld chi ar fy mhen fy hun am ran o'r apwyntiad?

moving-to-adult-care-before =
    .title = Cyn y symud
    .body =
        Tan y symud, eich tîm plant sy'n dal yn gyfrifol am eich gofal.
        Dylech chi allu cwrdd â rhywun o'r tîm oedolion cyn i chi symud.
        Cysylltwch â'ch tîm plant os oes gennych chi gwestiynau, neu os yw eich cyflwr yn gwaethygu. Os ydych chi'n teimlo'n sâl ac yn ansicr beth i'w wneud, ffoniwch eich meddygfa neu NHS 111 yr un diwrnod. Mewn argyfwng, ffoniwch 999.
    .if-not = Os nad yw'r tîm plant wedi eich ffonio chi'n ôl erbyn diwedd y diwrnod gwaith nesaf, ffoniwch eto. Os ydych chi'n teimlo'n waeth, ffoniwch NHS 111 neu eich GP (meddyg teulu) yr un diwrnod.
    .ask =
        Pwy ddylwn i gysylltu â nhw tan i mi symud?
        Alla i gwrdd â'r tîm oedolion cyn i mi symud?

moving-to-adult-care-adult-team =
    .title = Mae'r tîm oedolion yn cymryd drosodd
    .body =
        Ar ôl symud, efallai y bydd tîm oedolion yn yr ysbyty yn gofalu am eich cyflwr.
        Dylai eich gweithiwr penodol gadw mewn cysylltiad am tua 6 mis ar ôl y symud, i wirio ei fod wedi mynd yn dda.
        Dylai un tîm fod yn gyfrifol am bob rhan o'ch gofal. Dylech chi wybod pa dîm yw hwnnw. Cadwch eu rhif ffôn yn rhywle diogel.
    .if-not = Os nad ydych chi'n gwybod pwy sy'n gyfrifol nawr, gofynnwch i'ch gweithiwr penodol. Neu gofynnwch i'ch meddygfa.
    .ask =
        Pa dîm sy'n gyfrifol am fy ngofal i nawr?
        Sut mae cysylltu â chi?
        Pa mor aml bydda i'n eich gweld chi?

moving-to-adult-care-gp =
    .title = Efallai mai eich GP fydd eich prif feddyg
    .body =
        Ar yr adeg hon, efallai mai eich GP fydd eich prif feddyg. Mae hyn yn golygu bod eich meddygfa yn gofalu am fwy o'ch gofal.
        Gofynnwch i'ch tîm plant a fydd hyn yn digwydd i chi.
        Eich meddygfa hefyd yw'r lle i fynd gyda phroblemau iechyd newydd.
    .if-not = Os nad ydych chi'n siŵr ai eich GP yw eich prif feddyg nawr, gofynnwch i'ch meddygfa.
    .ask =
        Ai chi yw fy mhrif feddyg nawr?
        Oes gennych chi fy llythyrau o'r ysbyty?
        Pwy ddylwn i ei ffonio os bydd fy nghyflwr yn gwaethygu?
