# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Beth sy'n digwydd ar ôl apwyntiad mewn clinig
    .summary = Pwy sy'n trefnu eich apwyntiad neu eich prawf nesaf, pryd i gysylltu eich hun, a beth sy'n digwydd pan fydd y clinig wedi gorffen.
    .intro = Ar ôl i chi fynd i glinig, mae tîm yr ysbyty yn dweud beth sy'n digwydd nesaf. Efallai y byddan nhw'n eich gweld chi eto, yn gofyn i chi gysylltu pan fydd eu hangen nhw arnoch chi, neu'n eich anfon chi yn ôl at eich GP (meddyg teulu). Dyma pwy sy'n gwneud beth ym mhob achos.
    .keywords = apwyntiad dilynol, dilynol, apwyntiad dilynol a drefnir gan y claf, PIFU, apwyntiad agored, cysylltwch os oes angen, wedi fy rhyddhau o'r clinig, yn ôl at fy meddyg teulu, apwyntiad nesaf, sgan eto, galw'n ôl, archwiliad, adolygiad blynyddol, follow-up, follow up, patient initiated follow-up, open appointment, see on symptoms, contact us if you need us, discharged from clinic, discharged to GP, back to my GP, next appointment, repeat scan, recall, check-up, annual review

follow-up-choice =
    .title = Mae tîm yr ysbyty yn dweud beth sy'n dod nesaf
    .body =
        Ar ddiwedd apwyntiad mewn clinig, mae tîm yr ysbyty yn dweud wrthych chi beth sy'n digwydd nesaf.
        Efallai y byddan nhw'n trefnu apwyntiad neu brawf arall. Efallai y byddan nhw'n gofyn i chi gysylltu pan fydd eu hangen nhw arnoch chi. Neu efallai y byddan nhw'n eich rhyddhau chi. Mae hyn yn golygu bod eich GP yn gofalu amdanoch chi eto.
        Dylen nhw ddweud wrthych chi pa un yw e. Mae hefyd yn eich llythyr clinig.
    .if-not = Os nad ydych chi'n siŵr pa un sy'n wir i chi, ffoniwch dîm yr ysbyty a gofynnwch.
    .ask =
        Fydda i'n eich gweld chi eto?
        Fyddwch chi'n ei drefnu, neu a ddylwn i gysylltu â chi?

follow-up-recall =
    .title = Mae'r ysbyty yn trefnu ei apwyntiadau a'i brofion ei hun
    .body =
        Os yw tîm yr ysbyty eisiau eich gweld chi eto neu wneud prawf eto, mae'n trefnu hyn ei hun. Mae hyn yn cynnwys archwiliadau sy'n dod yn ôl bob blwyddyn.
        Dydy eich GP ddim yn trefnu apwyntiadau na phrofion yn yr ysbyty i chi.
    .if-not = Os nad yw apwyntiad neu brawf y cawsoch chi wybod amdano wedi'i drefnu erbyn pryd y dywedon nhw, ffoniwch dîm yr ysbyty.
    .ask =
        Pryd bydda i'n eich gweld chi nesaf?
        Pwy sy'n trefnu fy mhrawf nesaf?

follow-up-patient-initiated =
    .title = Os cewch chi eich gofyn i gysylltu eich hun
    .body =
        Dydy rhai timau ddim yn trefnu apwyntiad arall. Yn lle hynny, rydych chi'n cysylltu â nhw os oes eu hangen nhw arnoch chi. Apwyntiad dilynol a drefnir gan y claf, neu PIFU, yw'r enw ar hyn.
        Mae'r tîm yn rhoi rhif ffôn i chi, yr arwyddion i ffonio amdanyn nhw, ac am ba hyd y gallwch chi wneud hyn.
        Os nad ydych chi wedi ffonio erbyn diwedd yr amser hwnnw, efallai y bydd y tîm yn eich rhyddhau chi at eich GP. Dylen nhw ddweud wrthych chi cyn iddyn nhw wneud hyn.
    .if-not = Os ydych chi'n ffonio ac yn methu cael drwodd, rhowch gynnig arall arni y diwrnod gwaith nesaf. Os ydych chi'n teimlo'n waeth, cysylltwch â'ch meddygfa neu NHS 111 yr un diwrnod.
    .ask =
        Pa arwyddion ddylai wneud i mi gysylltu â chi?
        Am ba hyd alla i gysylltu â chi?
        Beth sy'n digwydd ar ddiwedd yr amser hwnnw?

follow-up-discharged =
    .title = Os yw'r clinig yn eich rhyddhau chi
    .body =
        Mae cael eich rhyddhau yn golygu bod tîm yr ysbyty wedi gorffen. Mae eich meddygfa yn gofalu amdanoch chi eto.
        Mae'r llythyr clinig yn dweud wrth eich GP beth i'w wneud nesaf, a beth i gadw llygad amdano.
        Os yw'r broblem yn dod yn ôl neu'n gwaethygu, cysylltwch â'ch meddygfa. Gall eich GP eich atgyfeirio chi eto os oes angen.
    .if-not = Os ydych chi'n meddwl eich bod chi wedi cael eich rhyddhau drwy gamgymeriad, ffoniwch dîm yr ysbyty a gofynnwch.
    .ask =
        Pam ydych chi'n fy rhyddhau i?
        Beth ddylai wneud i mi fynd yn ôl at fy GP?

follow-up-worse =
    .title = Os byddwch chi'n gwaethygu
    .body =
        Os byddwch chi'n gwaethygu llawer, neu os oes gennych chi symptomau newydd sy'n eich poeni, cysylltwch â'ch meddygfa neu ffoniwch NHS 111 yr un diwrnod. Mewn argyfwng, ffoniwch 999.
        Os oes gennych chi rif ar gyfer tîm yr ysbyty, dywedwch wrthyn nhw hefyd.
    .if-not = Os nad oes neb wedi eich ffonio chi'n ôl erbyn diwedd y diwrnod gwaith nesaf, ffoniwch eto. Os ydych chi'n teimlo'n waeth, ffoniwch NHS 111 yr un diwrnod.
    .ask =
        Pwy ydw i'n ei ffonio yn y nos neu ar y penwythnos?
