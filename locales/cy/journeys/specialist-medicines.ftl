# Journey: A medicine started by a hospital specialist.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Mae arbenigwr yn yr ysbyty yn dechrau meddyginiaeth newydd
    .summary = Pwy sy'n rhoi'r feddyginiaeth i chi, pwy sy'n rhoi rhagor i chi, a phwy i'w holi am sgil-effeithiau a phrofion.
    .intro = Mae arbenigwr yn yr ysbyty wedi eich dechrau chi ar feddyginiaeth newydd. Dyma pwy sy'n ei rhoi i chi a phwy sy'n rhoi rhagor i chi. Mae hefyd yn dweud pwy i'w holi os oes gennych chi broblem gyda hi.
    .keywords = presgripsiwn, tabledi, moddion, meddyginiaeth, meddyginiaeth newydd, presgripsiwn amlroddadwy, gofal a rennir, cytundeb gofal a rennir, sgil-effeithiau, prawf gwaed, monitro, rhedeg allan, presgripsiwn ysbyty, cyffur arbenigol, fferyllfa, meddyg teulu, prescription, tablets, medicine, medication, repeat prescription, shared care, side effects, blood test, pharmacy

specialist-medicines-start =
    .title = Mae'r ysbyty yn dechrau eich meddyginiaeth
    .body =
        Mae arbenigwr yn yr ysbyty yn penderfynu bod angen meddyginiaeth newydd arnoch chi.
        Os oes angen i chi ei dechrau nawr, mae'r ysbyty yn rhoi'r presgripsiwn cyntaf i chi. Presgripsiwn yw'r nodyn sy'n gadael i chi gael meddyginiaeth.
        Does dim angen i chi fynd at eich GP (meddyg teulu) am y cyflenwad cyntaf hwn.
    .if-not = Os dywedwyd wrthych chi am ddechrau meddyginiaeth nawr ond na chawsoch chi hi, ffoniwch dîm yr ysbyty.
    .ask =
        Beth yw pwrpas y feddyginiaeth hon?
        Pryd a sut dylwn i ei chymryd?
        Oes taflen amdani?

specialist-medicines-week =
    .title = Rydych chi'n cael digon am o leiaf 7 diwrnod
    .body =
        Pan fyddwch chi'n gadael yr ysbyty neu'r clinig, dylai fod gennych chi ddigon o unrhyw feddyginiaeth newydd am o leiaf 7 diwrnod. Os yw'r cwrs yn fyrrach, rydych chi'n cael y cyfan.
        Cyn i chi fynd, gofynnwch beth yw pwrpas pob meddyginiaeth. Gofynnwch pa sgil-effeithiau allai fod ganddi. Sgil-effaith yw rhywbeth diangen y gall meddyginiaeth ei wneud.
        Gofynnwch am daflen, ac am rif ffôn tîm yr ysbyty.
    .if-not = Os gwnaethoch chi adael gyda llai na 7 diwrnod o feddyginiaeth newydd, ffoniwch dîm yr ysbyty ar unwaith.
    .ask =
        Faint o'r feddyginiaeth hon fyddwch chi'n ei rhoi i mi?
        Pwy sy'n rhoi rhagor i mi pan fydd hi'n gorffen?
        Pwy ddylwn i ei ffonio os bydd gen i broblem gyda hi?

specialist-medicines-more =
    .title = Pwy sy'n rhoi rhagor i chi
    .body =
        Mae angen i arbenigwr gadw llygad ar rai meddyginiaethau. Os yw'r ysbyty wedi dechrau un o'r rhain, mae'r ysbyty yn dal i'w rhoi i chi.
        Weithiau mae'r ysbyty yn gofyn i'ch GP gymryd drosodd. Mae angen cytundeb gofal a rennir ar gyfer hyn. Cynllun y mae'r ysbyty a'ch GP ill dau yn cytuno iddo yw hwn.
        Dim ond os yw eich GP wedi dweud ie y gall gymryd drosodd. Tan hynny, yr ysbyty sy'n rhoi rhagor i chi.
    .if-not = Os ydych chi bron â gorffen y feddyginiaeth ac nad oes neb wedi rhoi rhagor i chi, ffoniwch dîm yr ysbyty. Gwnewch hyn cyn iddi orffen.
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
        Dylen nhw ateb eich cwestiynau. Ddylen nhw ddim dweud wrthych chi am ofyn i'ch GP yn unig.
        Os ydych chi'n teimlo'n sâl ac yn ansicr beth i'w wneud, ffoniwch NHS 111. Mewn argyfwng, ffoniwch 999.
    .if-not = Os nad yw tîm yr ysbyty yn eich ffonio chi'n ôl, ffoniwch eto. Os ydych chi'n teimlo'n waeth, ffoniwch NHS 111 neu eich GP.
    .ask =
        Pa sgil-effeithiau ddylai wneud i mi eich ffonio chi?
        Beth ddylwn i ei wneud os bydda i'n colli dos?
