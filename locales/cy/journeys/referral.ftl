# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Mae eich GP wedi eich anfon at dîm yn yr ysbyty
    .summary = Pwy sy'n trefnu eich apwyntiad cyntaf, faint o amser mae'n ei gymryd, a phwy i'w ffonio tra byddwch chi'n aros.
    .intro = Mae eich GP (meddyg teulu) yn meddwl y dylai tîm yn yr ysbyty eich gweld chi. Atgyfeiriad yw'r enw ar hyn. Dyma beth sy'n digwydd nesaf, a phwy sy'n gwneud pob rhan.
    .keywords = atgyfeiriad, atgyfeirio, wedi fy atgyfeirio, arbenigwr, llythyr ysbyty, trefnu apwyntiad, apwyntiad, ymgynghorydd, clinig, rhestr aros, meddyg teulu, referral, referred, specialist, hospital letter, e-referral, booking, appointment, consultant, clinic, waiting list

referral-sent =
    .title = Mae eich GP yn anfon yr atgyfeiriad
    .body =
        Mae eich GP yn ysgrifennu at dîm yr ysbyty. Maen nhw'n dweud beth yw'r broblem a pham mae angen i chi gael eich gweld.
        Weithiau mae'r ysbyty yn gofyn am brofion yn gyntaf, fel prawf gwaed. Os felly, mae eich GP yn gwneud y rhain cyn anfon yr atgyfeiriad.
    .if-not = Os nad ydych chi wedi clywed dim ar ôl 2 wythnos, cysylltwch â'ch meddygfa. Gofynnwch iddyn nhw a yw'r atgyfeiriad wedi'i anfon.
    .ask =
        At ba dîm yn yr ysbyty ydych chi'n fy anfon i?
        Oes angen unrhyw brofion arna i yn gyntaf?
        Fydd yr atgyfeiriad yn cael ei nodi'n frys?

referral-booking =
    .title = Rydych chi'n cael llythyr, e-bost neu neges destun i drefnu apwyntiad
    .body =
        Efallai y byddwch chi'n cael llythyr gyda rhif archebu a chyfrinair. Cadwch y llythyr yn ddiogel.
        Neu efallai y byddwch chi'n cael e-bost neu neges destun gan "NHS Referrals". Mae ganddo ddolen sy'n agor yr NHS App neu wefan yr NHS.
        Defnyddiwch y ddolen i ddewis dyddiad ac amser, neu i ffonio'r tîm trefnu apwyntiadau.
    .if-not = Os nad oes dim yn dod o fewn 2 wythnos, ffoniwch y rhif ar eich llythyr atgyfeirio. Os nad oes gennych chi lythyr, gofynnwch i'ch meddygfa.
    .ask =
        Alla i ddewis pa ysbyty rydw i'n mynd iddo?
        Alla i gael galwad ffôn neu alwad fideo yn lle hynny?
        Alla i ddod â rhywun gyda mi?

referral-waiting =
    .title = Rydych chi'n aros am eich apwyntiad cyntaf
    .body =
        Tîm yr ysbyty sy'n gofalu am eich lle ar y rhestr. All eich GP ddim gwneud i'r apwyntiad ddod yn gynt.
        Efallai y bydd yr ysbyty yn anfon neges destun atoch chi i wirio bod angen i chi gael eich gweld o hyd. Atebwch, os gwelwch yn dda, neu gallech chi golli eich lle.
        Gallwch chi weld yr amser aros cyfartalog ar gyfer pob ysbyty ar wefan My Planned Care. Cyfartaledd yn unig yw hwn.
        Os oes gennych chi gwestiwn am eich apwyntiad, gofynnwch i dîm yr ysbyty. Dylen nhw eich ateb chi, nid eich anfon yn ôl at eich GP.
    .if-not = Os nad ydych chi wedi clywed gan yr ysbyty erbyn pryd y dywedon nhw, ffoniwch dîm yr ysbyty.
    .ask =
        Pa mor hir yw'r aros am y tîm hwn?
        Pwy ddylwn i ei ffonio os bydd fy nghynlluniau'n newid?

referral-worse =
    .title = Os byddwch chi'n gwaethygu tra byddwch chi'n aros
    .body =
        Os yw'r broblem y cawsoch chi eich anfon amdani yn gwaethygu, dywedwch wrth dîm yr ysbyty. Nhw sy'n penderfynu a ddylech chi gael eich gweld yn gynt.
        Os ydych chi'n teimlo'n sâl ac yn ansicr beth i'w wneud, ffoniwch eich meddygfa neu NHS 111.
        Mewn argyfwng, ffoniwch 999.
        Os oes gennych chi broblem newydd sydd ddim yn gysylltiedig â hon, ewch at eich GP fel arfer.
    .if-not = Os nad yw tîm yr ysbyty yn eich ffonio chi'n ôl, ffoniwch eto. Os ydych chi'n teimlo'n waeth, ffoniwch NHS 111 neu eich GP.
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

referral-after =
    .title = Ar ôl eich apwyntiad
    .body =
        Mae tîm yr ysbyty yn ysgrifennu at eich GP o fewn 10 diwrnod os oes angen i'ch GP wneud rhywbeth. Dylech chi gael copi hefyd.
        Os oes angen rhagor o brofion arnoch chi, tîm yr ysbyty sy'n eu gwneud ac yn dweud y canlyniadau wrthych chi.
        Os oes angen i chi weld tîm arall yn yr ysbyty am broblem gysylltiedig, mae'r ysbyty yn eich anfon chi yno. Does dim angen i chi fynd yn ôl at eich GP yn gyntaf.
    .if-not = Os nad ydych chi wedi cael llythyr ar ôl 2 wythnos, ffoniwch dîm yr ysbyty.
    .ask =
        Fydda i'n cael copi o'r llythyr?
        Oes angen i mi eich gweld chi eto?
        Oes unrhyw beth mae angen i'm GP ei wneud?
