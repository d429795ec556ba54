# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Eich hawliau pan fyddwch chi'n aros am ofal yn yr ysbyty
    .summary = Dewis eich ysbyty, gofyn am gael symud ar ôl aros yn hir, a sut i adnabod negeseuon testun ffug.
    .intro = Pan fydd eich GP (meddyg teulu) yn eich atgyfeirio chi, mae gennych chi hawliau ynghylch ble a pha mor fuan rydych chi'n cael eich gweld. Dyma beth ydyn nhw, a phwy i'w holi.
    .keywords = hawliau, fy hawliau, dewis, dewis ysbyty, dewis ble, ysbyty arall, symud ysbyty, aros llai, aros yn hir, 18 wythnos, aros yn rhy hir, neges destun rhestr aros, ydy'r neges hon yn wir, sgam, neges sgam, neges ffug, neges gan yr NHS, colli fy lle, cwyn, rights, choice, choose hospital, move hospital, shorter wait, long wait, 18 weeks, waiting list text, is this text real, scam, fake text, NHS text, lose my place, complaint

waiting-list-rights-choice =
    .title = Yn aml gallwch chi ddewis eich ysbyty
    .body =
        Pan fydd eich GP yn eich atgyfeirio chi, yn aml gallwch chi ddewis pa ysbyty neu glinig rydych chi'n mynd iddo. Dyma eich hawl yn Lloegr, ar gyfer y rhan fwyaf o atgyfeiriadau arferol.
        Gallwch chi gymharu amseroedd aros cyfartalog ar wefan My Planned Care. Gofynnwch i'ch GP pa leoedd y gallwch chi ddewis ohonyn nhw.
    .if-not = Os na chawsoch chi gynnig dewis a'ch bod chi eisiau un, gofynnwch i'ch meddygfa. Gallwch chi hefyd ofyn i'r tîm trefnu apwyntiadau pan fyddwch chi'n trefnu.
    .ask =
        O ba ysbytai alla i ddewis?
        Pa un sydd â'r aros byrraf?

waiting-list-rights-long-wait =
    .title = Os ydych chi wedi aros yn hir
    .body =
        Ar gyfer y rhan fwyaf o broblemau sydd ddim yn rhai brys, mae gennych chi hawl i ddechrau triniaeth o fewn 18 wythnos i atgyfeiriad. Mae hyn yng Nghyfansoddiad yr NHS (NHS Constitution).
        Mae llawer o amseroedd aros yn hirach na hyn nawr. Os yw eich un chi, gallwch chi ofyn am symud i ysbyty arall lle mae'r aros yn fyrrach.
        Gofynnwch i dîm yr ysbyty. Weithiau byddan nhw'n cysylltu â chi i gynnig hyn.
    .if-not = Os na all tîm yr ysbyty helpu, gofynnwch i'ch meddygfa. Gallwch chi hefyd ofyn i dîm cyngor i gleifion yr ysbyty.
    .ask =
        Alla i gael fy ngweld yn rhywle arall yn gynt?
        Fyddai symud yn newid pwy sy'n gofalu amdana i?

waiting-list-rights-texts =
    .title = Negeseuon testun sy'n gwirio bod angen eich gweld chi o hyd
    .body =
        Efallai y bydd yr ysbyty yn anfon neges destun i wirio bod angen eich apwyntiad arnoch chi o hyd. Atebwch os gallwch chi. Os nad oes ei angen arnoch chi mwyach, dywedwch hynny.
        Fyddwch chi ddim yn cael eich tynnu oddi ar y rhestr dim ond am nad oeddech chi wedi ateb. Dim ond chi neu feddyg sy'n gallu penderfynu nad oes angen eich gweld chi mwyach.
    .if-not = Os ydych chi'n poeni eich bod chi wedi cael eich tynnu oddi ar y rhestr, ffoniwch dîm yr ysbyty a gofynnwch.
    .ask =
        Ydw i ar eich rhestr o hyd?
        Sut byddwch chi'n cysylltu â mi?

waiting-list-rights-scams =
    .title = Sut i adnabod neges destun sgam
    .body =
        Mae rhai negeseuon testun yn esgus dod gan yr NHS. Efallai y byddan nhw'n dweud y byddwch chi'n colli eich lle oni bai eich bod chi'n clicio ar ddolen.
        Fydd yr NHS ddim yn gofyn i chi dalu, nac i roi manylion eich banc, i gadw eich lle neu i drefnu apwyntiad.
        Os nad ydych chi'n siŵr bod neges destun yn wir, peidiwch â defnyddio ei dolen. Ffoniwch y rhif ar eich llythyr gan yr ysbyty, neu gofynnwch i'ch meddygfa.
    .if-not = Os gwnaethoch chi glicio ar ddolen a rhoi manylion eich banc, ffoniwch eich banc ar unwaith.
    .ask =
        Ydy'r neges destun hon wir yn dod gennych chi?

waiting-list-rights-help =
    .title = Os ydych chi'n meddwl na chafodd eich hawliau eu parchu
    .body =
        Yn gyntaf, siaradwch â thîm yr ysbyty. Efallai y gallan nhw ddatrys y peth.
        Os na allan nhw, gofynnwch am dîm cyngor i gleifion yr ysbyty. Maen nhw'n helpu pan fydd pethau'n mynd o chwith. Gallan nhw hefyd ddweud wrthych chi sut i wneud cwyn.
    .if-not = Os na all y tîm cyngor i gleifion helpu, gofynnwch iddyn nhw sut i wneud cwyn. Gallwch chi hefyd ddweud wrth eich meddygfa.
    .ask =
        Pwy all fy helpu i gyda hyn?
        Sut ydw i'n gwneud cwyn?
