# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Os yw eich plentyn yn ymddangos yn fwy sâl
    .summary = Pryd i ffonio 999, pryd i gael help yr un diwrnod, a phwy i ddweud wrthyn nhw os yw tîm yn yr ysbyty yn gofalu am eich plentyn.
    .intro = Gall plant waethygu'n gyflym. Chi sy'n adnabod eich plentyn orau. Dyma pryd i gael help, pwy i'w ffonio, a phwy i ddweud wrthyn nhw.
    .keywords = plentyn yn sâl, plentyn yn wael, babi yn sâl, plentyn yn gwaethygu, plentyn yn waeth, twymyn, gwres uchel, tymheredd uchel, brech, ddim yn bwyta, ddim yn yfed, anadlu, llipa, poeni am fy mhlentyn, pryd i ffonio 999, pryd i ffonio 111, mynediad agored, ward plant, child unwell, sick child, baby unwell, child getting worse, fever, high temperature, rash, not eating, not drinking, breathing, floppy, worried about my child, when to call 999, when to call 111, open access, children's ward

child-unwell-emergency =
    .title = Pryd i ffonio 999
    .body =
        Ffoniwch 999 os yw eich plentyn yn cael trafferth anadlu, neu os yw'n anodd iawn ei ddeffro.
        Ffoniwch 999 hefyd os yw eich plentyn yn cael ffit, neu'n mynd yn welw iawn, yn las neu'n frith.
        Ffoniwch 999 os oes gan eich plentyn frech sydd ddim yn pylu pan fyddwch chi'n pwyso gwydr arni.
    .if-not = Os na allwch chi gael drwodd ar 999, daliwch ati i drio. Peidiwch ag aros i weld a yw eich plentyn yn gwella.
    .ask =
        Pa arwyddion ddylai wneud i mi ffonio 999?

child-unwell-same-day =
    .title = Cael help yr un diwrnod
    .body =
        Os yw eich plentyn yn ymddangos yn fwy sâl, neu os ydych chi'n poeni, cysylltwch â'ch meddygfa neu ffoniwch NHS 111 yr un diwrnod.
        Dywedwch wrthyn nhw os nad yw eich plentyn yn yfed, os yw'n llawer mwy cysglyd nag arfer, neu os yw'n gwaethygu.
        Mae NHS 111 ar agor ddydd a nos. Gallwch chi hefyd fynd i 111.nhs.uk.
    .if-not = Os na allwch chi gael drwodd at eich meddygfa a'ch bod chi'n poeni, ffoniwch NHS 111. Os yw eich plentyn yn gwaethygu, ffoniwch 999.
    .ask =
        Beth ddylwn i gadw llygad amdano heno?
        Pryd ddylwn i eich ffonio chi eto?

child-unwell-hospital-team =
    .title = Os yw tîm yn yr ysbyty yn gofalu am eich plentyn yn barod
    .body =
        Gall rhai plant fynd yn syth yn ôl i'r ward plant os ydyn nhw'n mynd yn sâl. Mynediad agored yw'r enw ar hyn. Os oes gan eich plentyn hyn, bydd y tîm wedi dweud wrthych chi.
        Os oes gennych chi rif ar gyfer y tîm, ffoniwch nhw. Dywedwch wrthyn nhw fod eich plentyn yn fwy sâl.
        Os na allwch chi gael gafael arnyn nhw, cysylltwch â'ch meddygfa neu NHS 111 yr un diwrnod. Mewn argyfwng, ffoniwch 999.
    .if-not = Os nad yw'r tîm wedi eich ffonio chi'n ôl a dydy eich plentyn ddim yn well, ffoniwch NHS 111 neu eich meddygfa. Peidiwch ag aros.
    .ask =
        Oes gan fy mhlentyn fynediad agored i'r ward?
        Pwy ydw i'n ei ffonio yn y nos?

child-unwell-after =
    .title = Ar ôl i'ch plentyn gael ei weld
    .body =
        Dylai'r person a welodd eich plentyn ddweud wrthych chi beth i gadw llygad amdano, a phryd i ddod yn ôl.
        Os aeth eich plentyn i A&E neu i'r ysbyty, maen nhw'n anfon llythyr at eich GP (meddyg teulu).
        Os nad yw eich plentyn yn well erbyn pryd y dywedon nhw, neu os yw'n gwaethygu, cewch help eto. Mae'n iawn gofyn fwy nag unwaith.
    .if-not = Os nad ydych chi'n siŵr beth i'w wneud nesaf, ffoniwch NHS 111 neu eich meddygfa.
    .ask =
        Pa arwyddion sy'n golygu y dylwn i ddod â fy mhlentyn yn ôl?
        Faint o amser ddylai hi gymryd i wella?
