# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = Mae'r ysbyty yn eich anfon at dîm arall
    .summary = Pan fydd tîm yn yr ysbyty yn eich anfon yn syth at dîm arall, heb fynd yn ôl at eich GP.
    .intro = Weithiau mae tîm yn yr ysbyty yn gweld bod angen i chi weld tîm gwahanol. Yn aml, gallan nhw eich anfon chi yno eu hunain. Dyma sut mae'n gweithio, a phwy i'w holi.
    .keywords = atgyfeirio ymlaen, wedi fy atgyfeirio ymlaen, anfon ymlaen, tîm arall, arbenigwr arall, arbenigwr gwahanol, ail arbenigwr, adran wahanol, clinig arall, problem newydd, problem gysylltiedig, profion brys, triniaeth frys, atgyfeiriad ysbyty, oes angen i mi weld fy meddyg teulu, yn ôl at y meddyg teulu, trosglwyddo, onward referral, referred on, another specialist, hospital referral, back to GP

onward-referral-direct =
    .title = Mae'r ysbyty yn eich anfon chi yn syth yno
    .body =
        Efallai y bydd tîm yr ysbyty yn gweld bod angen i chi weld tîm arall. Maen nhw'n eich anfon chi yno eu hunain pan fydd y broblem newydd yn gysylltiedig â'r rheswm y cawsoch chi eich anfon yn y lle cyntaf.
        Maen nhw hefyd yn gwneud hyn pan fydd angen profion neu driniaeth frys arnoch chi. Un enghraifft yw os ydyn nhw'n meddwl y gallai fod canser arnoch chi.
        Does dim angen i chi fynd yn ôl at eich GP (meddyg teulu) am hyn.
    .if-not = Ydy tîm yr ysbyty yn dweud wrthych chi am fynd yn ôl at eich GP? Os yw'r broblem yn gysylltiedig neu'n frys, gofynnwch iddyn nhw eich anfon chi ymlaen eu hunain.
    .ask =
        At ba dîm ydych chi'n fy anfon i, a pham?
        Ydy hyn yn fater brys?
        Fyddwch chi'n dweud wrth fy GP?

onward-referral-hear =
    .title = Rydych chi'n clywed gan y tîm newydd
    .body =
        Mae'r tîm newydd yn cysylltu â chi i drefnu eich apwyntiad. Yn aml, mae hyn drwy lythyr, neges destun neu alwad ffôn.
        Gwnewch yn siŵr bod gan yr ysbyty eich manylion cyswllt diweddaraf, fel bod y tîm newydd yn gallu cysylltu â chi.
        Os nad ydych chi'n siŵr bod neges destun neu alwad wir yn dod gan yr ysbyty, ffoniwch y rhif ar eich llythyr gan yr ysbyty.
    .if-not = Os nad ydych chi wedi clywed erbyn pryd y dywedon nhw, ffoniwch y tîm a wnaeth eich anfon. Gofynnwch iddyn nhw wirio bod yr atgyfeiriad wedi'i anfon.
    .ask =
        Pryd dylwn i glywed gan y tîm newydd?
        Sut byddan nhw'n cysylltu â mi?

onward-referral-questions =
    .title = Pwy i'w ffonio gyda chwestiynau
    .body =
        Os oes gennych chi gwestiwn am pam y cawsoch chi eich anfon ymlaen, ffoniwch y tîm a wnaeth eich anfon.
        Os oes gennych chi gwestiwn am eich apwyntiad newydd, ffoniwch y tîm newydd. Mae eu rhif ar eich llythyr neu eich neges destun.
        Dylai'r ddau dîm ateb eich cwestiynau eu hunain. Ddylen nhw ddim dweud wrthych chi am ofyn i'ch GP.
        Os byddwch chi'n gwaethygu llawer tra byddwch chi'n aros, cysylltwch â'ch meddygfa neu NHS 111 yr un diwrnod, a dywedwch wrth dîm yr ysbyty. Mewn argyfwng, ffoniwch 999.
    .if-not = Os na allwch chi gael ateb, gofynnwch am y tîm cyngor i gleifion yn yr ysbyty. Maen nhw'n helpu pan fydd pethau'n mynd o chwith.
    .ask =
        Pwy sy'n gyfrifol am fy ngofal i nawr?
        Pwy ddylwn i ei ffonio os bydda i'n gwaethygu?

onward-referral-not-linked =
    .title = Os nad yw'r broblem newydd yn gysylltiedig
    .body =
        Os nad yw'r broblem newydd yn gysylltiedig ac nad yw'n frys, efallai na fydd tîm yr ysbyty yn eich anfon chi ymlaen. Efallai y byddan nhw'n ysgrifennu at eich GP amdani yn lle hynny.
        Gofynnwch i dîm yr ysbyty beth ddylech chi ei wneud nesaf.
        Os oes unrhyw broblem newydd yn eich poeni chi, gallwch chi fynd at eich GP fel arfer.
    .if-not = Os nad ydych chi'n siŵr pwy sy'n delio â'r broblem newydd, gofynnwch i dîm yr ysbyty. Gallwch chi hefyd ofyn i'ch meddygfa.
    .ask =
        Pwy fydd yn delio â'r broblem newydd hon?
        Fyddwch chi'n ysgrifennu at fy GP amdani?
