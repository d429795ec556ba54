# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Pan fyddwch chi'n mynd adref o'r ysbyty
    .summary = Beth ddylai fod gennych chi cyn i chi fynd adref, a phwy i'w ffonio ar ôl i chi adael.
    .intro = Rydych chi'n mynd adref ar ôl aros yn yr ysbyty. Dyma beth ddylai tîm yr ysbyty ei wneud cyn i chi adael. Mae hefyd yn dweud pwy i'w ffonio os oes gennych chi gwestiynau.
    .keywords = gadael yr ysbyty, mynd adref, adref o'r ysbyty, rhyddhau, cael fy rhyddhau, llythyr rhyddhau, crynodeb rhyddhau, meddyginiaethau newydd, meddyginiaeth, tabledi, presgripsiwn, sgil-effeithiau, nodyn ffitrwydd, nodyn salwch, i ffwrdd o'r gwaith, ward, rhif ffôn y ward, cwestiynau ar ôl yr ysbyty, apwyntiad dilynol, gofal wedyn, gofal gartref, nyrs ardal, ailalluogi, ward rithwir, rhestr wirio, grwpiau cymorth, discharge, discharge summary, medicines, prescription, fit note, sick note, follow-up, care at home, district nurse, reablement, virtual ward

leaving-hospital-medicines =
    .title = Eich meddyginiaethau newydd
    .body =
        Os oes angen meddyginiaeth newydd arnoch chi, mae'r ysbyty yn rhoi digon am o leiaf 7 diwrnod i chi fynd adref gyda chi. Os yw'r cwrs yn fyrrach, rydych chi'n cael y cyfan.
        Ddylech chi ddim gorfod cael y cyflenwad cyntaf hwn gan eich GP (meddyg teulu). Os nad ydych chi'n ei gael, gofynnwch amdano cyn i chi adael.
        Dylai'r staff ddweud wrthych chi beth yw pwrpas pob meddyginiaeth. Dylen nhw hefyd ddweud wrthych chi am ei sgil-effeithiau. Sgil-effaith yw problem y gall meddyginiaeth ei hachosi.
        Mae'r canllaw ar feddyginiaethau ar ôl yr ysbyty yn dweud pwy sy'n rhoi rhagor i chi.
    .if-not = Os ydych chi ar fin gadael heb eich meddyginiaethau newydd, gofynnwch i staff y ward. Os ydych chi gartref yn barod, ffoniwch y ward.
    .ask =
        Beth yw pwrpas pob meddyginiaeth?
        Pa sgil-effeithiau ddylwn i gadw llygad amdanyn nhw?
        Pwy sy'n rhoi rhagor i mi pan fydd y rhain yn gorffen?

leaving-hospital-fit-note =
    .title = Nodyn ffitrwydd ar gyfer y gwaith
    .body =
        Nodyn ar gyfer eich gwaith yw nodyn ffitrwydd. Mae'n dweud a ydych chi'n ddigon iach i weithio. Mae rhai pobl yn ei alw'n nodyn salwch.
        Am y 7 diwrnod cyntaf i ffwrdd yn sâl, does dim angen nodyn ffitrwydd arnoch chi. Rydych chi'n llenwi ffurflen ar gyfer eich cyflogwr eich hun.
        Os oes angen mwy o amser i ffwrdd arnoch chi, mae'r ysbyty yn rhoi nodyn ffitrwydd i chi. Dylai gynnwys yr holl amser maen nhw'n meddwl y byddwch chi i ffwrdd.
        Felly ddylech chi ddim gorfod gofyn i'ch GP am un ar gyfer yr amser hwnnw.
    .if-not = Os byddwch chi'n gadael heb nodyn ffitrwydd sydd ei angen arnoch chi, ffoniwch y ward a gofynnwch am un.
    .ask =
        Am faint o amser fydd angen i mi fod i ffwrdd o'r gwaith?
        Ydy fy nodyn ffitrwydd yn cynnwys yr holl amser hwnnw?

leaving-hospital-care-at-home =
    .title = Gofal gartref
    .body =
        Mae angen help gartref ar rai pobl ar ôl aros yn yr ysbyty. Mae tîm y ward yn cynllunio hyn gyda chi cyn i chi adael.
        Efallai y bydd nyrs ardal yn ymweld. Neu efallai y bydd tîm yn eich helpu chi i ddechrau gwneud pethau drosoch chi eich hun eto am gyfnod byr.
        Mae tîm o'r ysbyty yn gofalu am rai pobl gartref yn lle eu bod nhw'n aros ar ward. Ward rithwir yw'r enw ar hyn weithiau. Mae'r tîm yn dweud wrthych chi sut i gysylltu â nhw, ddydd a nos.
    .if-not = Os nad yw help y cawsoch chi wybod amdano wedi dod, ffoniwch y rhif a roddodd y ward i chi ar ei gyfer. Os nad oes gennych chi rif, ffoniwch y ward.
    .ask =
        Fydd angen help arna i gartref?
        Pwy fydd yn dod, a phryd?
        Pwy ydw i'n ei ffonio os nad ydyn nhw'n dod?

leaving-hospital-check =
    .title = Gwiriwch cyn i chi adael
    .body =
        Cyn i chi fynd adref, gwiriwch fod y pethau hyn gennych chi.
        O leiaf 7 diwrnod o unrhyw feddyginiaethau newydd. Beth yw pwrpas pob un, a'i sgil-effeithiau. Taflen am eich gofal.
        Rhif ffôn y ward, a rhif tîm yr ysbyty. Nodyn ffitrwydd, os oes angen un arnoch chi. Sut bydd eich apwyntiad nesaf yn cael ei drefnu.
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
        Mae'n dweud wrth eich GP beth ddigwyddodd tra oeddech chi yn yr ysbyty, ac am unrhyw newidiadau i'ch meddyginiaethau. Dylech chi gael copi hefyd.
    .if-not = Os yw eich meddygfa yn dweud nad yw wedi cael y llythyr, ffoniwch y ward. Gofynnwch iddyn nhw ei anfon.
    .ask =
        Alla i gael copi o fy nghrynodeb rhyddhau?
        Oes angen i'm GP wneud unrhyw beth?

leaving-hospital-questions =
    .title = Os oes gennych chi gwestiynau gartref
    .body =
        Os oes gennych chi gwestiwn am eich arhosiad neu eich meddyginiaethau newydd, ffoniwch y ward. Mae'r rhif ar eich llythyr gan y ward yn aml.
        Os nad oes rhif y ward ar y llythyr, ffoniwch brif rif yr ysbyty. Gofynnwch iddyn nhw eich trosglwyddo chi i'r ward.
        Dylai tîm y ward eich ateb eu hunain. Ddylen nhw ddim dweud wrthych chi am ofyn i'ch GP.
        Os ydych chi'n teimlo'n sâl ac yn ansicr beth i'w wneud, ffoniwch eich meddygfa neu NHS 111 yr un diwrnod. Mewn argyfwng, ffoniwch 999.
    .if-not = Os nad yw'r ward wedi eich ffonio chi'n ôl erbyn diwedd y diwrnod gwaith nesaf, ffoniwch eto. Os na allwch chi gael drwodd, gofynnwch am y tîm cyngor i gleifion yn yr ysbyty.
    .ask =
        Pwy ddylwn i ei ffonio os oes gen i broblem gyda fy meddyginiaethau?
        Pryd ddylwn i eich ffonio chi, a phryd ddylwn i ffonio fy GP?
