# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Mae eich GP wedi eich anfon at dîm yn yr ysbyty
    .summary = Pwy sy'n trefnu eich apwyntiad cyntaf, pwy i'w ffonio tra byddwch chi'n aros, a beth i'w wneud os byddwch chi'n gwaethygu.
    .intro = Mae eich GP (meddyg teulu) yn meddwl y dylai tîm yn yr ysbyty eich gweld chi. Atgyfeiriad yw'r enw ar hyn. Dyma beth sy'n digwydd nesaf, a phwy sy'n gwneud pob rhan. Os dywedodd eich GP ei fod yn fater brys, neu y gallai fod yn ganser, darllenwch y canllaw ar atgyfeiriadau brys.
    .keywords = atgyfeiriad, atgyfeirio, wedi fy atgyfeirio, arbenigwr, llythyr ysbyty, trefnu apwyntiad, apwyntiad, ymgynghorydd, clinig, rhestr aros, meddyg teulu, atgyfeiriad arferol, referral, referred, specialist, hospital letter, e-referral, booking, appointment, consultant, clinic, waiting list, routine referral

referral-sent =
    .title = Mae eich GP yn anfon yr atgyfeiriad
    .body =
        Mae eich GP yn ysgrifennu at dîm yr ysbyty. Maen nhw'n dweud beth yw'r broblem a pham mae angen i chi gael eich gweld.
        Mae eich GP hefyd yn dweud pa mor fuan mae angen i chi gael eich gweld. Gall atgyfeiriad fod yn un arferol neu'n un brys.
        Weithiau mae'r ysbyty yn gofyn am brofion yn gyntaf, fel prawf gwaed. Os felly, mae eich GP yn gwneud y rhain cyn anfon yr atgyfeiriad.
        Yn aml gallwch chi ddewis pa ysbyty rydych chi'n mynd iddo. Gofynnwch i'ch GP pan fyddan nhw'n eich atgyfeirio chi.
    .if-not = Gofynnwch i'ch GP pryd dylech chi glywed am yr atgyfeiriad. Os nad ydych chi wedi clywed dim erbyn hynny, cysylltwch â'ch meddygfa. Gofynnwch iddyn nhw a yw'r atgyfeiriad wedi'i anfon.
    .ask =
        At ba dîm yn yr ysbyty ydych chi'n fy anfon i?
        Ydy fy atgyfeiriad yn un arferol neu'n un brys?
        Alla i ddewis pa ysbyty rydw i'n mynd iddo?
        Oes angen unrhyw brofion arna i yn gyntaf?

referral-booking =
    .title = Rydych chi'n cael llythyr, e-bost neu neges destun i drefnu apwyntiad
    .body =
        Efallai y byddwch chi'n cael llythyr gyda rhif archebu a chyfrinair. Cadwch y llythyr yn ddiogel.
        Neu efallai y byddwch chi'n cael e-bost neu neges destun. Mae ganddo ddolen i drefnu apwyntiad ar yr NHS App neu ar wefan yr NHS.
        Defnyddiwch hi i ddewis dyddiad ac amser, neu i ffonio'r tîm trefnu apwyntiadau.
        Mae rhai negeseuon testun sy'n edrych fel eu bod nhw'n dod gan yr NHS yn sgamiau. Fydd yr NHS ddim yn gofyn i chi dalu na rhoi manylion eich banc i drefnu apwyntiad. Os nad ydych chi'n siŵr, peidiwch â defnyddio'r ddolen. Ffoniwch y rhif ar eich llythyr, neu gofynnwch i'ch meddygfa.
    .if-not = Os nad oes dim wedi dod erbyn yr amser a ddywedodd eich GP, ffoniwch y rhif ar eich llythyr atgyfeirio. Os nad oes gennych chi lythyr, gofynnwch i'ch meddygfa.
    .ask =
        Alla i gael galwad ffôn neu alwad fideo yn lle hynny?
        Alla i ddod â rhywun gyda mi?

referral-waiting =
    .title = Rydych chi'n aros am eich apwyntiad cyntaf
    .body =
        Tîm yr ysbyty sy'n gofalu am eich lle ar y rhestr.
        Efallai y bydd yr ysbyty yn anfon neges destun atoch chi i wirio bod angen i chi gael eich gweld o hyd. Atebwch os gallwch chi. Os nad ydych chi'n ateb, ffoniwch dîm yr ysbyty. Fyddan nhw ddim yn eich tynnu chi oddi ar y rhestr dim ond am nad oeddech chi wedi ateb.
        Gallwch chi weld yr amser aros cyfartalog ar gyfer pob ysbyty ar wefan My Planned Care. Cyfartaledd yn unig yw hwn.
        Os oes gennych chi gwestiwn am eich apwyntiad, gofynnwch i dîm yr ysbyty. Dylen nhw eich ateb chi, nid eich anfon yn ôl at eich GP.
    .if-not = Os nad ydych chi wedi clywed gan yr ysbyty erbyn pryd y dywedon nhw, ffoniwch dîm yr ysbyty.
    .ask =
        Pa mor hir yw'r aros am y tîm hwn?
        Pwy ddylwn i ei ffonio os bydd fy nghynlluniau'n newid?

