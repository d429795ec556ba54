# Journey: After a hospital appointment.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Ar ôl apwyntiad yn yr ysbyty
    .summary = Beth sy'n digwydd ar ôl i chi weld tîm yn yr ysbyty, a phwy sy'n gwneud pob peth.
    .intro = Rydych chi wedi gweld tîm yr ysbyty mewn clinig. Dyma beth sy'n digwydd nesaf. Mae'n dweud pwy sy'n gwneud pob rhan, a phwy i'w holi.
    .keywords = ar ôl apwyntiad, ar ôl clinig, claf allanol, llythyr clinig, llythyr at y meddyg teulu, llythyr ysbyty, llythyr ymgynghorydd, apwyntiad dilynol, apwyntiad nesaf, dod yn ôl, rhagor o brofion, canlyniadau, pwy i gysylltu â nhw, pwy i'w holi, cwestiynau, cwyn, cwyno, PALS, cyngor i gleifion, problem gyda'r ysbyty, meddyg teulu a'r ysbyty, gofyn i'r meddyg teulu, anfon at dîm arall, after appointment, outpatient, clinic letter, follow-up, complaint, GP

after-appointment-letter =
    .title = Mae'r ysbyty yn ysgrifennu at eich GP
    .body =
        Ar ôl eich apwyntiad, mae tîm yr ysbyty yn ysgrifennu llythyr amdano. Llythyr clinig yw'r enw ar hyn.
        Os oes angen i'ch GP (meddyg teulu) wneud rhywbeth, mae'r llythyr yn mynd at eich GP o fewn 10 diwrnod. Mae'n dweud beth sydd angen i'ch GP ei wneud.
        Mae tîm yr ysbyty ei hun yn gwneud y rhannau eraill o'ch cynllun.
    .if-not = Os nad yw eich GP wedi cael y llythyr ar ôl 2 wythnos, ffoniwch dîm yr ysbyty. Gofynnwch iddyn nhw ei anfon.
    .ask =
        Oes angen i'm GP wneud unrhyw beth?
        Alla i gael copi o'r llythyr?
        Pwy fydd yn gwneud pob rhan o fy nghynllun?

after-appointment-tests =
    .title = Mae'r ysbyty yn gwneud ei brofion ei hun
    .body =
        Os yw tîm yr ysbyty eisiau i chi gael rhagor o brofion, maen nhw'n gofyn amdanyn nhw. Maen nhw'n gwirio'r canlyniadau ac yn dweud wrthych chi beth maen nhw'n ei olygu.
        Mae hyn yn wir hyd yn oed os ydych chi'n cael prawf gwaed yn eich meddygfa. Yn aml, dydy eich GP ddim yn gallu gweld canlyniadau profion yr ysbyty.
    .if-not = Os nad ydych chi wedi clywed am ganlyniad erbyn yr amser a roddwyd i chi, ffoniwch dîm yr ysbyty.
    .ask =
        Pam mae angen y prawf hwn arna i?
        Sut a phryd byddwch chi'n dweud y canlyniad wrtha i?

after-appointment-next =
    .title = Os oes angen i chi ddod yn ôl
    .body =
        Os oes angen i chi weld y tîm eto, dylen nhw ddweud wrthych chi sut bydd hyn yn cael ei drefnu. Fel arfer, nhw sy'n ei drefnu.
        Os oes angen i chi weld tîm gwahanol yn yr ysbyty am broblem gysylltiedig, mae tîm yr ysbyty yn eich anfon chi yno. Does dim angen i chi fynd yn ôl at eich GP yn gyntaf.
    .if-not = Gawsoch chi wybod y byddech chi'n gweld y tîm eto? Os nad ydych chi wedi clywed dim, ffoniwch dîm yr ysbyty.
    .ask =
        Oes angen i mi ddod yn ôl, a phryd?
        Pwy fydd yn trefnu fy apwyntiad nesaf?
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
