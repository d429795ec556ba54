# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Ar ôl A&E neu ganolfan triniaeth frys
    .summary = Pwy sy'n gwneud beth ar ôl i chi fynd i A&E, pwy sy'n dweud canlyniadau profion wrthych chi, a phryd i weld eich GP.
    .intro = Aethoch chi i A&E neu i ganolfan triniaeth frys, a nawr rydych chi gartref. Dyma pwy sy'n gwneud beth nesaf, a phwy i gysylltu â nhw.
    .keywords = A&E, adran achosion brys, damweiniau ac achosion brys, canolfan triniaeth frys, canolfan galw heibio, mân anafiadau, ar ôl A&E, clinig torasgwrn, asgwrn wedi torri, canlyniadau pelydr-x, ewch at eich meddyg teulu os, A and E, accident and emergency, emergency department, urgent treatment centre, UTC, walk-in centre, minor injuries, fracture clinic, broken bone, x-ray results, see your GP if, follow-up after A&E

after-urgent-care-letter =
    .title = Mae'r ysbyty yn dweud wrth eich GP am eich ymweliad
    .body =
        Mae'r A&E neu'r ganolfan triniaeth frys yn anfon llythyr am eich ymweliad at eich meddygfa.
        Does dim angen i chi drefnu apwyntiad gyda'r GP (meddyg teulu) dim ond i ddweud wrthyn nhw eich bod chi wedi mynd.
        Gofynnwch am unrhyw daflen gyngor sydd ganddyn nhw, fel eich bod chi'n gwybod beth i gadw llygad amdano gartref.
    .if-not = Os oes angen y llythyr ar eich meddygfa a dydyn nhw ddim wedi'i gael, ffoniwch yr A&E neu'r ganolfan triniaeth frys. Gofynnwch iddyn nhw ei anfon.
    .ask =
        Fyddwch chi'n dweud wrth fy GP am heddiw?
        Alla i gael taflen gyngor i fynd adref gyda mi?

after-urgent-care-follow-up =
    .title = Mae'r ysbyty yn trefnu eich apwyntiad nesaf
    .body =
        Efallai y bydd angen i chi ddod yn ôl, er enghraifft i glinig torasgwrn am asgwrn wedi torri. Yr ysbyty sy'n trefnu hyn, nid eich GP.
        Weithiau mae tîm torasgwrn yn eich ffonio chi yn lle eich gweld chi.
    .if-not = Os cawsoch chi wybod y byddech chi'n clywed am apwyntiad dilynol a dydych chi ddim wedi clywed, ffoniwch y rhif ar eich taflen gyngor neu eich llythyr. Os nad oes gennych chi rif, ffoniwch brif rif yr ysbyty.
    .ask =
        Oes angen i mi ddod yn ôl? Pwy fydd yn ei drefnu?
        Sut byddwch chi'n cysylltu â mi?

after-urgent-care-results =
    .title = Y tîm a wnaeth y prawf sy'n rhoi'r canlyniad i chi
    .body =
        Mae rhai profion, fel pelydr-x, yn cael eu gwirio eto ar ôl i chi adael. Y tîm a ofynnodd am y prawf sy'n gyfrifol am y canlyniad.
        Os oes angen gwneud rhywbeth am ganlyniad, maen nhw'n cysylltu â chi neu eich GP. Gofynnwch iddyn nhw sut byddan nhw'n gwneud hyn.
    .if-not = Os cawsoch chi wybod y byddech chi'n clywed am ganlyniad a dydych chi ddim wedi clywed, ffoniwch y lle yr aethoch chi iddo.
    .ask =
        Oes unrhyw ganlyniadau i ddod o hyd?
        Pwy fydd yn dweud wrtha i amdanyn nhw?

after-urgent-care-see-gp =
    .title = Pan fyddan nhw'n dweud "ewch at eich GP os"
    .body =
        Efallai y bydd y staff yn dweud "ewch at eich GP os nad yw rhywbeth yn gwella". Mae hyn yn golygu bod angen i chi gysylltu â'ch meddygfa eich hun. Fydd y feddygfa ddim yn gwybod bod angen cysylltu â chi.
        Os gwnaethon nhw roi amser i chi, cysylltwch â'ch meddygfa os nad ydych chi'n well erbyn hynny.
    .if-not = Os na allwch chi gael drwodd at eich meddygfa a'ch bod chi'n poeni, ffoniwch NHS 111.
    .ask =
        Beth ddylwn i gadw llygad amdano?
        Pryd ddylwn i weld fy GP os nad yw'n gwella?

after-urgent-care-worse =
    .title = Os byddwch chi'n gwaethygu
    .body =
        Os byddwch chi'n gwaethygu, neu os oes gennych chi symptomau newydd sy'n eich poeni, ffoniwch NHS 111 neu cysylltwch â'ch meddygfa yr un diwrnod.
        Os dywedodd y staff wrthych chi am ddod yn ôl os bydd rhywbeth yn digwydd, ewch yn ôl.
        Mewn argyfwng, ffoniwch 999.
    .if-not = Os na allwch chi gael help a'ch bod chi'n teimlo'n sâl iawn, ffoniwch 999.
    .ask =
        Pa arwyddion sy'n golygu y dylwn i ddod yn ôl?