referral-worse =
    .title = Os byddwch chi'n gwaethygu tra byddwch chi'n aros
    .body =
        Os byddwch chi'n gwaethygu llawer, neu os oes gennych chi symptomau newydd sy'n eich poeni, cysylltwch â'ch meddygfa neu ffoniwch NHS 111 yr un diwrnod.
        Mewn argyfwng, ffoniwch 999.
        Dywedwch wrth dîm yr ysbyty hefyd. Gall meddyg yno wirio a oes angen i chi gael eich gweld yn gynt.
        Gall eich GP hefyd ofyn i'r ysbyty eich gweld chi'n gynt, neu wneud yr atgyfeiriad yn un brys.
    .if-not = Os nad yw tîm yr ysbyty wedi eich ffonio chi'n ôl erbyn diwedd y diwrnod gwaith nesaf, ffoniwch eto. Peidiwch ag aros amdanyn nhw os ydych chi'n teimlo'n waeth: ffoniwch eich meddygfa neu NHS 111 yr un diwrnod.
    .ask =
        Pa newidiadau ddylai wneud i mi eich ffonio chi?
        Alla i gael fy ngweld yn gynt os bydda i'n gwaethygu?

referral-appointment =
    .title = Eich apwyntiad cyntaf
    .body =
        Rydych chi'n gweld tîm yr ysbyty. Efallai y byddan nhw'n siarad â chi, yn eich archwilio neu'n gwneud profion.
        Ewch â'ch llythyr, rhestr o'ch meddyginiaethau ac unrhyw gwestiynau sydd gennych chi.
        Os na allwch chi fynd, dywedwch wrth dîm yr ysbyty cyn gynted ag y gallwch chi, fel y gallan nhw roi eich apwyntiad i rywun arall.
    .if-not = Os yw eich apwyntiad yn cael ei ganslo, dylai tîm yr ysbyty roi dyddiad newydd i chi. Ffoniwch nhw os nad ydych chi wedi cael un.
    .ask =
        Beth ydych chi'n meddwl yw'r broblem?
        Beth sy'n digwydd nesaf, a phwy fydd yn ei wneud?
        Pwy ddylwn i ei ffonio os bydd gen i gwestiwn yn nes ymlaen?

referral-letter =
    .title = Mae'r ysbyty yn ysgrifennu at eich GP
    .body =
        Ar ôl eich apwyntiad, mae tîm yr ysbyty yn ysgrifennu at eich GP os oes angen i'ch GP wneud rhywbeth. Llythyr clinig yw'r enw ar hyn. Dylech chi gael copi hefyd.
    .if-not = Os nad yw eich meddygfa wedi cael y llythyr erbyn yr amser sy'n cael ei ddangos, ffoniwch dîm yr ysbyty. Gofynnwch iddyn nhw ei anfon.
    .ask =
        Fydda i'n cael copi o'r llythyr?
        Oes unrhyw beth mae angen i'm GP ei wneud?

referral-after =
    .title = Beth mae'r ysbyty yn ei wneud nesaf
    .body =
        Os oes angen rhagor o brofion arnoch chi, tîm yr ysbyty sy'n gofyn amdanyn nhw. Maen nhw'n dweud y canlyniadau wrthych chi.
        Os oes angen i chi ddod yn ôl, dylai tîm yr ysbyty ddweud wrthych chi sut bydd hyn yn cael ei drefnu. Weithiau eich cyfrifoldeb chi yw cysylltu â nhw.
        Os oes angen i chi weld tîm arall yn yr ysbyty am broblem gysylltiedig, mae'r ysbyty yn eich anfon chi yno. Does dim angen i chi fynd yn ôl at eich GP yn gyntaf.
    .if-not = Os cawsoch chi wybod y byddech chi'n clywed am brawf neu apwyntiad a dydych chi ddim wedi clywed, ffoniwch dîm yr ysbyty.
    .ask =
        Oes angen i mi eich gweld chi eto?
        Fyddwch chi'n ei drefnu, neu a ddylwn i gysylltu â chi?
        Pwy sy'n dweud canlyniadau fy mhrofion wrtha i?
