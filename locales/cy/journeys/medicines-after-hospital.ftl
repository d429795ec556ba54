# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Eich meddyginiaethau pan fyddwch chi'n dod adref o'r ysbyty
    .summary = Pwy sy'n rhoi meddyginiaethau newydd i chi, pwy sy'n newid eich rhestr bresgripsiynau amlroddadwy, a beth i'w wneud cyn iddyn nhw orffen.
    .intro = Efallai y bydd eich meddyginiaethau'n newid pan fyddwch chi'n aros yn yr ysbyty neu'n gweld tîm yn yr ysbyty. Dyma pwy sy'n rhoi pob cyflenwad i chi, pwy sy'n diweddaru eich rhestr, a phwy i'w holi.
    .keywords = meddyginiaethau ar ôl yr ysbyty, meddyginiaethau newydd, meddyginiaethau wedi newid, meddyginiaethau wedi'u stopio, tabledi, moddion, presgripsiwn amlroddadwy, rhestr amlroddadwy, rhedeg allan, gorffen, cyflenwad cyntaf, fferyllfa, fferyllydd, meddyginiaethau rhyddhau, teneuo'r gwaed, cemotherapi, llinell gymorth, pa feddyginiaethau ydw i'n eu cymryd, medicines after hospital, new medicines, tablets, medication, repeat prescription, running out, pharmacy, pharmacist, blood thinner, chemotherapy, helpline

medicines-after-hospital-first-supply =
    .title = Mae'r ysbyty yn rhoi'r cyflenwad cyntaf i chi
    .body =
        Ar ôl aros yn yr ysbyty, dylech chi fynd adref gyda digon o unrhyw feddyginiaeth newydd am o leiaf 7 diwrnod. Os yw'r cwrs yn fyrrach, rydych chi'n cael y cyfan.
        Ar ôl apwyntiad mewn clinig, mae'n wahanol. Os oes angen i chi ddechrau nawr, mae'r ysbyty yn rhoi digon i chi nes bod eich GP (meddyg teulu) wedi cael y llythyr clinig. Fel arall, mae'r llythyr yn gofyn i'ch GP roi presgripsiwn amdani.
    .if-not = Os ydych chi ar fin gadael heb feddyginiaeth newydd sydd ei hangen arnoch chi nawr, gofynnwch i staff y ward neu'r clinig. Os ydych chi gartref yn barod, ffoniwch y ward neu dîm yr ysbyty.
    .ask =
        Oes angen i mi ddechrau'r feddyginiaeth hon nawr?
        Faint ydych chi'n ei roi i mi?
        Fydd fy GP yn rhoi rhagor i mi, neu chi?

medicines-after-hospital-list =
    .title = Rydych chi'n cael rhestr o'ch meddyginiaethau
    .body =
        Cyn i chi adael, dylai tîm y ward ddweud wrthych chi pa feddyginiaethau sy'n newydd, pa rai sydd wedi newid, a pha rai y dylech chi eu stopio.
        Mae'r rhestr hon hefyd yn y llythyr mae'r ysbyty yn ei anfon at eich GP. Gofynnwch am gopi.
        Peidiwch â dal i gymryd meddyginiaeth y mae'r ysbyty wedi'i stopio, oni bai fod meddyg yn dweud wrthych chi am wneud hynny.
    .if-not = Os nad ydych chi'n siŵr pa feddyginiaethau i'w cymryd, ffoniwch y ward. Neu gofynnwch i fferyllydd.
    .ask =
        Pa rai o fy meddyginiaethau sy'n newydd, wedi newid neu wedi'u stopio?
        Alla i gael rhestr ysgrifenedig?

