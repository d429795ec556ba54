# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Ar ôl i chi weld tîm yn yr ysbyty
    .summary = Beth sy'n digwydd ar ôl i chi weld tîm yn yr ysbyty, a phwy sy'n gwneud pob peth.
    .intro = Rydych chi wedi gweld tîm yr ysbyty mewn clinig. Dyma beth sy'n digwydd nesaf. Mae'n dweud pwy sy'n gwneud pob rhan, a phwy i'w holi.
    .keywords = ar ôl apwyntiad, ar ôl clinig, claf allanol, llythyr clinig, llythyr at y meddyg teulu, llythyr ysbyty, llythyr ymgynghorydd, apwyntiad dilynol, apwyntiad nesaf, dod yn ôl, rhagor o brofion, llythyr yn gofyn i'r meddyg teulu wneud prawf, pwy sy'n trefnu'r prawf, canlyniadau, pwy i gysylltu â nhw, pwy i'w holi, cwestiynau, cwyn, cwyno, PALS, cyngor i gleifion, problem gyda'r ysbyty, meddyg teulu a'r ysbyty, gofyn i'r meddyg teulu, anfon at dîm arall, after appointment, outpatient, clinic letter, follow-up, letter asks GP to do a test, who books the test, complaint, GP

after-appointment-letter =
    .title = Mae'r ysbyty yn ysgrifennu at eich GP
    .body =
        Ar ôl eich apwyntiad, mae tîm yr ysbyty yn ysgrifennu llythyr amdano. Llythyr clinig yw'r enw ar hyn.
        Os oes angen i'ch GP (meddyg teulu) wneud rhywbeth, mae'r llythyr yn dweud beth. Dylech chi gael copi hefyd.
        Mae tîm yr ysbyty ei hun yn gwneud y rhannau eraill o'ch cynllun.
    .if-not = Os nad yw eich meddygfa wedi cael y llythyr erbyn yr amser sy'n cael ei ddangos, ffoniwch dîm yr ysbyty. Gofynnwch iddyn nhw ei anfon.
    .ask =
        Oes angen i'm GP wneud unrhyw beth?
        Alla i gael copi o'r llythyr?
        Pwy fydd yn gwneud pob rhan o fy nghynllun?

after-appointment-gp-task =
    .title = Os yw'r llythyr yn gofyn i'ch GP wneud rhywbeth
    .body =
        Weithiau mae'r llythyr yn gofyn i'ch GP wneud tasg, fel prawf neu bresgripsiwn newydd.
        Arhoswch nes bod y llythyr wedi cyrraedd eich GP. Yna cysylltwch â'ch meddygfa i'w drefnu neu i ofyn amdano.
        Os gofynnodd tîm yr ysbyty am brawf eu hunain, dylen nhw ddweud wrthych chi sut i'w drefnu. Maen nhw hefyd yn rhoi'r canlyniad i chi.
    .if-not = Os nad yw eich meddygfa yn siŵr beth mae'r llythyr yn ei ofyn, gallan nhw ofyn i dîm yr ysbyty. Gallwch chi hefyd ffonio tîm yr ysbyty eich hun.
    .ask =
        Pwy sy'n trefnu'r prawf hwn, chi neu fy GP?
        Pwy fydd yn dweud y canlyniad wrtha i?

after-appointment-tests =
    .title = Mae'r ysbyty yn gwneud ei brofion ei hun
    .body =
        Os yw tîm yr ysbyty eisiau i chi gael rhagor o brofion, maen nhw'n gofyn amdanyn nhw. Maen nhw'n gwirio'r canlyniadau ac yn dweud wrthych chi beth maen nhw'n ei olygu.
        Mae ble rydych chi'n cael y prawf yn dibynnu ar ble rydych chi'n byw. Gofynnwch i dîm yr ysbyty ble i fynd.
        Ble bynnag mae'r prawf yn cael ei wneud, tîm yr ysbyty a ofynnodd amdano sy'n dweud y canlyniad wrthych chi.
    .if-not = Os nad ydych chi wedi clywed am ganlyniad erbyn yr amser a roddwyd i chi, ffoniwch dîm yr ysbyty.
    .ask =
        Pam mae angen y prawf hwn arna i?
        Ble ydw i'n mynd ar ei gyfer?
        Sut a phryd byddwch chi'n dweud y canlyniad wrtha i?

