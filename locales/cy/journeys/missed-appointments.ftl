# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Os byddwch chi'n colli neu'n canslo apwyntiad yn yr ysbyty
    .summary = Beth i'w wneud os na allwch chi fynd i apwyntiad yn yr ysbyty, a phwy sy'n trefnu un newydd.
    .intro = Weithiau allwch chi ddim mynd i apwyntiad yn yr ysbyty. Dyma beth i'w wneud, a phwy sy'n trefnu dyddiad newydd. Y rhan fwyaf o'r amser, ddylech chi ddim gorfod dechrau eto gyda'ch GP (meddyg teulu).
    .keywords = colli apwyntiad, wedi colli apwyntiad, colli, anghofio, wedi anghofio fy apwyntiad, canslo, wedi canslo, methu mynd, ddim yn gallu mynd, newid apwyntiad, symud apwyntiad, aildrefnu, trefnu eto, dyddiad newydd, heb fynychu, wedi fy rhyddhau, llythyr rhyddhau, ysbyty wedi canslo, llawdriniaeth wedi'i chanslo, ysbyty wedi symud fy apwyntiad, atgyfeirio eto, yn ôl at y meddyg teulu, missed appointment, cancel, cancelled, reschedule, rebook, did not attend, DNA, discharged, discharge letter, operation cancelled, surgery cancelled, back to GP

missed-appointments-tell =
    .title = Dywedwch wrth yr ysbyty cyn gynted ag y gallwch chi
    .body =
        Os na allwch chi fynd i apwyntiad yn yr ysbyty, dywedwch wrth dîm yr ysbyty cyn gynted ag y gallwch chi. Defnyddiwch y rhif ar eich llythyr neu eich neges destun.
        Yna gallan nhw roi eich apwyntiad i rywun arall.
        Tra byddwch chi'n siarad â nhw, gofynnwch am ddyddiad newydd.
    .if-not = Os na allwch chi gael gafael arnyn nhw, rhowch gynnig arall arni y diwrnod gwaith nesaf. Mae rhai ysbytai hefyd yn gadael i chi newid eich apwyntiad ar-lein neu drwy neges destun.
    .ask =
        Alla i gael dyddiad newydd nawr?
        Alla i gael galwad ffôn neu alwad fideo yn lle hynny?

missed-appointments-rebook =
    .title = Mae'r ysbyty yn trefnu dyddiad newydd
    .body =
        Tîm yr ysbyty sy'n trefnu eich dyddiad newydd. Nid eich GP sy'n gwneud hyn.
        Os gwnaethoch chi golli eich apwyntiad heb ddweud wrthyn nhw, ffoniwch dîm yr ysbyty cyn gynted ag y gallwch chi. Dywedwch wrthyn nhw fod angen i chi gael eich gweld o hyd.
        Ddylai ysbyty ddim cael rheol sy'n anfon pawb sy'n colli apwyntiad yn ôl at eu GP.
    .if-not = Os yw'r ysbyty yn dweud wrthych chi am fynd yn ôl at eich GP, gofynnwch pam. Gofynnwch a allan nhw roi dyddiad newydd i chi yn lle hynny.
    .ask =
        Pryd mae fy nyddiad newydd?
        Beth sy'n digwydd os bydda i'n colli apwyntiad arall?

missed-appointments-discharged =
    .title = Os ydych chi'n cael llythyr yn dweud eich bod chi wedi cael eich rhyddhau
    .body =
        Ar ôl apwyntiad a gafodd ei golli, mae meddyg yn yr ysbyty yn edrych ar eich nodiadau. Efallai y byddan nhw'n penderfynu nad oes angen eich gweld chi. Yna maen nhw'n anfon llythyr atoch chi ac at eich GP. Llythyr rhyddhau yw'r enw ar hyn.
        Os oes gennych chi'r broblem o hyd, ffoniwch dîm yr ysbyty yn gyntaf. Dywedwch wrthyn nhw pam gwnaethoch chi golli'r apwyntiad. Gofynnwch a allan nhw eich gweld chi.
        Os na allan nhw, cysylltwch â'ch meddygfa. Gall eich GP eich atgyfeirio chi eto os oes angen hynny arnoch chi o hyd.
    .if-not = Os nad ydych chi'n siŵr a ydych chi ar y rhestr o hyd, ffoniwch dîm yr ysbyty a gofynnwch. Peidiwch ag aros i gael gwybod.
    .ask =
        Ydw i ar eich rhestr o hyd?
        Allwch chi fy ngweld i, nawr fy mod i wedi egluro?

missed-appointments-hospital-cancels =
    .title = Os yw'r ysbyty yn canslo
    .body =
        Weithiau mae'n rhaid i'r ysbyty ganslo neu symud eich apwyntiad.
        Os bydd hyn yn digwydd, dylai tîm yr ysbyty roi dyddiad newydd i chi. Eu gwaith nhw yw hyn, nid gwaith eich GP.
        Efallai y bydd yr ysbyty yn canslo eich llawdriniaeth ar y diwrnod, am reswm sydd ddim yn ymwneud â'ch iechyd. Yna dylai gynnig dyddiad newydd i chi o fewn 28 diwrnod. Os na all wneud hynny, dylai dalu i chi ei chael mewn ysbyty arall.
        Os byddwch chi'n gwaethygu tra byddwch chi'n aros, cysylltwch â'ch meddygfa neu NHS 111 yr un diwrnod, a dywedwch wrth dîm yr ysbyty. Mewn argyfwng, ffoniwch 999.
    .if-not = Os nad ydych chi wedi cael dyddiad newydd, ffoniwch dîm yr ysbyty.
    .ask =
        Pam cafodd fy apwyntiad ei ganslo?
        Pryd bydda i'n cael dyddiad newydd?