medicines-after-hospital-pharmacy =
    .title = Gall eich fferyllfa wirio eich meddyginiaethau
    .body =
        Efallai y bydd yr ysbyty yn anfon manylion eich meddyginiaethau newydd at eich fferyllfa arferol. Yna gall y fferyllydd siarad amdanyn nhw gyda chi.
        Mae'r fferyllydd yn cymharu eich rhestr newydd â'r hyn roeddech chi'n arfer ei gymryd. Gallan nhw sylwi ar broblemau.
        Gallwch chi ofyn i'r ward anfon eich manylion at y fferyllfa rydych chi'n ei defnyddio.
    .if-not = Os nad yw'r fferyllfa wedi clywed gan yr ysbyty, ewch â'ch llythyr gan y ward atyn nhw. Gofynnwch iddyn nhw ei wirio.
    .ask =
        Allwch chi anfon fy meddyginiaethau at fy fferyllfa?
        All y fferyllydd wirio fy rhestr newydd gyda mi?

medicines-after-hospital-repeat =
    .title = Mae eich meddygfa yn diweddaru eich rhestr bresgripsiynau amlroddadwy
    .body =
        Mae eich meddygfa yn cael llythyr gan yr ysbyty. Yna mae'n diweddaru eich presgripsiynau amlroddadwy.
        Gwiriwch eich rhestr amlroddadwy cyn i chi archebu. Gwnewch yn siŵr ei bod yn dangos eich meddyginiaethau newydd, ac nid y rhai rydych chi wedi'u stopio.
        Archebwch bob presgripsiwn amlroddadwy mewn digon o amser, fel na fyddwch chi'n rhedeg allan.
    .if-not = Os yw eich rhestr amlroddadwy yn anghywir, neu os nad yw'r feddyginiaeth newydd arni, cysylltwch â'ch meddygfa. Os nad yw'r llythyr ganddyn nhw eto, ffoniwch dîm yr ysbyty neu'r ward.
    .ask =
        Ydych chi wedi cael fy llythyr gan yr ysbyty?
        Ydy fy rhestr amlroddadwy yn gyfredol?

medicines-after-hospital-running-out =
    .title = Os yw eich meddyginiaeth ar fin gorffen
    .body =
        Os bydd eich meddyginiaeth yn gorffen cyn bo hir a does gan eich GP ddim y llythyr, ffoniwch dîm yr ysbyty neu'r ward. Gofynnwch iddyn nhw anfon y llythyr neu roi rhagor i chi.
        Os yw eich meddygfa ar gau a bod angen meddyginiaeth arnoch chi heddiw, ffoniwch NHS 111. Gallan nhw eich helpu i'w chael gan fferyllfa.
    .if-not = Os na all neb helpu a'ch bod chi'n teimlo'n sâl heb eich meddyginiaeth, ffoniwch NHS 111 yr un diwrnod. Mewn argyfwng, ffoniwch 999.
    .ask =
        Beth ddylwn i ei wneud os bydd fy meddyginiaeth yn gorffen ar y penwythnos?
        Ydy hi'n ddiogel colli dos o'r feddyginiaeth hon?

medicines-after-hospital-high-risk =
    .title = Meddyginiaethau sydd angen help cyflym
    .body =
        Gyda rhai meddyginiaethau, mae angen help cyflym arnoch chi os ydych chi'n teimlo'n sâl. Mae meddyginiaethau canser yn un math. Mae meddyginiaethau sy'n teneuo eich gwaed, neu'n ei gwneud hi'n anoddach ymladd germau, yn rhai eraill.
        Dylai tîm yr ysbyty roi rhif llinell gymorth i chi ar gyfer y rhain. Mae rhai ar agor ddydd a nos. Cadwch y rhif gyda chi.
        Os ydych chi'n teimlo'n sâl iawn, defnyddiwch y llinell gymorth ar unwaith. Mewn argyfwng, ffoniwch 999.
    .if-not = Os nad oes gennych chi rif llinell gymorth, ffoniwch dîm yr ysbyty a gofynnwch am un. Os ydych chi'n teimlo'n sâl ac yn methu cael gafael arnyn nhw, ffoniwch NHS 111 yr un diwrnod.
    .ask =
        Oes llinell gymorth ar gyfer y feddyginiaeth hon?
        Pa arwyddion sy'n golygu y dylwn i ei ffonio ar unwaith?
