# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Cael nodyn ffitrwydd
    .summary = Pryd mae angen nodyn ffitrwydd arnoch chi, pwy sy'n rhoi un i chi, a beth i'w wneud os na chawsoch chi un.
    .intro = Mae nodyn ffitrwydd yn dweud a ydych chi'n ddigon iach i weithio. Mae rhai pobl yn ei alw'n nodyn salwch. Dyma pryd mae angen un arnoch chi, pwy sy'n ei roi i chi, a beth i'w wneud os na chawsoch chi un.
    .keywords = nodyn salwch, nodyn ffitrwydd, i ffwrdd o'r gwaith, amser i ffwrdd o'r gwaith, nodyn meddyg, nodyn gan y meddyg, datganiad ffitrwydd i weithio, nodyn i'r gwaith, nodyn i'r bos, cyflogwr, tâl salwch, hunanardystio, ardystio eich hun, credyd cynhwysol, budd-daliadau, ESA, sick note, fit note, med 3, off work, doctor's note, sick pay, self certify, self-certification, Universal Credit, benefits, GP

fit-notes-first-week =
    .title = Y 7 diwrnod cyntaf i ffwrdd
    .body =
        Am y 7 diwrnod cyntaf rydych chi i ffwrdd yn sâl, does dim angen nodyn ffitrwydd arnoch chi. Mae hyn yn cyfrif diwrnodau pan nad ydych chi'n gweithio hefyd.
        Rydych chi'n dweud wrth eich cyflogwr eich hun. Mae gan rai cyflogwyr ffurflen ar gyfer hyn.
        Os ydych chi i ffwrdd am fwy na 7 diwrnod, mae angen nodyn ffitrwydd arnoch chi.
    .if-not = Os yw eich cyflogwr yn gofyn am nodyn ffitrwydd ar gyfer y 7 diwrnod cyntaf, dywedwch wrthyn nhw y gallwch chi lenwi eu ffurflen nhw, neu'r ffurflen ar wefan GOV.UK.
    .ask =
        Oes angen nodyn ffitrwydd arna i eto?
        Sut ydw i'n dweud wrth fy nghyflogwr fy mod i i ffwrdd yn sâl?

fit-notes-hospital =
    .title = Mae'r ysbyty yn rhoi un i chi
    .body =
        Ydy tîm yr ysbyty yn disgwyl i chi fod i ffwrdd o'r gwaith am fwy o amser na hynny? Yna maen nhw'n rhoi nodyn ffitrwydd i chi cyn i chi adael.
        Dylai gynnwys yr holl amser maen nhw'n disgwyl i chi fod i ffwrdd. Felly ddylech chi ddim gorfod cael ail un gan eich GP (meddyg teulu) am hyn.
        Gallwch chi ei roi i'ch cyflogwr. Gallwch chi hefyd ei ddefnyddio ar gyfer budd-daliadau, fel Universal Credit (Credyd Cynhwysol).
    .if-not = Os byddwch chi'n gadael heb un, ffoniwch dîm yr ysbyty. Gofynnwch iddyn nhw anfon nodyn ffitrwydd atoch chi.
    .ask =
        Am faint o amser ydych chi'n meddwl y bydda i i ffwrdd o'r gwaith?
        Alla i gael nodyn ffitrwydd am yr holl amser hwnnw?
        Alla i wneud rhywfaint o waith, neu waith ysgafnach?

fit-notes-who =
    .title = Pwy all ei lofnodi
    .body =
        Does dim rhaid i nodyn ffitrwydd ddod gan feddyg.
        Gall nyrs, fferyllydd, ffisiotherapydd neu therapydd galwedigaethol roi un i chi, os ydyn nhw wedi eich archwilio chi.
        Mae ffisiotherapydd yn helpu eich corff i symud. Mae therapydd galwedigaethol yn eich helpu i wneud tasgau bob dydd.
        Felly efallai mai'r person sy'n eich trin chi fydd yn rhoi eich nodyn ffitrwydd i chi.
    .if-not = Os na all y person sy'n eich trin chi roi un i chi, gofynnwch iddyn nhw pwy yn eu tîm sy'n gallu.
    .ask =
        Allwch chi roi nodyn ffitrwydd i mi?
        Os na, pwy yn eich tîm chi sy'n gallu?

fit-notes-missing =
    .title = Os na chawsoch chi un
    .body =
        Os oedd yr ysbyty yn disgwyl i chi fod i ffwrdd o'r gwaith ond heb roi nodyn ffitrwydd i chi, ffoniwch y tîm yn yr ysbyty a wnaeth eich trin chi.
        Eu gwaith nhw yw rhoi un i chi. Ddylai eich GP ddim gorfod ei wneud ar eu rhan.
    .if-not = Os nad yw tîm yr ysbyty yn helpu, gofynnwch am dîm cyngor i gleifion yr ysbyty.
    .ask =
        Allwch chi anfon fy nodyn ffitrwydd ata i drwy'r post neu drwy e-bost?
        Ydy e'n cynnwys yr holl amser mae angen i mi fod i ffwrdd?

fit-notes-gp =
    .title = Pan fydd eich GP yn ei roi
    .body =
        Mae eich meddygfa yn rhoi nodiadau ffitrwydd ar gyfer problemau mae eich GP yn eu trin.
        Ar gyfer problem mae'r ysbyty yn ei thrin, gofynnwch i dîm yr ysbyty yn gyntaf.
        Os nad ydych chi'n siŵr pwy sy'n eich trin chi am broblem, gofynnwch i'ch meddygfa.
    .if-not = Os na allwch chi gael nodyn ffitrwydd gan unrhyw un, gofynnwch i'ch meddygfa beth i'w wneud.
    .ask =
        Pwy sy'n fy nhrin i am y broblem hon?
        Allwch chi roi nodyn ffitrwydd i mi ar ei chyfer?
