# Journey: Leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Gadael yr ysbyty
    .summary = Beth ddylai fod gennych chi cyn i chi fynd adref, a phwy i'w ffonio ar ôl i chi adael.
    .intro = Rydych chi'n mynd adref ar ôl aros yn yr ysbyty. Dyma beth ddylai tîm yr ysbyty ei wneud cyn i chi adael. Mae hefyd yn dweud pwy i'w ffonio os oes gennych chi gwestiynau.
    .keywords = gadael yr ysbyty, mynd adref, adref o'r ysbyty, rhyddhau, cael fy rhyddhau, llythyr rhyddhau, crynodeb rhyddhau, meddyginiaethau newydd, meddyginiaeth, tabledi, presgripsiwn, sgil-effeithiau, nodyn ffitrwydd, nodyn salwch, i ffwrdd o'r gwaith, ward, rhif ffôn y ward, cwestiynau ar ôl yr ysbyty, apwyntiad dilynol, gofal wedyn, rhestr wirio, grwpiau cymorth, discharge, discharge summary, medicines, prescription, fit note, sick note, follow-up

leaving-hospital-medicines =
    .title = Eich meddyginiaethau newydd
    .body =
        Os oes angen meddyginiaeth newydd arnoch chi, mae'r ysbyty yn rhoi digon am o leiaf 7 diwrnod i chi fynd adref gyda chi. Os yw'r cwrs yn fyrrach, rydych chi'n cael y cyfan.
        Os oes rhaid i feddyginiaeth ddechrau nawr, mae'r ysbyty yn rhoi'r cyflenwad cyntaf i chi. Ddylech chi ddim gorfod ei gael gan eich GP (meddyg teulu).
        Dylai'r staff ddweud wrthych chi beth yw pwrpas pob meddyginiaeth. Dylen nhw hefyd ddweud wrthych chi am ei sgil-effeithiau. Sgil-effaith yw problem y gall meddyginiaeth ei hachosi.
    .if-not = Os ydych chi ar fin gadael heb eich meddyginiaethau newydd, gofynnwch i staff y ward. Os ydych chi gartref yn barod, ffoniwch y ward.
    .ask =
        Beth yw pwrpas pob meddyginiaeth?
        Pa sgil-effeithiau ddylwn i gadw llygad amdanyn nhw?
        Pwy sy'n rhoi rhagor i mi pan fydd y rhain yn gorffen?

leaving-hospital-fit-note =
    .title = Nodyn ffitrwydd ar gyfer y gwaith
    .body =
        Nodyn ar gyfer eich gwaith yw nodyn ffitrwydd. Mae'n dweud a ydych chi'n ddigon iach i weithio. Mae rhai pobl yn ei alw'n nodyn salwch.
        Os oes angen amser i ffwrdd o'r gwaith arnoch chi, mae'r ysbyty yn rhoi nodyn ffitrwydd i chi. Dylai gynnwys yr holl amser maen nhw'n meddwl y byddwch chi i ffwrdd.
        Felly ddylech chi ddim gorfod gofyn i'ch GP am un ar gyfer yr amser hwnnw.
    .if-not = Os byddwch chi'n gadael heb nodyn ffitrwydd, ffoniwch y ward a gofynnwch am un.
    .ask =
        Am faint o amser fydd angen i mi fod i ffwrdd o'r gwaith?
        Ydy fy nodyn ffitrwydd yn cynnwys yr holl amser hwnnw?

leaving-hospital-check =
    .title = Gwiriwch cyn i chi adael
    .body =
        Cyn i chi fynd adref, gwiriwch fod y pethau hyn gennych chi.
        Wythnos o unrhyw feddyginiaethau newydd. Beth yw pwrpas pob un, a'i sgil-effeithiau. Taflen am eich gofal.
        Rhif ffôn tîm yr ysbyty. Nodyn ffitrwydd, os oes angen un arnoch chi. Sut bydd eich apwyntiad nesaf yn cael ei drefnu.
        Enwau grwpiau sy'n gallu eich helpu, fel elusennau.
    .if-not = Os oes rhywbeth ar goll, gofynnwch i staff y ward cyn i chi adael. Os ydych chi gartref yn barod, ffoniwch y ward.
    .ask =
        Pwy ddylwn i ei ffonio os bydd gen i gwestiwn gartref?
        Sut bydd fy apwyntiad nesaf yn cael ei drefnu?
        Oes grŵp sy'n gallu fy helpu i?

leaving-hospital-letter =
    .title = Mae'r ysbyty yn ysgrifennu at eich GP
    .body =
        Pan fyddwch chi'n gadael, mae tîm yr ysbyty yn ysgrifennu llythyr at eich GP. Crynodeb rhyddhau yw'r enw arno. Ystyr rhyddhau yw gadael yr ysbyty.
        Mae'n dweud wrth eich GP beth ddigwyddodd tra oeddech chi yn yr ysbyty. Dylai gyrraedd eich GP o fewn 24 awr.
    .if-not = Os yw eich meddygfa yn dweud nad yw wedi cael y llythyr, ffoniwch y ward. Gofynnwch iddyn nhw ei anfon.
    .ask =
        Alla i gael copi o fy nghrynodeb rhyddhau?
        Oes angen i'm GP wneud unrhyw beth?

leaving-hospital-questions =
    .title = Os oes gennych chi gwestiynau gartref
    .body =
        Os oes gennych chi gwestiwn am eich arhosiad neu eich meddyginiaethau newydd, ffoniwch y ward. Mae'r rhif ar eich llythyr gan y ward.
        Dylai tîm y ward eich ateb eu hunain. Ddylen nhw ddim dweud wrthych chi am ofyn i'ch GP.
        Os ydych chi'n teimlo'n sâl ac yn ansicr beth i'w wneud, ffoniwch eich meddygfa neu NHS 111. Mewn argyfwng, ffoniwch 999.
    .if-not = Os na allwch chi gael gafael ar y ward, gofynnwch am y tîm cyngor i gleifion yn yr ysbyty.
    .ask =
        Pwy ddylwn i ei ffonio os oes gen i broblem gyda fy meddyginiaethau?
        Pryd ddylwn i eich ffonio chi, a phryd ddylwn i ffonio fy GP?
