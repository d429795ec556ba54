# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Mae meddyg yn yr ysbyty yn eich dechrau chi ar feddyginiaeth newydd
    .summary = Pwy sy'n rhoi'r feddyginiaeth i chi, pwy sy'n rhoi rhagor i chi, a phwy i'w holi am sgil-effeithiau a phrofion.
    .intro = Mae arbenigwr yn yr ysbyty wedi eich dechrau chi ar feddyginiaeth newydd. Meddyg sy'n gwybod llawer am un math o broblem iechyd yw arbenigwr. Dyma pwy sy'n ei rhoi i chi a phwy sy'n rhoi rhagor i chi. Mae hefyd yn dweud pwy i'w holi os oes gennych chi broblem gyda hi.
    .keywords = presgripsiwn, tabledi, moddion, meddyginiaeth, meddyginiaeth newydd, arbenigwr wedi dechrau meddyginiaeth, meddyginiaeth o'r clinig, presgripsiwn amlroddadwy, gofal a rennir, cytundeb gofal a rennir, sgil-effeithiau, prawf gwaed, monitro, rhedeg allan, presgripsiwn ysbyty, cyffur arbenigol, fferyllfa, meddyg teulu, prescription, tablets, medicine, medication, specialist started a medicine, clinic medicine, repeat prescription, shared care, shared care agreement, side effects, blood test, pharmacy

specialist-medicines-start =
    .title = Mae'r ysbyty yn rhoi'r cyflenwad cyntaf i chi
    .body =
        Mae arbenigwr yn yr ysbyty yn penderfynu bod angen meddyginiaeth newydd arnoch chi.
        Os oes angen i chi ei dechrau nawr, mae'r ysbyty yn rhoi'r cyflenwad cyntaf i chi. Does dim angen i chi fynd at eich GP (meddyg teulu) am hyn.
        Ar ôl aros yn yr ysbyty, rydych chi'n cael digon am o leiaf 7 diwrnod, neu'r cyfan os yw'r cwrs yn fyrrach.
        Ar ôl apwyntiad mewn clinig, mae'r ysbyty yn rhoi digon i chi am nawr os oes ei hangen arnoch chi ar unwaith. Neu mae'r llythyr clinig yn gofyn i'ch GP roi presgripsiwn amdani.
    .if-not = Os dywedwyd wrthych chi am ddechrau meddyginiaeth nawr ond na chawsoch chi hi, ffoniwch dîm yr ysbyty.
    .ask =
        Beth yw pwrpas y feddyginiaeth hon?
        Pryd a sut dylwn i ei chymryd?
        Fyddwch chi'n ei rhoi i mi, neu fy GP?

specialist-medicines-gp =
    .title = Eich GP sy'n rhoi presgripsiwn am y rhan fwyaf o feddyginiaethau ar ôl hynny
    .body =
        Ar gyfer y rhan fwyaf o feddyginiaethau, mae'r llythyr clinig yn gofyn i'ch GP roi presgripsiwn am ragor. Presgripsiwn yw'r nodyn sy'n gadael i chi gael meddyginiaeth.
        Arhoswch nes bod y llythyr gan eich meddygfa. Yna gofynnwch iddyn nhw ychwanegu'r feddyginiaeth at eich presgripsiynau amlroddadwy.
        Archebwch bob presgripsiwn amlroddadwy mewn digon o amser, fel na fyddwch chi'n rhedeg allan.
    .if-not = Os nad yw eich meddygfa wedi cael y llythyr a'ch bod chi'n mynd i redeg allan cyn bo hir, ffoniwch dîm yr ysbyty. Gofynnwch iddyn nhw anfon y llythyr, neu roi rhagor i chi.
    .ask =
        Ydych chi wedi anfon y llythyr at fy GP?
        Faint fyddwch chi'n ei roi i mi tan hynny?

specialist-medicines-shared-care =
    .title = Meddyginiaethau y mae'n rhaid i arbenigwr eu gwirio
    .body =
        Mae angen i arbenigwr gadw llygad ar rai meddyginiaethau. Os yw'r ysbyty wedi dechrau un o'r rhain, mae'r ysbyty yn dal i'w rhoi i chi.
        Weithiau mae'r ysbyty yn gofyn i'ch GP gymryd drosodd. Mae angen cytundeb gofal a rennir ar gyfer hyn. Cynllun y mae'r ysbyty, eich GP a chi i gyd yn cytuno iddo yw hwn.
        Does dim rhaid i'ch GP ddweud ie. Nes bod pawb wedi cytuno, yr ysbyty sy'n rhoi rhagor i chi.
    .if-not = Os ydych chi bron â rhedeg allan a does neb wedi rhoi rhagor i chi, ffoniwch dîm yr ysbyty. Gwnewch hyn cyn i chi redeg allan.
    .ask =
        Fyddwch chi'n dal i roi'r feddyginiaeth hon i mi, neu fy GP?
        Ydy fy GP wedi cytuno i ofal a rennir?
        Sut mae gofyn am ragor?

specialist-medicines-checks =
    .title = Profion gwaed i wirio eich meddyginiaeth
    .body =
        Mae angen profion gwaed ar rai meddyginiaethau i wirio eu bod yn ddiogel i chi. Gofynnwch a oes angen rhai ar eich un chi.
        Gofynnwch pwy sy'n gwneud y profion a pha mor aml.
        Y tîm sy'n gofyn am brawf sy'n gwirio'r canlyniad. Maen nhw'n dweud wrthych chi beth mae'n ei olygu.
    .if-not = Os yw canlyniad yn hwyr, cysylltwch â'r tîm a ofynnodd am y prawf. Gofynnwch iddyn nhw beth ddangosodd y prawf.
    .ask =
        Oes angen profion gwaed ar gyfer y feddyginiaeth hon?
        Pwy sy'n eu gwneud nhw, a pha mor aml?
        Pwy sy'n dweud y canlyniadau wrtha i?

specialist-medicines-problems =
    .title = Os oes gennych chi broblem gyda hi
    .body =
        Os ydych chi'n meddwl bod y feddyginiaeth yn achosi problem, ffoniwch y tîm yn yr ysbyty a'i dechreuodd hi.
        Mae gan rai meddyginiaethau, fel meddyginiaethau canser, linell gymorth sydd ar agor ddydd a nos. Os rhoddodd y tîm un i chi, defnyddiwch hi.
        Os ydych chi'n teimlo'n sâl iawn, ffoniwch NHS 111 neu eich meddygfa yr un diwrnod. Mewn argyfwng, ffoniwch 999.
    .if-not = Os nad yw tîm yr ysbyty wedi eich ffonio chi'n ôl erbyn diwedd y diwrnod gwaith nesaf, ffoniwch eto. Os ydych chi'n teimlo'n waeth, ffoniwch NHS 111 neu eich GP yr un diwrnod.
    .ask =
        Pa sgil-effeithiau ddylai wneud i mi eich ffonio chi?
        Oes llinell gymorth ar gyfer y feddyginiaeth hon?
        Beth ddylwn i ei wneud os bydda i'n colli dos?
