# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Canlyniadau eich profion
    .summary = Pwy sy'n dweud canlyniad eich prawf wrthych chi, a beth i'w wneud os nad ydych chi wedi clywed.
    .intro = Mae prawf yn helpu i ddarganfod beth sy'n bod, neu'n gwirio sut rydych chi. Y tîm sy'n gofyn am y prawf sy'n dweud y canlyniad wrthych chi. Dyma beth ddylai ddigwydd.
    .keywords = canlyniadau profion, canlyniad prawf, canlyniadau, prawf gwaed, canlyniadau gwaed, sgan, pelydr-x, prawf wrin, sampl, biopsi, aros am ganlyniadau, dim canlyniadau, heb glywed, holi am ganlyniadau, pwy sy'n dweud fy nghanlyniadau wrtha i, canlyniad yn yr NHS App, canlyniad annormal, prawf ysbyty, prawf yn y feddygfa, beth mae fy nghanlyniad yn ei olygu, test results, results, blood test, bloods, scan, x-ray, urine test, biopsy, result in the NHS App, abnormal result, GP

test-results-asked =
    .title = Rydych chi'n cael gwybod pam mae angen prawf arnoch chi
    .body =
        Efallai y bydd tîm yn yr ysbyty yn gofyn i chi gael prawf. Gallai hwn fod yn brawf gwaed, pelydr-x neu sgan.
        Dylen nhw ddweud wrthych chi pam mae ei angen arnoch chi a beth allai ei ddangos.
        Dylen nhw hefyd ddweud wrthych chi sut byddwch chi'n clywed y canlyniad, pwy fydd yn dweud wrthych chi, ac erbyn pryd.
        Os yw eich GP (meddyg teulu) yn gofyn am brawf, eich meddygfa ddylai ddweud y pethau hyn wrthych chi yn lle hynny.
    .if-not = Os na chawsoch chi wybod sut byddwch chi'n cael y canlyniad, gofynnwch i'r tîm a ofynnodd am y prawf.
    .ask =
        Pam mae angen y prawf hwn arna i?
        Beth allai ei ddangos?
        Pwy fydd yn dweud y canlyniad wrtha i, a phryd?

test-results-taken =
    .title = Rydych chi'n cael y prawf
    .body =
        Mae ble rydych chi'n cael y prawf yn dibynnu ar ble rydych chi'n byw. Gall fod yn yr ysbyty, mewn clinig profion gwaed yn agos atoch chi, neu yn eich meddygfa.
        Mae llawer o feddygfeydd yn methu cymryd gwaed ar gyfer profion y gofynnodd yr ysbyty amdanyn nhw. Gofynnwch i'r tîm a ofynnodd am y prawf ble i fynd.
        Ble bynnag mae'n cael ei wneud, mae'r canlyniad yn mynd at y tîm a ofynnodd amdano.
        Gall canlyniad gymryd dyddiau neu wythnosau i ddod yn ôl. Mae'n dibynnu ar y prawf.
    .if-not = Os na allwch chi fynd i'ch prawf, dywedwch wrth y lle a'i trefnodd cyn gynted ag y gallwch chi. Gofynnwch am amser newydd.
    .ask =
        Ble dylwn i fynd ar gyfer fy mhrawf?
        Oes angen i mi wneud unrhyw beth yn gyntaf, fel peidio â bwyta?

test-results-app =
    .title = Efallai y byddwch chi'n gweld y canlyniad yn yr NHS App yn gyntaf
    .body =
        Erbyn hyn mae llawer o ganlyniadau'n ymddangos yn yr NHS App ar eu pen eu hunain. Efallai y byddwch chi'n gweld canlyniad cyn i unrhyw un siarad â chi amdano.
        Dydy canlyniad sydd wedi'i nodi fel un sydd ddim yn normal ddim bob amser yn ddifrifol. Mae rhai canlyniadau ychydig y tu allan i'r ystod arferol ac maen nhw'n iawn.
        Os yw canlyniad yn eich poeni, cysylltwch â'r tîm a ofynnodd am y prawf. Gallan nhw ddweud wrthych chi beth mae'n ei olygu i chi.
    .if-not = Os na allwch chi gael gafael ar y tîm a'ch bod chi'n poeni, ffoniwch eich meddygfa neu NHS 111. Mewn argyfwng, ffoniwch 999.
    .ask =
        Fydd fy nghanlyniad yn ymddangos yn yr NHS App?
        Fydd rhywun yn siarad â mi cyn i mi ei weld?

test-results-told =
    .title = Mae'r tîm yn dweud y canlyniad wrthych chi
    .body =
        Y tîm a ofynnodd am y prawf sy'n gwirio'r canlyniad. Nhw sy'n penderfynu beth i'w wneud nesaf, ac maen nhw'n dweud wrthych chi.
        Os mai tîm yn yr ysbyty ofynnodd amdano, tîm yr ysbyty sy'n dweud wrthych chi. Mae hyn yn wir hyd yn oed os cafodd eich gwaed ei gymryd yn eich meddygfa.
        Efallai y bydd eich GP yn gallu gweld y canlyniad, ond y tîm a ofynnodd amdano yw'r un i'w egluro.
    .if-not = Os nad ydych chi wedi clywed erbyn yr amser a roddwyd i chi, cysylltwch â'r tîm a ofynnodd am y prawf.
    .ask =
        Beth mae fy nghanlyniad yn ei olygu?
        Beth sy'n digwydd nesaf?
        Oes angen i'm GP wneud unrhyw beth?

test-results-chase =
    .title = Os nad ydych chi wedi clywed
    .body =
        Os yw'r amser a roddwyd i chi wedi mynd heibio, cysylltwch â'r tîm a ofynnodd am y prawf. Peidiwch ag aros heb wneud dim.
        Os mai tîm yn yr ysbyty ofynnodd amdano, ffoniwch dîm yr ysbyty. Os mai eich GP ofynnodd amdano, cysylltwch â'ch meddygfa.
        Os ydych chi'n teimlo'n waeth tra byddwch chi'n aros, ffoniwch eich meddygfa neu NHS 111 yr un diwrnod. Mewn argyfwng, ffoniwch 999.
    .if-not = Os na allwch chi gael ateb gan yr ysbyty o hyd, gofynnwch am ei dîm cyngor i gleifion. Maen nhw'n helpu pan fydd pethau'n mynd o chwith.
    .ask =
        Erbyn pryd dylwn i fod wedi clywed?
        Pwy all siarad â mi am fy nghanlyniad?
