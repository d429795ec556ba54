# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Gofal gartref ar ôl aros yn yr ysbyty
    .summary = Pwy sy'n cynllunio help gartref, pwy sy'n dod, a phwy i'w ffonio os nad yw'r help yn dod.
    .intro = Mae angen help gartref ar rai pobl ar ôl aros yn yr ysbyty. Mae tîm o'r ysbyty yn gofalu am rai pobl gartref yn lle eu bod nhw'n aros ar ward. Dyma pwy sy'n gwneud beth, a phwy i'w ffonio.
    .keywords = gofal gartref, help gartref, nyrs ardal, nyrs gymunedol, ymweliadau gan nyrs, ailalluogi, gofalwyr, gofal cartref, ward rithwir, ysbyty yn y cartref, ar ôl yr ysbyty, mynd adref, rhyddhau, cymorth gartref, offer, care at home, district nurse, community nurse, reablement, carers, home care, virtual ward, hospital at home, discharge, equipment

care-at-home-plan =
    .title = Mae tîm y ward yn cynllunio help gyda chi
    .body =
        Cyn i chi adael yr ysbyty, mae tîm y ward yn siarad â chi am unrhyw help sydd ei angen arnoch chi gartref.
        Dylen nhw ddweud wrthych chi pwy fydd yn dod, pryd, a sut i gysylltu â nhw. Gofynnwch am hyn yn ysgrifenedig.
        Os oes rhywun yn gofalu amdanoch chi gartref, gallan nhw fod yn rhan o'r sgwrs hon hefyd.
    .if-not = Os nad oes neb wedi siarad â chi am help gartref a'ch bod chi'n meddwl bod ei angen arnoch chi, gofynnwch i staff y ward cyn i chi adael.
    .ask =
        Fydd angen help arna i gartref?
        Pwy fydd yn dod, a phryd?

care-at-home-nurse =
    .title = Efallai y bydd nyrs neu ofalwr yn ymweld
    .body =
        Efallai y bydd nyrs ardal yn ymweld â chi gartref. Gallan nhw newid rhwymynnau, rhoi pigiadau, a gwirio sut rydych chi.
        Mae rhai pobl yn cael help am gyfnod byr i ddechrau gwneud pethau drostyn nhw eu hunain eto. Ailalluogi yw'r enw ar hyn weithiau.
        Mae'r tîm sy'n ymweld yn rhoi eu rhif ffôn i chi.
    .if-not = Os nad yw ymweliad y cawsoch chi wybod amdano yn digwydd, ffoniwch y rhif a roddodd y tîm i chi. Os nad oes gennych chi rif, ffoniwch y ward neu eich meddygfa.
    .ask =
        Beth yw eich rhif ffôn?
        Beth ydw i'n ei wneud os nad ydych chi'n dod?

care-at-home-virtual-ward =
    .title = Os ydych chi ar ward rithwir
    .body =
        Mae ward rithwir yn golygu bod tîm o'r ysbyty yn gofalu amdanoch chi gartref yn lle ar ward. Ysbyty yn y cartref yw enw arall arno.
        Efallai y bydd y tîm yn ymweld â chi, yn eich ffonio chi, neu'n eich gwirio chi gydag offer rydych chi'n ei ddefnyddio gartref.
        Tîm yr ysbyty sy'n gyfrifol am eich gofal tra byddwch chi ar y ward rithwir. Maen nhw'n dweud wrthych chi sut i gysylltu â nhw, ddydd a nos.
    .if-not = Os na allwch chi gael gafael ar dîm y ward rithwir a'ch bod chi'n teimlo'n waeth, ffoniwch NHS 111. Mewn argyfwng, ffoniwch 999.
    .ask =
        Pwy sy'n gyfrifol am fy ngofal nawr?
        Sut ydw i'n cysylltu â chi yn y nos?

care-at-home-worse =
    .title = Os byddwch chi'n gwaethygu gartref
    .body =
        Os byddwch chi'n gwaethygu, ffoniwch y tîm sy'n gofalu amdanoch chi gartref yn gyntaf, os oes gennych chi eu rhif.
        Os na allwch chi gael gafael arnyn nhw, cysylltwch â'ch meddygfa neu ffoniwch NHS 111 yr un diwrnod. Mewn argyfwng, ffoniwch 999.
    .if-not = Os nad oes neb wedi eich ffonio chi'n ôl a'ch bod chi'n teimlo'n waeth, ffoniwch NHS 111. Peidiwch ag aros.
    .ask =
        Pwy ydw i'n ei ffonio yn gyntaf os ydw i'n teimlo'n waeth?
