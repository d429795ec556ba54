# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = Mae eich GP wedi eich anfon i'r ysbyty ar frys
    .summary = Beth sy'n digwydd pan fydd eich GP yn eich anfon i'r ysbyty yn gyflym, a phwy i'w ffonio os nad ydych chi'n clywed dim.
    .intro = Mae eich GP (meddyg teulu) eisiau i dîm yn yr ysbyty eich gweld chi cyn bo hir. Atgyfeiriad brys yw'r enw ar hyn. Efallai fod eich GP wedi dweud mai gwirio am ganser yw'r pwrpas. Does gan y rhan fwyaf o bobl sy'n cael eu hanfon fel hyn ddim canser. Dyma beth sy'n digwydd nesaf, a phwy sy'n gwneud pob rhan.
    .keywords = atgyfeiriad brys, atgyfeirio ar frys, brys, amheuaeth o ganser, canser, ydy e'n ganser, gwirio am ganser, aros pythefnos, llwybr cyflym, diagnosis cyflymach, yn syth i brawf, lwmp, sgan yn fuan, yr ysbyty yn fy ffonio, rhif anhysbys, biopsi, urgent referral, urgent, suspected cancer, cancer, two week wait, 2 week wait, fast track, faster diagnosis, straight to test, lump, scan, unknown number, biopsy

urgent-referral-sent =
    .title = Mae eich GP yn anfon atgyfeiriad brys
    .body =
        Mae eich GP yn ysgrifennu at dîm yr ysbyty ac yn ei nodi'n frys. Dylen nhw ddweud wrthych chi pam.
        Mae'n frys er mwyn i unrhyw beth difrifol gael ei ddarganfod yn gyflym, neu ei ddiystyru.
        Weithiau rydych chi'n mynd yn syth i brawf, fel sgan, cyn i chi weld arbenigwr.
        Gwnewch yn siŵr fod gan eich meddygfa eich rhif ffôn a'ch cyfeiriad cywir.
    .if-not = Os nad ydych chi'n siŵr a gafodd yr atgyfeiriad ei anfon, cysylltwch â'ch meddygfa y diwrnod gwaith nesaf a gofynnwch.
    .ask =
        Pam ydych chi'n fy anfon i ar frys?
        Pa brawf neu apwyntiad ddylwn i ei ddisgwyl?
        Alla i gael taflen am hyn?

urgent-referral-contact =
    .title = Mae'r ysbyty yn cysylltu â chi cyn bo hir
    .body =
        Fel arfer mae'r ysbyty yn cysylltu â chi o fewn dyddiau. Gall hyn fod drwy alwad ffôn, neges destun neu lythyr.
        Atebwch alwadau o rifau dydych chi ddim yn eu hadnabod, a gwiriwch eich negeseuon. Ceisiwch gadw'n rhydd i fynd heb lawer o rybudd.
    .if-not = Os nad oes neb wedi cysylltu ar ôl wythnos, ffoniwch eich meddygfa. Gofynnwch iddyn nhw wirio bod yr ysbyty wedi cael yr atgyfeiriad. Gallwch chi hefyd ffonio tîm trefnu apwyntiadau'r ysbyty.
    .ask =
        Pryd ddylwn i glywed gan yr ysbyty?
        Pwy ydw i'n ei ffonio os na alla i fynd ar y diwrnod rydych chi'n ei roi i mi?

urgent-referral-tests =
    .title = Mae tîm yr ysbyty yn gwneud profion
    .body =
        Efallai y bydd tîm yr ysbyty yn gwneud profion, fel sgan, prawf gwaed neu brawf gyda chamera. Maen nhw'n dweud wrthych chi beth yw pwrpas pob un.
        Mae'r NHS yn anelu at ddweud wrthych chi a oes gennych chi ganser neu beidio o fewn 28 diwrnod i'r atgyfeiriad. Mae'r rhan fwyaf o bobl yn cael gwybod yn gynt.
        Os yw'n cymryd mwy o amser, dylai tîm yr ysbyty ddweud wrthych chi pam, a beth sy'n digwydd nesaf.
    .if-not = Os nad ydych chi wedi clywed am ganlyniad erbyn pryd y dywedodd y tîm, ffoniwch dîm yr ysbyty.
    .ask =
        Beth yw pwrpas y prawf hwn?
        Pryd bydda i'n cael y canlyniad, a phwy fydd yn ei ddweud wrtha i?

urgent-referral-result =
    .title = Mae tîm yr ysbyty yn dweud y canlyniad wrthych chi
    .body =
        Mae tîm yr ysbyty yn dweud y canlyniad wrthych chi. Maen nhw hefyd yn ysgrifennu at eich GP.
        Os nad canser yw e, maen nhw'n dweud wrthych chi beth sy'n digwydd nesaf. Efallai na fydd angen i chi eu gweld nhw eto. Neu efallai y byddan nhw'n eich anfon chi at dîm arall.
        Os canser yw e, mae tîm arbenigol yn gofalu amdanoch chi. Rydych chi'n cael enw person i gysylltu ag ef, yn aml nyrs arbenigol.
    .if-not = Os nad ydych chi wedi cael gwybod eich canlyniad, ffoniwch dîm yr ysbyty. Peidiwch ag aros i'ch GP ddweud wrthych chi.
    .ask =
        Pwy ydw i'n cysylltu â nhw os oes gen i gwestiynau?
        Oes angen i mi ddod yn ôl?
        Beth ddylwn i gadw llygad amdano yn y dyfodol?

urgent-referral-worse =
    .title = Os byddwch chi'n gwaethygu tra byddwch chi'n aros
    .body =
        Os byddwch chi'n gwaethygu llawer, neu os oes gennych chi symptomau newydd sy'n eich poeni, cysylltwch â'ch meddygfa neu ffoniwch NHS 111 yr un diwrnod.
        Mewn argyfwng, ffoniwch 999.
        Dywedwch wrth dîm yr ysbyty hefyd, fel eu bod nhw'n gwybod.
    .if-not = Os nad yw tîm yr ysbyty wedi eich ffonio chi'n ôl erbyn diwedd y diwrnod gwaith nesaf, ffoniwch eto. Os ydych chi'n teimlo'n waeth, ffoniwch eich meddygfa neu NHS 111 yr un diwrnod.
    .ask =
        Pa newidiadau ddylai wneud i mi eich ffonio chi?
        Pwy ydw i'n ei ffonio yn y nos neu ar y penwythnos?
