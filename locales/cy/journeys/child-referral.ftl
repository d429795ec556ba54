# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Mae eich plentyn yn cael ei anfon at feddyg plant
    .summary = Pwy sy'n trefnu apwyntiad eich plentyn, pwy i'w ffonio tra byddwch chi'n aros, a phwy sy'n dweud y canlyniadau wrthych chi.
    .intro = Mae eich GP (meddyg teulu) eisiau i feddyg plant yn yr ysbyty helpu gyda gofal eich plentyn. Fel y rhiant neu'r gofalwr, rydych chi'n cael gwybod beth sy'n digwydd i'ch plentyn. Dyma beth sy'n digwydd nesaf, a phwy sy'n gwneud pob rhan.
    .keywords = plentyn, plant, fy mhlentyn, mab, merch, babi, pediatregydd, pediatreg, meddyg plant, ysbyty plant, atgyfeirio plentyn, atgyfeiriad, llythyr ysbyty, apwyntiad, rhestr aros, rhiant, gofalwr, plentyn yn fwy sâl, plentyn yn gwaethygu, child, paediatrician, children's doctor, referral, appointment, waiting list, child more unwell, child getting worse

child-referral-advice =
    .title = Efallai y bydd eich GP yn gofyn i feddyg plant am gyngor yn gyntaf
    .body =
        Pediatregydd yw'r enw ar feddyg plant. Efallai y bydd eich GP yn gofyn i un am gyngor am eich plentyn yn gyntaf. Gall hyn fod dros y ffôn neu ar-lein.
        Mewn rhai ardaloedd, mae pediatregydd yn dod i feddygfeydd i weld plant yno. Mae tîm o'r ysbyty yn gallu gofalu am rai plant gartref.
        Efallai y bydd y cyngor yn golygu nad oes angen i'ch plentyn fynd i'r ysbyty. Mae eich GP yn dweud wrthych chi beth ddywedodd y pediatregydd.
    .if-not = Os nad ydych chi'n siŵr beth mae eich GP yn ei wneud i'ch plentyn, cysylltwch â'ch meddygfa a gofynnwch.
    .ask =
        Ydych chi'n gofyn i bediatregydd am gyngor, neu'n anfon fy mhlentyn i'r ysbyty?
        Sut byddwch chi'n dweud wrtha i beth ddywedon nhw?

child-referral-sent =
    .title = Mae eich GP yn anfon yr atgyfeiriad
    .body =
        Os oes angen i'ch plentyn weld pediatregydd, mae eich GP yn ysgrifennu ato. Atgyfeiriad yw'r enw ar hyn.
        Mae eich GP hefyd yn dweud pa mor fuan mae angen i'ch plentyn gael ei weld. Gall atgyfeiriad fod yn un arferol neu'n un brys.
        Weithiau mae'r ysbyty yn gofyn am brofion yn gyntaf. Os felly, mae eich GP yn trefnu'r rhain cyn anfon yr atgyfeiriad.
        Rydych chi'n cael gwybod yr un pethau ag y byddai claf sy'n oedolyn yn cael gwybod. Rydych chi'n cael gwybod ar ran eich plentyn.
    .if-not = Gofynnwch i'ch GP pryd dylech chi glywed am yr atgyfeiriad. Os nad ydych chi wedi clywed dim erbyn hynny, cysylltwch â'ch meddygfa. Gofynnwch iddyn nhw a yw'r atgyfeiriad wedi'i anfon.
    .ask =
        Pam mae angen i fy mhlentyn weld pediatregydd?
        Ydy'r atgyfeiriad yn un arferol neu'n un brys?
        Oes angen unrhyw brofion ar fy mhlentyn yn gyntaf?

child-referral-booking =
    .title = Rydych chi'n cael llythyr, e-bost neu neges destun i drefnu apwyntiad
    .body =
        Efallai y byddwch chi'n cael llythyr gyda rhif archebu a chyfrinair. Cadwch y llythyr yn ddiogel.
        Neu efallai y byddwch chi'n cael e-bost neu neges destun. Mae ganddo ddolen i drefnu apwyntiad ar yr NHS App neu ar wefan yr NHS.
        Defnyddiwch hi i ddewis dyddiad ac amser i'ch plentyn, neu i ffonio'r tîm trefnu apwyntiadau.
        Mae rhai negeseuon testun sy'n edrych fel eu bod nhw'n dod gan yr NHS yn sgamiau. Fydd yr NHS ddim yn gofyn i chi dalu na rhoi manylion eich banc. Os nad ydych chi'n siŵr, peidiwch â defnyddio'r ddolen. Ffoniwch y rhif ar eich llythyr.
    .if-not = Os nad oes dim wedi dod erbyn yr amser a ddywedodd eich GP, ffoniwch y rhif ar eich llythyr atgyfeirio. Os nad oes gennych chi lythyr, gofynnwch i'ch meddygfa.
    .ask =
        Alla i ddewis pa ysbyty mae fy mhlentyn yn mynd iddo?
        All fy mhlentyn gael ei weld yn agos at ble rydyn ni'n byw?

