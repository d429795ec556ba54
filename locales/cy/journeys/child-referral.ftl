# Journey: Your child has been referred to a children's doctor.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Mae eich plentyn yn cael ei anfon at feddyg plant
    .summary = Pwy sy'n trefnu apwyntiad eich plentyn, pwy i'w ffonio tra byddwch chi'n aros, a phwy sy'n dweud y canlyniadau wrthych chi.
    .intro = Mae eich GP (meddyg teulu) eisiau i feddyg plant yn yr ysbyty weld eich plentyn. Fel y rhiant neu'r gofalwr, rydych chi'n cael gwybod beth sy'n digwydd i'ch plentyn. Dyma beth sy'n digwydd nesaf, a phwy sy'n gwneud pob rhan.
    .keywords = plentyn, plant, fy mhlentyn, mab, merch, babi, pediatregydd, pediatreg, meddyg plant, ysbyty plant, atgyfeirio plentyn, atgyfeiriad, llythyr ysbyty, apwyntiad, rhestr aros, rhiant, gofalwr, child, paediatrician, children's doctor, referral, appointment, waiting list

child-referral-sent =
    .title = Mae eich GP yn anfon yr atgyfeiriad
    .body =
        Mae eich GP yn ysgrifennu at feddyg plant yn yr ysbyty. Pediatregydd yw'r enw ar y meddyg hwn. Atgyfeiriad yw'r enw ar anfon eich plentyn atyn nhw.
        Weithiau mae'r ysbyty yn gofyn am brofion yn gyntaf, fel prawf gwaed. Os felly, mae eich GP yn gwneud y rhain cyn anfon yr atgyfeiriad.
        Rydych chi'n cael gwybod yr un pethau ag y byddai claf sy'n oedolyn yn cael gwybod. Rydych chi'n cael gwybod ar ran eich plentyn.
    .if-not = Os nad ydych chi wedi clywed dim ar ôl 2 wythnos, cysylltwch â'ch meddygfa. Gofynnwch iddyn nhw a yw'r atgyfeiriad wedi'i anfon.
    .ask =
        Pam mae angen i fy mhlentyn weld pediatregydd?
        Oes angen unrhyw brofion ar fy mhlentyn yn gyntaf?
        Fydd yr atgyfeiriad yn cael ei nodi'n frys?

child-referral-booking =
    .title = Rydych chi'n cael llythyr, e-bost neu neges destun i drefnu apwyntiad
    .body =
        Efallai y byddwch chi'n cael llythyr gyda rhif archebu a chyfrinair. Cadwch y llythyr yn ddiogel.
        Neu efallai y byddwch chi'n cael e-bost neu neges destun gan "NHS Referrals". Mae ganddo ddolen sy'n agor yr NHS App neu wefan yr NHS.
        Defnyddiwch y ddolen i ddewis dyddiad ac amser i'ch plentyn, neu i ffonio'r tîm trefnu apwyntiadau.
    .if-not = Os nad oes dim yn dod o fewn 2 wythnos, ffoniwch y rhif ar eich llythyr atgyfeirio. Os nad oes gennych chi lythyr, gofynnwch i'ch meddygfa.
    .ask =
        Alla i ddewis pa ysbyty mae fy mhlentyn yn mynd iddo?
        Allwn ni gael apwyntiad yn agos at ble rydyn ni'n byw?

child-referral-waiting =
    .title = Mae eich plentyn yn aros i gael ei weld
    .body =
        Tîm yr ysbyty sy'n gofalu am le eich plentyn ar y rhestr. All eich GP ddim gwneud i'r apwyntiad ddod yn gynt.
        Efallai y bydd yr ysbyty yn anfon neges destun atoch chi i wirio bod angen i'ch plentyn gael ei weld o hyd. Atebwch, os gwelwch yn dda, neu gallai eich plentyn golli ei le.
        Os oes gennych chi gwestiwn am yr apwyntiad, gofynnwch i dîm yr ysbyty. Dylen nhw eich ateb chi, nid eich anfon yn ôl at eich GP.
    .if-not = Os nad ydych chi wedi clywed gan yr ysbyty erbyn pryd y dywedon nhw, ffoniwch dîm yr ysbyty.
    .ask =
        Pa mor hir yw'r aros am y tîm hwn?
        Pwy ddylwn i ei ffonio os bydd ein cynlluniau'n newid?

child-referral-worse =
    .title = Os bydd eich plentyn yn gwaethygu tra byddwch chi'n aros
    .body =
        Os yw'r broblem yn gwaethygu, dywedwch wrth dîm yr ysbyty. Nhw sy'n penderfynu a ddylai eich plentyn gael ei weld yn gynt.
        Os yw eich plentyn yn sâl a'ch bod chi'n ansicr beth i'w wneud, ffoniwch eich meddygfa neu NHS 111.
        Mewn argyfwng, ffoniwch 999.
        Os oes gan eich plentyn broblem newydd sydd ddim yn gysylltiedig â hon, ewch at eich GP fel arfer.
    .if-not = Os nad yw tîm yr ysbyty yn eich ffonio chi'n ôl, ffoniwch eto. Os yw eich plentyn i'w weld yn waeth, ffoniwch NHS 111 neu eich GP.
    .ask =
        Pa newidiadau ddylai wneud i mi eich ffonio chi?
        All fy mhlentyn gael ei weld yn gynt os bydd yn gwaethygu?

child-referral-visit =
    .title = Apwyntiad cyntaf eich plentyn
    .body =
        Mae eich plentyn yn gweld y pediatregydd neu rywun arall yn y tîm plant. Efallai y byddan nhw'n siarad â'r ddau ohonoch chi, yn archwilio eich plentyn neu'n gwneud profion.
        Dewch â'r llythyr, rhestr o feddyginiaethau eich plentyn ac unrhyw gwestiynau sydd gennych chi.
        Dylai un tîm fod yn gyfrifol am bob rhan o ofal eich plentyn. Os nad ydych chi'n siŵr pa dîm yw hwnnw, gofynnwch.
    .if-not = Os yw'r apwyntiad yn cael ei ganslo, dylai tîm yr ysbyty roi dyddiad newydd i chi. Ffoniwch nhw os nad ydych chi wedi cael un.
    .ask =
        Beth ydych chi'n meddwl yw'r broblem?
        Pa dîm sy'n gyfrifol am bob rhan o ofal fy mhlentyn?
        Pwy ddylwn i ei ffonio os bydd gen i gwestiwn yn nes ymlaen?

child-referral-results =
    .title = Canlyniadau profion a beth sy'n dod nesaf
    .body =
        Os yw tîm yr ysbyty yn gofyn am brawf, nhw sy'n gwirio'r canlyniad ac yn dweud wrthych chi. Mae hyn yn wir hyd yn oed os yw'r gwaed yn cael ei gymryd yn eich meddygfa.
        Mae tîm yr ysbyty yn ysgrifennu at eich GP o fewn 10 diwrnod os oes angen i'ch GP wneud rhywbeth. Dylech chi gael copi hefyd.
    .if-not = Os yw canlyniad yn hwyr, cysylltwch â'r tîm a ofynnodd am y prawf. Os nad ydych chi wedi cael llythyr ar ôl 2 wythnos, ffoniwch dîm yr ysbyty.
    .ask =
        Pryd a sut byddwch chi'n dweud y canlyniadau wrtha i?
        Oes angen i fy mhlentyn eich gweld chi eto?
        Oes unrhyw beth mae angen i'n GP ni ei wneud?