after-appointment-next =
    .title = Os oes angen i chi ddod yn ôl
    .body =
        Os oes angen i chi weld y tîm eto, dylen nhw ddweud wrthych chi sut bydd hyn yn cael ei drefnu. Pan fydd yr ysbyty eisiau eich gweld chi eto, mae'n trefnu'r apwyntiad neu'r prawf ei hun.
        Mae rhai timau yn gofyn i chi gysylltu â nhw pan fydd eu hangen nhw arnoch chi yn lle hynny. Apwyntiad dilynol a drefnir gan y claf yw'r enw ar hyn. Gofynnwch am ba hyd y gallwch chi wneud hyn. Mae'r canllaw ar apwyntiadau dilynol yn dweud mwy.
        Os oes angen i chi weld tîm gwahanol yn yr ysbyty am broblem gysylltiedig, mae tîm yr ysbyty yn eich anfon chi yno. Does dim angen i chi fynd yn ôl at eich GP yn gyntaf.
    .if-not = Gawsoch chi wybod y byddai'r ysbyty yn trefnu eich apwyntiad nesaf? Os nad ydych chi wedi clywed dim erbyn pryd y dywedon nhw, ffoniwch dîm yr ysbyty.
    .ask =
        Oes angen i mi ddod yn ôl, a phryd?
        Fyddwch chi'n trefnu fy apwyntiad nesaf, neu a ddylwn i gysylltu â chi?
        Oes angen i mi weld unrhyw dîm arall?

after-appointment-questions =
    .title = Os oes gennych chi gwestiwn
    .body =
        Rhaid i'r ysbyty ddweud wrthych chi sut i gysylltu ag ef. Edrychwch ar eich llythyr clinig neu ar wefan yr ysbyty.
        Os oes gennych chi gwestiwn am eich gofal yn yr ysbyty, gofynnwch i dîm yr ysbyty. Dylen nhw ei ateb eu hunain. Ddylen nhw ddim dweud wrthych chi am ofyn i'ch GP.
    .if-not = Os na allwch chi gael ateb, gofynnwch am y tîm cyngor i gleifion yn yr ysbyty. Maen nhw'n helpu pan fydd pethau'n mynd o chwith.
    .ask =
        Beth yw'r ffordd orau o gysylltu â chi?
        Pwy ddylwn i ei holi am fy meddyginiaethau newydd?

after-appointment-problems =
    .title = Os bydd pethau'n mynd o chwith
    .body =
        Weithiau mae pethau'n mynd o chwith rhwng eich GP a'r ysbyty. Er enghraifft, efallai y bydd y naill yn dweud mai'r llall ddylai wneud tasg.
        Os bydd hyn yn digwydd, gofynnwch am dîm cyngor i gleifion yr ysbyty. PALS yw'r enw arno yn aml. Maen nhw'n helpu pan fydd pethau'n mynd o chwith.
        Mae gan bob ysbyty arweinydd penodol hefyd. Gwaith yr arweinydd yw helpu'r ysbyty a'r meddygfeydd i weithio'n dda gyda'i gilydd.
    .if-not = Os na all y tîm cyngor i gleifion helpu, gofynnwch iddyn nhw sut i wneud cwyn. Gallwch chi hefyd ddweud wrth eich meddygfa.
    .ask =
        Pwy fydd yn datrys hyn?
        Allwch chi ddweud am hyn wrth yr arweinydd sy'n gweithio gyda meddygfeydd?
