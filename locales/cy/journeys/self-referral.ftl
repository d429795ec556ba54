# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Cael help heb weld eich GP yn gyntaf
    .summary = Gwasanaethau y gallwch chi fynd atyn nhw ar eich pen eich hun, beth all fferyllydd ei drin, a phwy sy'n gofalu amdanoch chi wedyn.
    .intro = Ar gyfer rhai problemau, does dim angen i chi weld eich GP (meddyg teulu) yn gyntaf. Gallwch chi gysylltu â'r gwasanaeth eich hun. Eich atgyfeirio eich hun yw'r enw ar hyn. Dyma sut mae'n gweithio, a phwy sy'n gwneud beth.
    .keywords = atgyfeirio fy hun, hunangyfeirio, heb y meddyg teulu, ffisio, ffisiotherapi, poen cefn, podiatreg, traed, problemau traed, clyw, awdioleg, bydwraig, beichiog, mamolaeth, iechyd rhywiol, therapïau siarad, pharmacy first, fferyllydd, fferyllfa, dolur gwddf, clust tost, sinwsitis, haint wrin, haint y llwybr wrinol, yr eryr, impetigo, brathiad pryfyn, refer myself, self referral, self-referral, physio, physiotherapy, back pain, podiatry, hearing, midwife, pregnant, sexual health, talking therapies, pharmacist, sore throat, earache, urine infection, UTI, shingles, insect bite

self-referral-services =
    .title = Lleoedd y gallwch chi fynd iddyn nhw ar eich pen eich hun
    .body =
        Gallwch chi gysylltu â rhai o wasanaethau'r NHS eich hun, heb weld eich GP yn gyntaf.
        Gall y rhain gynnwys ffisiotherapi ar gyfer cyhyrau a chymalau, gofal traed, profion clyw, a therapïau siarad. Gallwch chi hefyd gysylltu â bydwraig pan fyddwch chi'n feichiog, ac â chlinig iechyd rhywiol.
        Mae'r gwasanaethau y gallwch chi gysylltu â nhw eich hun yn dibynnu ar ble rydych chi'n byw.
    .if-not = Os na allwch chi ddod o hyd i'r gwasanaeth, gofynnwch i'ch meddygfa. Gall y dderbynfa ddweud wrthych chi sut i gysylltu ag ef.
    .ask =
        Alla i fy atgyfeirio fy hun at y gwasanaeth hwn yma?
        Sut ydw i'n cysylltu ag ef?

self-referral-pharmacy-first =
    .title = Gall fferyllfa drin rhai problemau
    .body =
        Gall fferyllydd eich archwilio a rhoi triniaeth i chi ar gyfer rhai problemau cyffredin, heb apwyntiad gyda'r GP. Pharmacy First (Fferyllfa yn Gyntaf) yw'r enw ar hyn.
        Y problemau yw dolur gwddf, clust tost, poen sinws, yr eryr ac impetigo. Mae brathiadau sydd wedi cael haint, a heintiau wrin mewn menywod, ar y rhestr hefyd. Mae rhai ar gyfer oedrannau penodol yn unig.
        Os oes angen meddyginiaeth arnoch chi y byddai meddyg fel arfer yn rhoi presgripsiwn amdani, gall y fferyllydd ei rhoi i chi.
    .if-not = Os yw'r fferyllydd yn dweud bod angen i chi weld GP, bydd yn dweud wrthych chi. Yna cysylltwch â'ch meddygfa.
    .ask =
        Allwch chi drin hyn yma?
        Beth ddylwn i ei wneud os nad ydw i'n gwella?

self-referral-in-charge =
    .title = Y gwasanaeth sy'n eich gweld chi sy'n gyfrifol
    .body =
        Mae'r gwasanaeth y gwnaethoch chi gysylltu ag ef yn gofalu am y broblem honno. Mae'n dweud wrthych chi ganlyniadau unrhyw brofion y mae'n gofyn amdanyn nhw.
        Os oes angen i'ch GP wybod, mae'r gwasanaeth yn dweud wrth eich GP.
    .if-not = Os nad ydych chi'n clywed yn ôl gan y gwasanaeth erbyn pryd y dywedodd, cysylltwch ag ef eto.
    .ask =
        Pwy ydw i'n cysylltu â nhw os oes gen i gwestiwn?
        Fyddwch chi'n dweud wrth fy GP?

self-referral-gp =
    .title = Pryd i fynd at eich GP yn lle hynny
    .body =
        Os nad ydych chi'n siŵr ble i fynd, gofynnwch i'ch meddygfa. Gall y staff eich helpu chi i ddewis.
        Os nad ydych chi'n gwella, neu os ydych chi'n gwaethygu, cysylltwch â'ch meddygfa neu ffoniwch NHS 111 yr un diwrnod. Mewn argyfwng, ffoniwch 999.
    .if-not = Os na allwch chi gael drwodd at eich meddygfa a'ch bod chi'n poeni, ffoniwch NHS 111.
    .ask =
        Ble yw'r lle gorau i fynd ar gyfer hyn?
