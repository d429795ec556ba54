# Words used on every page: the frame around the journeys.

site-name = Beth nesaf?
site-tagline = Pwy sy'n gwneud beth pan fydd eich gofal yn symud rhwng eich GP (meddyg teulu) a'r ysbyty.
skip-to-content = Neidio i'r prif gynnwys
home-link = Pob canllaw

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Angen help nawr?
safety-emergency = Mewn argyfwng, ffoniwch { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Os ydych chi neu eich plentyn yn sâl a dydych chi ddim yn siŵr beth i'w wneud, ffoniwch { -urgent-number } neu eich meddygfa.
       *[other] Os ydych chi'n sâl ac yn ansicr beth i'w wneud, ffoniwch { -urgent-number } neu eich meddygfa.
    }
safety-online = Neu ewch i 111.nhs.uk ar-lein.
safety-mental-health = Mewn argyfwng iechyd meddwl, ffoniwch { -urgent-number } a dewiswch yr opsiwn iechyd meddwl.
safety-deaf = Os ydych chi'n fyddar, ffoniwch 18001 111 ar Relay UK, neu defnyddiwch wasanaethau BSL (Iaith Arwyddion Prydain) NHS 111 a 999.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Mae'r canllawiau hyn yn sôn am wasanaethau'r NHS yn Lloegr. Yng Nghymru, yr Alban a Gogledd Iwerddon, mae rhai pethau'n gweithio mewn ffyrdd eraill.

home-title = Beth sy'n digwydd nesaf gyda'ch gofal?
home-intro = Dewiswch y canllaw sy'n addas i chi. Mae pob un yn dweud pwy sy'n gwneud pob cam a sut i gysylltu â nhw.

