# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Tra byddwch chi'n aros am apwyntiad yn yr ysbyty
    .summary = Pwy sy'n gofalu amdanoch chi tra byddwch chi'n aros, a phwy i gysylltu â nhw os byddwch chi'n gwaethygu.
    .intro = Rydych chi ar restr i weld tîm yn yr ysbyty. Dyma pwy sy'n gwneud beth tra byddwch chi'n aros. Mae hefyd yn dweud pwy i'w ffonio os byddwch chi'n gwaethygu.
    .keywords = rhestr aros, amser aros, aros, pa mor hir, aros yn hir, dal i aros, gwaethygu, teimlo'n waeth, symptomau'n waeth, symptomau newydd, yn gynt, cyflymu, symud i fyny'r rhestr, dyddiad apwyntiad, pryd mae fy apwyntiad, my planned care, aros cyfartalog, neges destun gan yr ysbyty, oes angen eich apwyntiad arnoch chi o hyd, pwysedd gwaed, cadw'n iach, problemau iechyd eraill, holi'r ysbyty, meddyg teulu, waiting list, waiting time, how long, getting worse, appointment date, average wait, blood pressure

waiting-list =
    .title = Mae'r ysbyty yn cadw eich lle
    .body =
        Tîm yr ysbyty sy'n gofalu am y rhestr a'ch lle arni.
        Gallwch chi weld yr amser aros cyfartalog ar wefan My Planned Care. Mae'n dangos pob ysbyty a phob math o ofal. Mae'n cael ei diweddaru bob wythnos.
        Cyfartaledd yn unig yw hwn, felly gall eich amser aros chi fod yn hirach neu'n fyrrach. Dydy'r wefan ddim yn dangos amseroedd aros ar gyfer gofal canser.
    .if-not = Os nad ydych chi wedi clywed gan yr ysbyty erbyn pryd y dywedon nhw, ffoniwch dîm yr ysbyty. Gofynnwch iddyn nhw wirio eich bod chi ar y rhestr.
    .ask =
        Tua faint o amser bydda i'n aros?
        Pwy ddylwn i ei ffonio os bydd fy nghynlluniau'n newid?
        Fyddwch chi'n dweud wrtha i os bydd yr aros yn mynd yn hirach?

waiting-check =
    .title = Mae'r ysbyty yn gwirio bod angen i chi ddod o hyd
    .body =
        Efallai y bydd yr ysbyty yn cysylltu â chi i wirio bod angen eich apwyntiad arnoch chi o hyd. Neges destun yw hyn yn aml.
        Atebwch os gallwch chi, os gwelwch yn dda. Os nad oes angen yr apwyntiad arnoch chi mwyach, dywedwch hynny. Yna gall rhywun arall gael eich lle.
        Os nad ydych chi'n ateb, dydych chi ddim yn colli eich lle dim ond am hynny. Bydd yr ysbyty yn ceisio cysylltu â chi mewn ffordd arall, neu'n gofyn i'ch GP (meddyg teulu).
        Mae rhai negeseuon testun sy'n edrych fel eu bod nhw'n dod gan yr NHS yn sgamiau. Fydd yr NHS ddim yn gofyn i chi dalu na rhoi manylion eich banc. Os nad ydych chi'n siŵr bod neges destun yn wir, peidiwch â defnyddio ei dolen. Ffoniwch y rhif ar eich llythyr gan yr ysbyty.
    .if-not = Os gwnaethoch chi golli'r neges destun, neu ateb drwy gamgymeriad, ffoniwch dîm yr ysbyty a dywedwch wrthyn nhw.
    .ask =
        Sut byddwch chi'n cysylltu â mi?
        Beth os bydda i'n colli eich neges destun?

waiting-care =
    .title = Mae eich GP yn dal i ofalu amdanoch chi
    .body =
        Mae eich meddygfa yn dal i ofalu am eich problemau iechyd eraill. Er enghraifft, maen nhw'n helpu i gadw eich pwysedd gwaed dan reolaeth.
        Mae hyn yn bwysig. Mae'n helpu i wneud yn siŵr nad oes oedi gyda'ch triniaeth yn yr ysbyty.
        Gallwch chi helpu hefyd. Daliwch ati i gymryd eich meddyginiaethau. Ewch i'ch archwiliadau.
        Os oes gennych chi broblem newydd sydd ddim yn gysylltiedig â'r un rydych chi'n aros amdani, ewch at eich GP fel arfer.
    .if-not = Os yw'n amser am eich archwiliad a'ch bod chi heb glywed dim, cysylltwch â'ch meddygfa.
    .ask =
        Beth alla i ei wneud i gadw'n iach tra bydda i'n aros?
        Ydy fy mhroblemau iechyd eraill dan reolaeth?
        Pryd mae fy archwiliad nesaf?

waiting-worse =
    .title = Os byddwch chi'n gwaethygu
    .body =
        Os byddwch chi'n gwaethygu llawer, neu os oes gennych chi symptomau newydd sy'n eich poeni, cysylltwch â'ch meddygfa neu ffoniwch NHS 111 yr un diwrnod.
        Mewn argyfwng, ffoniwch 999.
        Dywedwch wrth dîm yr ysbyty hefyd. Gall meddyg yno wirio a oes angen i chi gael eich gweld yn gynt.
        Gall eich GP hefyd ofyn i'r ysbyty eich gweld chi'n gynt, neu wneud yr atgyfeiriad yn un brys.
    .if-not = Os nad yw tîm yr ysbyty wedi eich ffonio chi'n ôl erbyn diwedd y diwrnod gwaith nesaf, ffoniwch eto. Peidiwch ag aros amdanyn nhw os ydych chi'n teimlo'n waeth: ffoniwch eich meddygfa neu NHS 111 yr un diwrnod.
    .ask =
        Pa newidiadau ddylai wneud i mi eich ffonio chi?
        Pwy ddylwn i ei ffonio yn y nos neu ar y penwythnos?

waiting-questions =
    .title = Os oes gennych chi gwestiwn
    .body =
        Os oes gennych chi gwestiwn am eich apwyntiad, gofynnwch i dîm yr ysbyty. Rhaid i'r ysbyty ddweud wrthych chi sut i gysylltu ag ef. Edrychwch ar eich llythyr neu eich neges destun.
        Dylai tîm yr ysbyty eich ateb eu hunain. Ddylen nhw ddim dweud wrthych chi am ofyn i'ch GP.
        Os ydych chi wedi aros am amser hir, gallwch chi ofyn am fynd i ysbyty arall. Darllenwch y canllaw ar eich hawliau ar y rhestr aros.
    .if-not = Os na allwch chi gael ateb, gofynnwch am y tîm cyngor i gleifion yn yr ysbyty. Maen nhw'n helpu pan fydd pethau'n mynd o chwith.
    .ask =
        Beth yw'r ffordd orau o gysylltu â chi?
        Gyda phwy alla i siarad am fy lle ar y rhestr?
