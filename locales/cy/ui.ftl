# Words used on every page: the frame around the journeys.

site-name = Beth nesaf?
site-tagline = Pwy sy'n gwneud beth pan fydd eich gofal yn symud rhwng eich GP (meddyg teulu) a'r ysbyty.
skip-to-content = Neidio i'r prif gynnwys
home-link = Pob canllaw

# The safety line shown on every page.
safety-title = Angen help nawr?
safety-emergency = Mewn argyfwng, ffoniwch { -emergency-number }.
safety-urgent = Os ydych chi'n sâl ac yn ansicr beth i'w wneud, ffoniwch { -urgent-number } neu eich meddygfa.
-emergency-number = 999
-urgent-number = NHS 111

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
topic-gp-practice = Yn fy meddygfa

journey-steps-heading = Beth sy'n digwydd, gam wrth gam
journey-reviewed = Gwnaethom wirio'r dudalen hon ddiwethaf ar { $date }.
step-number = Cam { $number }
step-who = Pwy sy'n gwneud hyn
step-contact = Sut i gysylltu â nhw
step-timing = Faint o amser mae'n ei gymryd
step-if-not = Os nad yw hyn yn digwydd
step-ask = Cwestiynau y gallwch eu gofyn

# Who is responsible for a step.
who-gp-practice = Eich meddygfa (practis GP)
who-hospital-team = Tîm yr ysbyty
who-patient-or-parent = { $audience ->
        [parent] Chi, y rhiant neu'r gofalwr
       *[other] Chi
    }
who-pharmacy = Fferyllfa
who-other = Rhywun arall, fel gweithiwr cyswllt

# How to reach whoever is responsible.
contact-hospital-team = Ffoniwch dîm yr ysbyty. Mae eu rhif ar eich llythyr neu eich neges destun.
contact-referral-booking = Defnyddiwch y ddolen yn eich neges destun neu eich e-bost, neu ffoniwch y rhif ar eich llythyr.
contact-gp-practice = Ffoniwch eich meddygfa, defnyddiwch ei ffurflen ar-lein, neu ewch i'r dderbynfa.
contact-hospital-ward = Gofynnwch i staff y ward cyn i chi adael. Ar ôl hynny, ffoniwch y rhif ar y llythyr a gawsoch gan y ward.
contact-test-requester = Cysylltwch â'r tîm a ofynnodd am y prawf. Mae eu manylion ar eich llythyr neu eich ffurflen.
contact-pharmacy = Ewch i unrhyw fferyllfa neu ffoniwch un. Does dim angen trefnu apwyntiad.
contact-link-worker = Gofynnwch i'ch meddygfa eich rhoi mewn cysylltiad â gweithiwr cyswllt.
contact-patient-advice = Gofynnwch am dîm cyngor i gleifion yr ysbyty. Maen nhw'n helpu pan fydd pethau'n mynd o chwith.

# How long a step takes. $unit is one of hours, days, working-days, weeks, months.
# In Welsh the noun after a number stays singular; after 2 (dau) masculine nouns
# take the soft mutation (2 ddiwrnod, 2 fis).
timing-range = Fel arfer { $from } i { $to } { $unit ->
        [hours] awr
        [days] { $to ->
            [two] ddiwrnod
           *[other] diwrnod
        }
        [working-days] { $to ->
            [two] ddiwrnod gwaith
           *[other] diwrnod gwaith
        }
        [months] { $to ->
            [two] fis
           *[other] mis
        }
       *[weeks] wythnos
    }. Mae hyn yn amrywio o ysbyty i ysbyty.
timing-within = O fewn { $limit } { $unit ->
        [hours] awr
        [days] { $limit ->
            [two] ddiwrnod
           *[other] diwrnod
        }
        [working-days] { $limit ->
            [two] ddiwrnod gwaith
           *[other] diwrnod gwaith
        }
        [months] { $limit ->
            [two] fis
           *[other] mis
        }
       *[weeks] wythnos
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

not-found-title = Allwn ni ddim dod o hyd i'r dudalen honno
not-found-body = Efallai fod y ddolen yn anghywir neu'n hen. Dyma ein holl ganllawiau. Dewiswch yr un sy'n addas i chi.

unknown-language = Does gennym ni ddim yr iaith honno eto, felly mae'r dudalen hon yn Saesneg.

# The language picker on every page.
language-picker-label = Dewiswch eich iaith
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Nid yw'r cyfieithiad hwn wedi cael ei wirio eto. Os oes unrhyw beth yn aneglur, gofynnwch am gyfieithydd. Mae hyn am ddim.

footer-make-link = I staff: gwneud dolen ar gyfer claf
footer-not-nhs = Nid y GIG (NHS) sydd wedi gwneud y canllaw hwn. Mae'n egluro sut mae gwasanaethau'r GIG fel arfer yn gweithio gyda'i gilydd.
footer-privacy = Does dim byd rydych chi'n ei wneud yma yn cael ei anfon i unman na'i gadw amdanoch chi.