# The search box on the home page.
search-label = Chwilio'r canllawiau
search-hint = Er enghraifft: prawf gwaed, nodyn salwch, presgripsiwn.
search-results = { $count ->
        [0] Does dim canllaw yn cyfateb. Rhowch gynnig ar eiriau eraill, neu dewiswch o'r rhestr isod.
        [one] Mae 1 canllaw yn cyfateb.
        [two] Mae { $count } ganllaw yn cyfateb.
        [few] Mae { $count } chanllaw yn cyfateb.
        [many] Mae { $count } chanllaw yn cyfateb.
       *[other] Mae { $count } canllaw yn cyfateb.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = a ac ag y yr r n w i o am ar at gan gyda â wrth yn mewn fy fi ti chi ei eich ch ein eu nhw mae yw ydy ydw ydych oes sut beth pryd pwy pam ble wedi bod cael gallu gall gallaf allaf dw dwi rwy rydw ddim na nid ond hefyd hwn hon hyn hynny sy sydd fod

# Group headings on the home page: the question people start from.
topic-referred = Rydw i wedi cael fy atgyfeirio
topic-waiting = Rydw i'n aros
topic-test = Rydw i wedi cael prawf
topic-after-appointment = Rydw i wedi bod i apwyntiad yn yr ysbyty
topic-leaving-hospital = Rydw i'n gadael yr ysbyty
topic-medicines-fit-notes = Meddyginiaethau a nodiadau ffitrwydd
topic-child = Mae'n ymwneud â fy mhlentyn
topic-mental-health = Mae'n ymwneud â fy iechyd meddwl
topic-gp-practice = Cael help gan fy meddygfa, neu hebddi

journey-steps-heading = Beth sy'n digwydd, gam wrth gam
# Under a guide shown inside a practice's website.
journey-more-guides = Mwy o'n canllawiau
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Gwnaethom ysgrifennu'r dudalen hon ar { $date } o ffynonellau cyhoeddus. Dydy clinigydd ddim wedi'i gwirio hi eto.
journey-reviewed = Gwnaeth clinigydd, { $reviewer }, wirio'r dudalen hon ar { $date }.
step-number = Cam { $number }
step-who = Pwy sy'n gwneud hyn
step-contact = Sut i gysylltu â nhw
step-if-not = Os nad yw hyn yn digwydd
step-ask = Cwestiynau y gallwch eu gofyn

# Who is responsible for a step.
who-gp-practice = Eich meddygfa (practis GP)
who-hospital-team = Tîm yr ysbyty
who-patient-or-parent = { $audience ->
        [parent] Chi, y rhiant neu'r gofalwr
       *[other] Chi
    }
who-pharmacy = Fferyllfa yn agos atoch chi
who-nhs-111 = NHS 111
who-mental-health-team = Y tîm iechyd meddwl
who-private-clinic = Y clinig preifat
who-other = Rhywun arall: mae'r cam yn dweud pwy

# How to reach whoever is responsible.
contact-hospital-team = Ffoniwch dîm yr ysbyty. Mae eu rhif ar eich llythyr neu eich neges destun.
contact-referral-booking = Defnyddiwch y ddolen yn eich neges destun neu eich e-bost, neu ffoniwch y rhif ar eich llythyr.
contact-gp-practice = Ffoniwch eich meddygfa, defnyddiwch ei ffurflen ar-lein, neu ewch i'r dderbynfa.
contact-hospital-ward = Gofynnwch i staff y ward cyn i chi adael. Ar ôl hynny, ffoniwch y rhif ar y llythyr a gawsoch gan y ward.
contact-test-requester = Cysylltwch â'r tîm a ofynnodd am y prawf. Mae eu manylion ar eich llythyr neu eich ffurflen.
contact-pharmacy = Ewch i unrhyw fferyllfa neu ffoniwch un. Does dim angen trefnu apwyntiad.
contact-link-worker = Gofynnwch i'ch meddygfa eich rhoi mewn cysylltiad â gweithiwr cyswllt.
contact-patient-advice = Gofynnwch am dîm cyngor i gleifion yr ysbyty. Maen nhw'n helpu pan fydd pethau'n mynd o chwith.
contact-nhs-111 = Ffoniwch NHS 111, ddydd neu nos, neu ewch i 111.nhs.uk.
contact-self-referral = Cysylltwch â'r gwasanaeth eich hun, ar-lein neu dros y ffôn. Chwiliwch amdano ar wefan yr NHS, neu gofynnwch i'ch meddygfa sut i gysylltu ag ef.
contact-mental-health-team = Defnyddiwch y rhif ffôn yn eich cynllun gofal. Mewn argyfwng iechyd meddwl, ffoniwch NHS 111 a dewiswch yr opsiwn iechyd meddwl.
contact-private-clinic = Cysylltwch â'r clinig preifat. Mae eu manylion ar eich llythyr neu eich bil.
contact-urgent-care = Ffoniwch yr A&E neu'r ganolfan triniaeth frys yr aethoch chi iddi. Mae'r rhif ar eich taflen gyngor, neu ffoniwch brif rif yr ysbyty.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Ffoniwch { $service } ar { $phone }.
contact-local-other = Cysylltwch â { $service }.
contact-local-hours = Mae'r ffôn yn cael ei ateb: { $hours }
contact-local-website = Eu tudalen we: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
# In Welsh the noun after a number stays singular; after 2 (dau) masculine nouns
# take the soft mutation (2 ddiwrnod, 2 fis). Welsh plural categories: zero, one, two, few, many, other.
timing-clinic-letter = Pryd mae'r llythyr clinig yn cyrraedd eich GP
timing-discharge-summary = Pryd mae'r crynodeb rhyddhau yn cyrraedd eich GP
timing-cancer-diagnosis = Pryd mae'r NHS yn anelu at ddweud wrthych chi a yw'n ganser neu beidio
timing-cancelled-operation = Pryd dylech chi gael dyddiad newydd ar gyfer llawdriniaeth a gafodd ei chanslo ar y diwrnod
timing-within = O fewn { $limit } { $unit ->
        [hours] { $limit ->
            [zero] awr
            [one] awr
            [two] awr
            [few] awr
            [many] awr
           *[other] awr
        }
        [days] { $limit ->
            [zero] diwrnod
            [one] diwrnod
            [two] ddiwrnod
            [few] diwrnod
            [many] diwrnod
           *[other] diwrnod
        }
        [months] { $limit ->
            [zero] mis
            [one] mis
            [two] fis
            [few] mis
            [many] mis
           *[other] mis
        }
       *[weeks] { $limit ->
            [zero] wythnos
            [one] wythnos
            [two] wythnos
            [few] wythnos
            [many] wythnos
           *[other] wythnos
        }
    } { $from ->
        [appointment] i'ch apwyntiad clinig
        [discharge] i chi adael yr ysbyty
        [referral] i'r atgyfeiriad
       *[cancellation] i'r diwrnod y cafodd ei chanslo
    }.

# A date such as 21 Tachwedd 2026.
date = { $day } { $month ->
        [1] Ionawr
        [2] Chwefror
        [3] Mawrth
        [4] Ebrill
        [5] Mai
        [6] Mehefin
        [7] Gorffennaf
        [8] Awst
        [9] Medi
        [10] Hydref
        [11] Tachwedd
       *[12] Rhagfyr
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Eich manylion
details-service = Mae hyn yn ymwneud â: { $service }
details-expect-by = Dylech chi glywed erbyn { $date }.
details-phone = Os nad ydych chi wedi clywed, neu os oes gennych chi gwestiwn, ffoniwch { $phone }.
details-web = Gallwch chi hefyd fynd i { $web }.
details-broken = Doedd dim modd defnyddio rhai manylion yn eich dolen. Mae gweddill y dudalen hon yn dal yn iawn i chi.

# The Listen button on a journey page (it reads the page aloud).
listen = Gwrando ar y dudalen hon
listen-stop = Stopio darllen

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Sganiwch y cod hwn gyda chamera eich ffôn i agor y dudalen hon eto.

# Desk mode: a reception screen turned to the patient.
desk-title = Dewiswch eich iaith
desk-journeys = Dewiswch beth sy'n addas i chi
desk-take-home = Ewch â'r dudalen hon gyda chi: pwyntiwch gamera eich ffôn at y cod hwn.
desk-start-again = Dechrau eto

# The link maker, for staff at a GP practice or hospital.
make-link-title = Gwneud dolen ar gyfer claf
make-link-intro = Dewiswch y canllaw ac iaith y claf. Gallwch chi ychwanegu eu manylion. Mae'r hyn rydych chi'n ei deipio yn aros ar y ddyfais hon.
make-link-journey = Canllaw
make-link-language = Iaith y claf
make-link-service = Gwasanaeth neu glinig (os hoffech chi)
make-link-start = Dyddiad yr atgyfeiriad, y prawf neu'r rhyddhau o'r ysbyty (os hoffech chi)
make-link-wait = Faint o amser cyn y dylen nhw glywed (os hoffech chi)
make-link-wait-days = diwrnod
make-link-wait-weeks = wythnos
make-link-wait-months = mis
make-link-phone = Rhif ffôn y tîm (os hoffech chi)
make-link-web = Tudalen we y tîm (os hoffech chi)
make-link-bad-phone = Dydy hwn ddim yn edrych fel rhif ffôn yn y DU, felly dydy e ddim yn y ddolen.
make-link-bad-web = Defnyddiwch dudalen we sy'n dechrau gyda https. Dydy'r un yma ddim yn y ddolen.
make-link-link = Y ddolen
make-link-message = Neges destun
make-link-characters = Llythrennau a bylchau
make-link-segments = Nifer y negeseuon testun
make-link-unicode = Mae gan y neges hon lythrennau sydd ddim yn y set sylfaenol, felly mae pob neges destun yn dal llai ohonyn nhw.
make-link-copy = Copïo
make-link-copied = Wedi'i gopïo
make-link-qr = Cod QR ar gyfer y ddolen hon
make-link-print = Argraffu
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: beth sy'n digwydd nesaf, a phwy i gysylltu â nhw: { $link }
sms-message-short = Beth sy'n digwydd nesaf, a phwy i gysylltu â nhw: { $link }

not-found-title = Allwn ni ddim dod o hyd i'r dudalen honno
not-found-body = Efallai fod y ddolen yn anghywir neu'n hen. Dyma ein holl ganllawiau. Dewiswch yr un sy'n addas i chi.
not-found-offline = Does dim rhyngrwyd ar y ffôn hwn ar hyn o bryd, a dydy'r dudalen hon ddim wedi'i chadw arno eto. Rhowch gynnig ar y ddolen eto pan fyddwch ar-lein. Mae canllawiau rydych wedi'u hagor o'r blaen yn dal i weithio.

unknown-language = Does gennym ni ddim yr iaith honno eto, felly mae'r dudalen hon yn Saesneg.

# The language picker on every page.
language-picker-label = Dewiswch eich iaith
with-english-link = Darllenwch y canllaw hwn gyda'r Saesneg o dan bob rhan
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Nid yw'r cyfieithiad hwn wedi cael ei wirio eto. Os oes unrhyw beth yn aneglur, gofynnwch am gyfieithydd. Mae hyn am ddim.
translation-checked = Cafodd y cyfieithiad hwn ei wirio gan gyfieithwyr cymwys ar { $date }. Os oes unrhyw beth yn aneglur, gofynnwch am gyfieithydd. Mae hyn am ddim.

footer-make-link = I staff: gwneud dolen ar gyfer claf
footer-embed = I staff: rhoi'r canllawiau hyn ar eich gwefan
footer-not-nhs = Nid y GIG (NHS) sydd wedi gwneud y canllaw hwn. Mae'n dweud sut mae gwasanaethau'r GIG yn gweithio gyda'i gilydd y rhan fwyaf o'r amser.
footer-privacy = Does dim byd rydych chi'n ei wneud yma yn cael ei anfon i unman na'i gadw amdanoch chi.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Mae'n ddrwg gennym, aeth rhywbeth o'i le ar y dudalen hon
panic-body = Mae'r hyn rydych chi'n ei weld ar y dudalen hon yn dal yn iawn. Os yw'n edrych yn anghywir, llwythwch y dudalen eto.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Dewiswch wasanaeth o restr eich ardal
make-link-pick-none = Dim un: bydda i'n teipio'r manylion
config-none = Does gan y wefan hon ddim manylion cyswllt lleol, felly mae pob cam yn rhoi'r cyngor cyffredinol. I ychwanegu gwasanaethau eich ardal, gweler y README.
config-loaded = Mae'r wefan hon yn dangos y manylion cyswllt ar gyfer { $area }.
config-problems-title = Mae angen cywiro rhai manylion cyswllt lleol
config-problems-intro = Does dim effaith ar gleifion: maen nhw'n gweld y manylion o'r fersiwn dda ddiwethaf o'r wefan, neu'r cyngor cyffredinol. Cywirwch y rhain, yna adeiladwch y wefan eto.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: dydy'r ffeil ddim wedi'i hysgrifennu'n gywir yma. Chwiliwch am goma, dyfynnod neu fraced sydd ar goll.
config-problem-unknown-field = { $field }: dydy hwn ddim yn faes rydyn ni'n ei adnabod. Gwiriwch y sillafu.
config-problem-missing-field = { $field }: rhaid llenwi hwn.
config-problem-wrong-type = { $field }: dyma'r math anghywir o werth, er enghraifft rhif lle dylai fod geiriau.
config-problem-version = { $field }: rhaid i hwn fod yn 1.
config-problem-empty = { $field }: mae hwn yn wag.
config-problem-too-long = { $field }: mae hwn yn rhy hir. Cadwch ef o dan 120 llythyren.
config-problem-hidden-characters = { $field }: mae gan hwn nodau cudd a allai newid sut mae'n darllen. Teipiwch ef eto.
config-problem-bad-id = { $field }: defnyddiwch lythrennau bach, rhifau a chysylltnodau yn unig, fel skin-team.
config-problem-duplicate-id = { $field }: mae gan ddau wasanaeth yr un id hwn.
config-problem-bad-phone = { $field }: dydy hwn ddim yn rhif ffôn yn y DU. Ysgrifennwch ef fel 020 7946 0000.
config-problem-not-https = { $field }: rhaid i'r dudalen we ddechrau gyda https, nid http.
config-problem-bad-website = { $field }: dydy hwn ddim yn gyfeiriad gwe. Ysgrifennwch ef fel https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: does dim canllaw gyda'r enw hwn.
config-problem-unknown-contact = { $field }: dydy hwn ddim yn fath o gyswllt rydyn ni'n ei adnabod, fel hospital-team.
config-problem-unknown-service = { $field }: does dim gwasanaeth yn y rhestr gyda'r id hwn.
config-problem-unknown-language = { $field }: does gennym ni ddim yr iaith hon.
config-problem-missing-english = { $field }: rhaid rhoi'r geiriau yn Saesneg hefyd, fel en-GB.

# Staff: put the guides on a practice's website.
embed-title = Rhoi'r canllawiau hyn ar eich gwefan
embed-intro = Dewiswch beth i'w ddangos, yna copïwch y cod i'ch tudalen we. Mae'r canllawiau'n ymddangos y tu mewn i'ch tudalen. Dydy e ddim yn anfon dim byd am y bobl sy'n defnyddio eich gwefan.
embed-journey = Canllaw i'w ddangos
embed-all-guides = Pob canllaw, fel rhestr
embed-language = Yr iaith y mae'n agor ynddi
embed-accent = Prif liw eich gwefan (os hoffech chi)
embed-accent-hint = Chwe llythyren neu rif ar ôl #, fel #00703c.
embed-accent-bad = Dydy hwn ddim yn god lliw. Ysgrifennwch ef fel #00703c.
embed-accent-low-contrast = Mae'r lliw hwn yn rhy olau i'w ddarllen ar dudalen olau. Ei gyferbyniad yw { $ratio } i 1, ac mae angen 4.5 i 1. Dewiswch liw tywyllach. Tan hynny, mae'r canllaw yn cadw ei las ei hun.
embed-list = Dangos rhestr o'r canllawiau eraill ar y diwedd
embed-code = Cod ar gyfer eich tudalen we
embed-copy = Copïo'r cod
embed-copied = Wedi'i gopïo
embed-preview = Sut y bydd yn edrych
embed-hosting = Mae'r cod yn gweithio ar unrhyw wefan sy'n gadael i chi ychwanegu ffrâm. Does dim angen cyfrif, ac nid yw'n gosod cwcis.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Cipolwg ar y camau
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Fersiwn Hawdd ei Ddeall
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Fersiwn Hawdd ei Ddeall (yn Saesneg)