child-referral-waiting =
    .title = Mae eich plentyn yn aros i gael ei weld
    .body =
        Tîm yr ysbyty sy'n gofalu am le eich plentyn ar y rhestr.
        Efallai y bydd yr ysbyty yn anfon neges destun atoch chi i wirio bod angen i'ch plentyn gael ei weld o hyd. Atebwch os gallwch chi. Os nad ydych chi'n ateb, ffoniwch dîm yr ysbyty. Fydd eich plentyn ddim yn cael ei dynnu oddi ar y rhestr dim ond am nad oeddech chi wedi ateb.
        Os oes gennych chi gwestiwn am yr apwyntiad, gofynnwch i dîm yr ysbyty. Dylen nhw eich ateb chi, nid eich anfon yn ôl at eich GP.
    .if-not = Os nad ydych chi wedi clywed gan yr ysbyty erbyn pryd y dywedon nhw, ffoniwch dîm yr ysbyty.
    .ask =
        Pa mor hir yw'r aros am y tîm hwn?
        Pwy ddylwn i ei ffonio os bydd ein cynlluniau'n newid?

child-referral-worse =
    .title = Os yw eich plentyn yn ymddangos yn fwy sâl
    .body =
        Trystiwch eich teimladau. Chi sy'n adnabod eich plentyn orau.
        Ffoniwch 999 os yw eich plentyn yn cael trafferth anadlu, yn anodd iawn ei ddeffro, neu'n cael ffit. Ffoniwch 999 hefyd os oes ganddo frech sydd ddim yn pylu pan fyddwch chi'n pwyso gwydr arni.
        Os yw eich plentyn yn ymddangos yn fwy sâl, neu os ydych chi'n poeni, cysylltwch â'ch meddygfa neu ffoniwch NHS 111 yr un diwrnod.
        Dywedwch wrth dîm yr ysbyty hefyd. Gall meddyg yno wirio a oes angen i'ch plentyn gael ei weld yn gynt. Gall eich GP hefyd wneud yr atgyfeiriad yn un brys.
    .if-not = Os nad yw tîm yr ysbyty wedi eich ffonio chi'n ôl erbyn diwedd y diwrnod gwaith nesaf, ffoniwch eto. Peidiwch ag aros amdanyn nhw os yw eich plentyn i'w weld yn waeth: ffoniwch eich meddygfa neu NHS 111 yr un diwrnod.
    .ask =
        Pa arwyddion ddylai wneud i mi eich ffonio chi?
        All fy mhlentyn gael ei weld yn gynt os bydd yn gwaethygu?

child-referral-visit =
    .title = Apwyntiad cyntaf eich plentyn
    .body =
        Mae eich plentyn yn gweld y pediatregydd neu rywun arall yn y tîm plant. Efallai y byddan nhw'n siarad â'r ddau ohonoch chi, yn archwilio eich plentyn neu'n gwneud profion.
        Dewch â'r llythyr, rhestr o feddyginiaethau eich plentyn ac unrhyw gwestiynau sydd gennych chi.
        Dylai un tîm fod yn gyfrifol am bob rhan o ofal eich plentyn. Os nad ydych chi'n siŵr pa dîm yw hwnnw, gofynnwch.
        Efallai y bydd plant hŷn eisiau siarad â'r meddyg ar eu pen eu hunain am ran o'r apwyntiad. Yn aml gall pobl ifanc ddewis beth sy'n cael ei rannu gyda'u rhieni.
    .if-not = Os yw'r apwyntiad yn cael ei ganslo, dylai tîm yr ysbyty roi dyddiad newydd i chi. Ffoniwch nhw os nad ydych chi wedi cael un.
    .ask =
        Beth ydych chi'n meddwl yw'r broblem?
        Pa dîm sy'n gyfrifol am bob rhan o ofal fy mhlentyn?
        Pwy ddylwn i ei ffonio os bydd gen i gwestiwn yn nes ymlaen?

child-referral-letter =
    .title = Mae'r ysbyty yn ysgrifennu at eich GP
    .body =
        Ar ôl yr apwyntiad, mae tîm yr ysbyty yn ysgrifennu at eich GP os oes angen i'ch GP wneud rhywbeth. Llythyr clinig yw'r enw ar hyn. Dylech chi gael copi hefyd.
    .if-not = Os nad yw eich meddygfa wedi cael y llythyr erbyn yr amser sy'n cael ei ddangos, ffoniwch dîm yr ysbyty. Gofynnwch iddyn nhw ei anfon.
    .ask =
        Oes unrhyw beth mae angen i'n GP ni ei wneud?
        Alla i gael copi o'r llythyr?

child-referral-results =
    .title = Profion a chanlyniadau
    .body =
        Os yw tîm yr ysbyty yn gofyn am brawf, nhw sy'n gwirio'r canlyniad ac yn dweud wrthych chi.
        Yn aml mae plant yn cael tynnu gwaed mewn clinig plant yn yr ysbyty. Gofynnwch i'r tîm ble i fynd.
        Ble bynnag mae'r prawf yn cael ei wneud, y tîm a ofynnodd amdano sy'n dweud y canlyniad wrthych chi.
    .if-not = Os yw canlyniad yn hwyr, cysylltwch â'r tîm a ofynnodd am y prawf.
    .ask =
        Ble dylai fy mhlentyn gael y prawf?
        Pryd a sut byddwch chi'n dweud y canlyniadau wrtha i?
        Oes angen i fy mhlentyn eich gweld chi eto?
