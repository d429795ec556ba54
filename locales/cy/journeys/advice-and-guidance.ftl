# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Mae eich GP wedi gofyn i arbenigwr am gyngor
    .summary = Pam mae eich GP yn gofyn am gyngor yn gyntaf, pwy sy'n dweud yr ateb wrthych chi, a phwy i'w ffonio tra byddwch chi'n aros.
    .intro = Mae eich GP (meddyg teulu) wedi gofyn i arbenigwr yn yr ysbyty am gyngor amdanoch chi. Meddyg sy'n gwybod llawer am un math o broblem iechyd yw arbenigwr. Dyma beth sy'n digwydd nesaf, a phwy sy'n gwneud pob rhan.
    .keywords = cyngor ac arweiniad, cyngor, cyngor arbenigwr, meddyg teulu wedi gofyn am gyngor, GP wedi gofyn am gyngor, ail farn, meddyg ysbyty, ymgynghorydd, arbenigwr, atgyfeirio, atgyfeiriad, atgyfeiriad wedi'i anfon yn ôl, atgyfeiriad wedi'i wrthod, aros am ateb, advice and guidance, A and G, advice, specialist, consultant, second opinion, e-referral, referral, referral sent back, referral returned

advice-and-guidance-asked =
    .title = Mae eich GP yn gofyn am gyngor
    .body =
        Mae eich GP eisiau barn arbenigwr am eich problem. Felly mae eich GP yn anfon cwestiwn atyn nhw. Gall hyn fod ar-lein, neu dros y ffôn.
        Cyngor ac arweiniad yw'r enw ar hyn. Gall fod yn lle atgyfeiriad. Neu gall ddod cyn un.
        Mae'r arbenigwr yn darllen beth mae eich GP yn ei anfon. Dydyn nhw ddim yn eich gweld chi ar y cam hwn.
    .if-not = Os nad ydych chi'n siŵr a yw eich GP wedi anfon y cwestiwn, cysylltwch â'ch meddygfa. Gofynnwch iddyn nhw a yw wedi mynd.
    .ask =
        Beth ydych chi'n ei ofyn i'r arbenigwr?
        Sut byddwch chi'n dweud yr ateb wrtha i?
        Alla i gael fy anfon i'r ysbyty yn nes ymlaen o hyd?

advice-and-guidance-reply =
    .title = Mae'r arbenigwr yn ateb
    .body =
        Mae'r arbenigwr yn ateb eich GP, nid chi.
        Mae faint o amser mae hyn yn ei gymryd yn dibynnu ar yr ysbyty. Gofynnwch i'ch GP pryd maen nhw'n disgwyl yr ateb.
    .if-not = Os nad ydych chi wedi clywed dim erbyn yr amser a ddywedodd eich GP, cysylltwch â'ch meddygfa. Gofynnwch iddyn nhw a yw'r ateb wedi dod.
    .ask =
        Pryd ydych chi'n meddwl y daw'r ateb?
        Fyddwch chi'n fy ffonio i, neu a ddylwn i eich ffonio chi?

advice-and-guidance-worse =
    .title = Os byddwch chi'n gwaethygu tra byddwch chi'n aros
    .body =
        Tra byddwch chi'n aros am yr ateb, eich meddygfa yw'r lle i fynd gyda chwestiynau.
        Os byddwch chi'n gwaethygu llawer, neu os oes gennych chi symptomau newydd sy'n eich poeni, cysylltwch â'ch meddygfa neu ffoniwch NHS 111 yr un diwrnod. Peidiwch ag aros am yr ateb heb wneud dim.
        Mewn argyfwng, ffoniwch 999.
        Gall eich GP ddweud wrth yr arbenigwr, neu wneud atgyfeiriad brys.
    .if-not = Os nad yw eich meddygfa wedi cysylltu'n ôl â chi erbyn diwedd y diwrnod gwaith nesaf, ffoniwch eto. Os ydych chi'n teimlo'n waeth, ffoniwch NHS 111 yr un diwrnod.
    .ask =
        Pa newidiadau ddylai wneud i mi eich ffonio chi?
        Allwch chi ddweud wrth yr arbenigwr fy mod i'n waeth?

advice-and-guidance-next =
    .title = Mae eich GP yn dweud wrthych chi beth sy'n dod nesaf
    .body =
        Mae eich GP yn dweud wrthych chi beth ddywedodd yr arbenigwr. Yna mae un o ddau beth yn digwydd.
        Efallai y bydd eich GP yn dilyn y cyngor. Er enghraifft, efallai y bydd yn newid eich meddyginiaeth neu'n gwneud prawf.
        Neu efallai y bydd yr arbenigwr yn troi'r cwestiwn yn atgyfeiriad. Mae hyn yn golygu y bydd tîm yn yr ysbyty yn eich gweld chi. Yna byddwch chi'n cael llythyr, e-bost neu neges destun i drefnu eich apwyntiad.
        Weithiau mae atgyfeiriad a anfonodd eich GP yn cael ei anfon yn ôl gyda chyngor, yn lle apwyntiad. Dylai eich GP ddweud wrthych chi beth mae hyn yn ei olygu i chi.
        Os nad ydych chi'n siŵr bod neges destun neu e-bost yn wir, peidiwch â defnyddio ei dolen. Ffoniwch eich meddygfa neu'r rhif ar eich llythyr.
    .if-not = Os nad yw eich GP wedi dweud wrthych chi beth ddywedodd yr arbenigwr, cysylltwch â'ch meddygfa.
    .ask =
        Beth ddywedodd yr arbenigwr?
        Beth sy'n digwydd nesaf, a phwy fydd yn ei wneud?
        Oes angen i mi weld tîm yr ysbyty?
