# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Symud o ofal preifat i'r NHS
    .summary = Pwy sy'n rhoi meddyginiaethau a phrofion i chi ar ôl i chi weld meddyg preifat, a sut i ymuno â rhestr yr NHS.
    .intro = Rydych chi wedi gweld meddyg preifat, a nawr rydych chi eisiau cael rhywfaint o'ch gofal ar yr NHS. Mae rhai pethau'n symud drosodd a rhai ddim. Dyma pwy sy'n gwneud beth.
    .keywords = preifat, meddyg preifat, clinig preifat, ysbyty preifat, ymgynghorydd preifat, presgripsiwn preifat, talu, yswiriant, newid i'r NHS, rhestr aros yr NHS ar ôl gofal preifat, meddyg teulu ddim yn rhoi presgripsiwn, profion preifat, private, private doctor, private clinic, private hospital, private consultant, private prescription, paid, insurance, switch to NHS, NHS waiting list after private, GP will not prescribe, private tests

private-care-clinic =
    .title = Mae'r clinig preifat yn gofalu am yr hyn y mae'n ei ddechrau
    .body =
        Mae'r clinig preifat yn rhoi'r presgripsiwn cyntaf i chi ar gyfer unrhyw beth y mae'n ei ddechrau. Rydych chi'n talu amdano.
        Os yw'r meddyg preifat yn gofyn am brofion neu archwiliadau, mae'r clinig preifat yn eu gwneud ac yn dweud y canlyniadau wrthych chi.
        Dylai'r clinig preifat ysgrifennu at eich GP (meddyg teulu) am eich gofal.
    .if-not = Os oes gennych chi gwestiwn am eich gofal preifat, cysylltwch â'r clinig preifat. Mae eu manylion ar eich llythyr.
    .ask =
        Fyddwch chi'n ysgrifennu at fy GP?
        Pwy sy'n gwneud fy mhrofion a fy archwiliadau?

private-care-gp-prescribing =
    .title = Efallai y bydd eich GP yn cymryd drosodd rai meddyginiaethau
    .body =
        Gallwch chi ofyn i'ch GP roi presgripsiwn am feddyginiaeth a ddechreuodd y meddyg preifat. Eich GP sy'n penderfynu a yw hyn yn iawn i chi.
        Efallai y bydd eich GP yn dweud na. Gall hyn fod oherwydd bod angen i arbenigwr gadw llygad ar y feddyginiaeth. Neu efallai nad yw'n cael ei rhoi ar yr NHS fel arfer.
        Os yw eich GP yn dweud na, mae'r clinig preifat yn dal i'w rhoi i chi.
    .if-not = Os yw eich meddyginiaeth ar fin gorffen, cysylltwch â'r clinig preifat cyn iddi orffen.
    .ask =
        Allwch chi roi presgripsiwn am hyn ar yr NHS?
        Os na allwch chi, beth ddylwn i ei wneud?

private-care-nhs-list =
    .title = Ymuno â rhestr aros yr NHS
    .body =
        I gael eich gweld gan dîm mewn ysbyty NHS, fel arfer mae angen atgyfeiriad NHS arnoch chi. Siaradwch â'ch GP.
        Eich GP sy'n penderfynu a oes angen atgyfeiriad arnoch chi. Gofynnwch i'ch GP sut bydd hyn yn gweithio i chi.
    .if-not = Os nad ydych chi'n siŵr sut mae'r rheolau'n gweithio yn eich ardal chi, gofynnwch i'ch meddygfa.
    .ask =
        Allwch chi fy atgyfeirio i at yr NHS ar gyfer hyn?
        Fydd rhaid i mi aros o'r dechrau?

private-care-worse =
    .title = Os byddwch chi'n gwaethygu
    .body =
        Os byddwch chi'n gwaethygu llawer, neu os oes gennych chi symptomau newydd sy'n eich poeni, cysylltwch â'ch meddygfa neu ffoniwch NHS 111 yr un diwrnod. Mewn argyfwng, ffoniwch 999.
        Dywedwch hefyd wrth y meddyg preifat sy'n eich trin chi.
    .if-not = Os nad oes neb wedi eich ffonio chi'n ôl erbyn diwedd y diwrnod gwaith nesaf, ffoniwch eto. Os ydych chi'n teimlo'n waeth, ffoniwch NHS 111 yr un diwrnod.
    .ask =
        Pwy ydw i'n ei ffonio os bydda i'n gwaethygu yn y nos?
