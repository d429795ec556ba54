# Words used on every page: the frame around the journeys.

site-name = وروسته څه کېږي؟
site-tagline = کله چې ستاسو پاملرنه ستاسو د GP (کورني ډاکټر) او روغتون ترمنځ بدلېږي، څوک څه کوي.
skip-to-content = اصلي برخې ته ورشئ
home-link = ټول لارښودونه

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = همدا اوس مرستې ته اړتیا لرئ؟
safety-emergency = په بیړني حالت کې، { -emergency-number } ته زنګ ووهئ.
safety-urgent = { $audience ->
        [parent] که تاسو یا ستاسو ماشوم ناروغ یاست او ډاډه نه یاست چې څه وکړئ، { -urgent-number } یا خپل د GP کلینیک ته زنګ ووهئ.
       *[other] که تاسو ناروغ یاست او ډاډه نه یاست چې څه وکړئ، { -urgent-number } یا خپل د GP کلینیک ته زنګ ووهئ.
    }
safety-online = یا آنلاین 111.nhs.uk ته ورشئ.
safety-mental-health = د رواني روغتیا په بحران کې، { -urgent-number } ته زنګ ووهئ او د رواني روغتیا انتخاب وټاکئ.
safety-deaf = که تاسو کاڼه یاست (نه اورئ)، د Relay UK له لارې 18001 111 ته زنګ ووهئ، یا د NHS 111 او 999 د BSL (د اشارو ژبه) خدمتونه وکاروئ.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = دا لارښودونه په انګلستان کې د NHS د خدمتونو په اړه دي. په ویلز، سکاټلنډ او شمالي آیرلینډ کې ځینې کارونه په بل ډول کېږي.

home-title = ستاسو په پاملرنه کې وروسته څه کېږي؟
home-intro = هغه لارښود وټاکئ چې ستاسو حالت ته برابر وي. هر لارښود وايي چې هر ګام څوک کوي او له هغوی سره څنګه اړیکه ونیسئ.

# The search box on the home page.
search-label = په لارښودونو کې ولټوئ
search-hint = د بېلګې په توګه: د وینې ازموینه، د ناروغۍ سند، نسخه.
search-results = { $count ->
        [0] هېڅ لارښود برابر نه شو. نورې کلمې وازمویئ، یا له لاندې لېست څخه یو وټاکئ.
        [one] 1 لارښود برابر شو.
       *[other] { $count } لارښودونه برابر شول.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = او د په کې له څخه ته سره چې دا دې هغه هغو زه ما زما موږ زموږ تاسو ستاسو څه څنګه کله څوک ولې کوم کومه دی ده دي وه وو یم یو یوه یا هم نه شي شو شوی شوې کړی کړې لپاره باندې پر لکه خپل خپله کولی شم

# Group headings on the home page: the question people start from.
topic-referred = زه روغتون ته ریفر شوی یم
topic-waiting = زه انتظار کوم
topic-test = ما ازموینه ورکړې ده
topic-after-appointment = زه روغتون ته د کتنې لپاره تللی یم
topic-leaving-hospital = زه له روغتون څخه وځم
topic-medicines-fit-notes = درمل او fit note (د کار د وړتیا سند)
topic-child = دا زما د ماشوم په اړه دی
topic-mental-health = دا زما د رواني روغتیا په اړه دی
topic-gp-practice = له خپل د GP کلینیک څخه مرسته، یا له هغه پرته

journey-steps-heading = څه کېږي، ګام په ګام
# Under a guide shown inside a practice's website.
journey-more-guides = زموږ نور لارښودونه
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = موږ دا پاڼه په { $date } له عامه سرچینو څخه لیکلې ده. تر اوسه یو روغتیايي کارپوه (ډاکټر یا نرس) نه ده کتلې.
journey-reviewed = یو روغتیايي کارپوه، { $reviewer }، دا پاڼه په { $date } وکتله.
step-number = ګام { $number }
step-who = دا کار څوک کوي
step-contact = له هغوی سره څنګه اړیکه ونیسئ
step-if-not = که دا ونه شي
step-ask = هغه پوښتنې چې تاسو یې کولی شئ

# Who is responsible for a step.
who-gp-practice = ستاسو د GP کلینیک
who-hospital-team = د روغتون ټیم
who-patient-or-parent = { $audience ->
        [parent] تاسو، مور، پلار یا پالونکی
       *[other] تاسو
    }
who-pharmacy = ستاسو نږدې یو درملتون
who-nhs-111 = NHS 111
who-mental-health-team = د رواني روغتیا ټیم
who-private-clinic = شخصي کلینیک
who-other = بل څوک: ګام وايي چې څوک

# How to reach whoever is responsible.
contact-hospital-team = د روغتون ټیم ته زنګ ووهئ. د هغوی شمېره ستاسو په لیک یا متني پیغام کې ده.
contact-referral-booking = په خپل متني پیغام یا برېښنالیک کې لینک وکاروئ، یا هغې شمېرې ته زنګ ووهئ چې ستاسو په لیک کې ده.
contact-gp-practice = خپل د GP کلینیک ته زنګ ووهئ، د هغه آنلاین فورمه وکاروئ، یا مخې مېز (ریسپشن) ته ورشئ.
contact-hospital-ward = مخکې له دې چې ووځئ، د وارډ له کارکوونکو وپوښتئ. له هغې وروسته، هغې شمېرې ته زنګ ووهئ چې د وارډ له خوا ستاسو په لیک کې ده.
contact-test-requester = له هغه ټیم سره اړیکه ونیسئ چې ازموینه یې غوښتې وه. د هغوی معلومات ستاسو په لیک یا فورمه کې دي.
contact-pharmacy = هر درملتون ته ورشئ یا زنګ ووهئ. وخت نیولو ته اړتیا نشته.
contact-link-worker = له خپل د GP کلینیک څخه وغواړئ چې تاسو له یو link worker (مرستندوی کارکوونکي) سره وصل کړي.
contact-patient-advice = د روغتون د ناروغانو د مشورې ټیم وغواړئ. کله چې کارونه سم نه وي، هغوی مرسته کوي.
contact-nhs-111 = NHS 111 ته زنګ ووهئ، د ورځې یا د شپې، یا 111.nhs.uk ته ورشئ.
contact-self-referral = پخپله له خدمت سره اړیکه ونیسئ، آنلاین یا په تلیفون. په NHS website (د NHS ویب پاڼه) کې یې ولټوئ، یا له خپل د GP کلینیک څخه وپوښتئ چې څنګه ورسره اړیکه ونیسئ.
contact-mental-health-team = هغه د تلیفون شمېره وکاروئ چې ستاسو د پاملرنې په پلان کې ده. په بحران کې، NHS 111 ته زنګ ووهئ او د رواني روغتیا انتخاب وټاکئ.
contact-private-clinic = له شخصي کلینیک سره اړیکه ونیسئ. د هغوی معلومات ستاسو په لیک یا د پیسو په بل کې دي.
contact-urgent-care = هغه A&E (د روغتون بیړنۍ څانګه) یا د بیړنۍ درملنې مرکز ته زنګ ووهئ چې تاسو ورغلي وئ. شمېره ستاسو د مشورې په پاڼه کې ده، یا د روغتون اصلي شمېرې ته زنګ ووهئ.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = { $service } ته په { $phone } شمېره زنګ ووهئ.
contact-local-other = له { $service } سره اړیکه ونیسئ.
contact-local-hours = تلیفون په دې وختونو کې ځواب کېږي: { $hours }
contact-local-website = د هغوی ویب پاڼه: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = کله چې د کلینیک لیک ستاسو GP ته رسېږي
timing-discharge-summary = کله چې د رخصتۍ لنډیز (discharge summary) ستاسو GP ته رسېږي
timing-cancer-diagnosis = کله چې NHS هڅه کوي تاسو ته ووايي چې سرطان دی که نه
timing-cancelled-operation = کله چې تاسو باید د هغه عملیات لپاره نوې نېټه ولرئ چې په همغه ورځ لغوه شو
timing-within = { $from ->
        [appointment] ستاسو د کلینیک له کتنې
        [discharge] له روغتون څخه د وتلو
        [referral] له ریفرل (referral)
       *[cancellation] د لغوه کېدو له ورځې
    } وروسته په { $limit } { $unit ->
        [hours] { $limit ->
            [one] ساعت
           *[other] ساعتونو
        }
        [days] { $limit ->
            [one] ورځ
           *[other] ورځو
        }
        [months] { $limit ->
            [one] میاشت
           *[other] میاشتو
        }
       *[weeks] { $limit ->
            [one] اونۍ
           *[other] اونیو
        }
    } کې.

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] جنوري
        [2] فبروري
        [3] مارچ
        [4] اپرېل
        [5] مۍ
        [6] جون
        [7] جولای
        [8] اګست
        [9] سپتمبر
        [10] اکتوبر
        [11] نومبر
       *[12] دسمبر
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = ستاسو معلومات
details-service = دا د دې په اړه دی: { $service }
details-expect-by = تاسو باید تر { $date } پورې خبر شئ.
details-phone = که تاسو خبر نه شوئ، یا پوښتنه لرئ، { $phone } ته زنګ ووهئ.
details-web = تاسو کولی شئ { $web } ته هم ورشئ.
details-broken = ستاسو په لینک کې ځینې معلومات ونه کارول شول. د دې پاڼې پاتې برخه بیا هم ستاسو لپاره سمه ده.

# The Listen button on a journey page (it reads the page aloud).
listen = دې پاڼې ته غوږ ونیسئ
listen-stop = لوستل ودروئ

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = دا کوډ د خپل تلیفون په کمره سکن کړئ، ترڅو دا پاڼه بیا پرانیزئ.

# Desk mode: a reception screen turned to the patient.
desk-title = خپله ژبه وټاکئ
desk-journeys = هغه څه وټاکئ چې تاسو ته برابر وي
desk-take-home = دا پاڼه له ځان سره یوسئ: د خپل تلیفون کمره دې کوډ ته ونیسئ.
desk-start-again = بیا پیل کړئ

# The link maker, for staff at a GP practice or hospital.
make-link-title = د ناروغ لپاره لینک جوړ کړئ
make-link-intro = لارښود او د ناروغ ژبه وټاکئ. تاسو کولی شئ د هغوی معلومات ور اضافه کړئ. هر څه چې تاسو یې لیکئ، په همدې وسیله کې پاتې کېږي.
make-link-journey = لارښود
make-link-language = د ناروغ ژبه
make-link-service = خدمت یا کلینیک (که وغواړئ)
make-link-start = د ریفرل، ازموینې یا رخصتۍ نېټه (که وغواړئ)
make-link-wait = هغه موده چې باید پکې خبر شي (که وغواړئ)
make-link-wait-days = ورځې
make-link-wait-weeks = اونۍ
make-link-wait-months = میاشتې
make-link-phone = د ټیم د تلیفون شمېره (که وغواړئ)
make-link-web = د ټیم ویب پاڼه (که وغواړئ)
make-link-bad-phone = دا د UK د تلیفون شمېره نه ښکاري، نو په لینک کې نه ده.
make-link-bad-web = داسې ویب پاڼه وکاروئ چې په https پیل شي. دا یوه په لینک کې نه ده.
make-link-link = لینک
make-link-message = متني پیغام
make-link-characters = توري او تشې
make-link-segments = څو پیغامونه به ونیسي
make-link-unicode = په دې پیغام کې داسې توري دي چې په اساسي ټولګه کې نشته، نو هر پیغام یې لږ توري ځایولی شي.
make-link-copy = کاپي یې کړئ
make-link-copied = کاپي شو
make-link-qr = د دې لینک QR کوډ
make-link-print = چاپ
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: وروسته څه کېږي، او له چا سره اړیکه ونیسئ: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = وروسته څه کېږي، او له چا سره اړیکه ونیسئ: { $link }

not-found-title = موږ هغه پاڼه نه شو موندلی
not-found-body = کېدای شي لینک غلط یا زوړ وي. دلته زموږ ټول لارښودونه دي. هغه یو وټاکئ چې تاسو ته برابر وي.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = دا تلیفون اوس انټرنیټ نه لري، او دا پاڼه تر اوسه پرې نه ده خوندي شوې. کله چې بیا انټرنیټ ولرئ، لینک بیا وازمویئ. هغه لارښودونه چې مخکې مو پرانیستي وو، لا هم کار کوي.

unknown-language = موږ تر اوسه هغه ژبه نه لرو، نو دا پاڼه په انګلیسي ده.

# The language picker on every page.
language-picker-label = خپله ژبه وټاکئ
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = دا لارښود داسې ولولئ چې د هرې برخې لاندې انګلیسي متن وي
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = دا ژباړه تر اوسه نه ده کتل شوې. که کوم څه روښانه نه وي، ترجمان وغواړئ. ترجمان وړیا دی.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = مسلکي ژباړونکو دا ژباړه په { $date } وکتله. که کوم څه روښانه نه وي، ترجمان وغواړئ. ترجمان وړیا دی.

footer-make-link = د کارکوونکو لپاره: د ناروغ لپاره لینک جوړ کړئ
footer-embed = د کارکوونکو لپاره: دا لارښودونه په خپله ویب پاڼه کې کېږدئ
footer-not-nhs = دا لارښود NHS نه دی جوړ کړی. دا وايي چې د NHS خدمتونه ډېری وخت څنګه یو ځای کار کوي.
footer-privacy = هغه څه چې تاسو یې دلته کوئ، هېچېرته نه لېږل کېږي، او ستاسو په اړه هېڅ نه ساتل کېږي.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = بخښنه غواړو، په دې پاڼه کې یوه ستونزه پېښه شوه
panic-body = هغه څه چې تاسو یې په دې پاڼه کې وینئ، لا هم سم دي. که غلط ښکاري، پاڼه بیا راپورته کړئ.
# Always in English: a link to this page in English.
panic-english = دا پاڼه په انګلیسي پرانیزئ

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = د خپلې سیمې له لېست څخه یو خدمت وټاکئ
make-link-pick-none = هېڅ یو: زه به معلومات پخپله ولیکم
config-none = دا سایټ د سیمې د اړیکې معلومات نه لري، نو هر ګام عمومي مشوره ورکوي. د خپلې سیمې د خدمتونو د اضافه کولو لپاره، README وګورئ.
config-loaded = دا سایټ د { $area } د اړیکې معلومات ښيي.
config-problems-title = د سیمې د اړیکې ځینې معلومات سمون ته اړتیا لري
config-problems-intro = ناروغانو ته زیان نه رسېږي: هغوی د وروستي سم جوړښت (build) معلومات، یا عمومي مشوره ویني. دا ستونزې سمې کړئ، بیا سایټ بیا جوړ کړئ.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: فایل دلته سم نه دی لیکل شوی. وګورئ چې کومه کامه، د نقل قول نښه یا قوس ورک نه وي.
config-problem-unknown-field = { $field }: دا داسې ساحه (field) نه ده چې موږ یې پېژنو. املا یې وګورئ.
config-problem-missing-field = { $field }: دا باید ډک شي.
config-problem-wrong-type = { $field }: دا غلط ډول ارزښت دی، د بېلګې په توګه شمېره چېرې چې باید کلمې وي.
config-problem-version = { $field }: دا باید 1 وي.
config-problem-empty = { $field }: دا تش دی.
config-problem-too-long = { $field }: دا ډېر اوږد دی. له 120 تورو یې لنډ وساتئ.
config-problem-hidden-characters = { $field }: په دې کې پټ توري دي چې د لوستلو بڼه یې بدلولی شي. بیا یې ولیکئ.
config-problem-bad-id = { $field }: یوازې واړه توري، شمېرې او ډش (-) وکاروئ، لکه skin-team.
config-problem-duplicate-id = { $field }: دوه خدمتونه همدا id لري.
config-problem-bad-phone = { $field }: دا د UK د تلیفون شمېره نه ده. داسې یې ولیکئ: 020 7946 0000.
config-problem-not-https = { $field }: ویب پاڼه باید په https پیل شي، نه په http.
config-problem-bad-website = { $field }: دا ویب پته نه ده. داسې یې ولیکئ: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: په دې نوم هېڅ لارښود نشته.
config-problem-unknown-contact = { $field }: دا د اړیکې داسې ډول نه دی چې موږ یې پېژنو، لکه hospital-team.
config-problem-unknown-service = { $field }: په لېست کې هېڅ خدمت دا id نه لري.
config-problem-unknown-language = { $field }: موږ دا ژبه نه لرو.
config-problem-missing-english = { $field }: کلمې باید په انګلیسي هم ورکړل شي، د en-GB په توګه.

# Staff: put the guides on a practice's website.
embed-title = دا لارښودونه په خپله ویب پاڼه کې کېږدئ
embed-intro = وټاکئ چې څه وښيئ، بیا کوډ په خپله ویب پاڼه کې کاپي کړئ. لارښودونه ستاسو د پاڼې دننه ښکاري. دا د هغو خلکو په اړه چې ستاسو سایټ کاروي، هېڅ نه لېږي.
embed-journey = هغه لارښود چې ښودل کېږي
embed-all-guides = ټول لارښودونه، د لېست په بڼه
embed-language = هغه ژبه چې لارښود پرې پرانیستل کېږي
embed-accent = ستاسو د ویب پاڼې اصلي رنګ (که وغواړئ)
embed-accent-hint = له # وروسته شپږ توري یا شمېرې، لکه #00703c.
embed-accent-bad = دا د رنګ کوډ نه دی. داسې یې ولیکئ: #00703c.
embed-accent-low-contrast = دا رنګ ډېر روښانه دی او په روښانه پاڼه نه لوستل کېږي. د هغه توپیر (contrast) { $ratio } پر 1 دی، او 4.5 پر 1 ته اړتیا لري. تیاره رنګ وټاکئ. تر هغه وخته پورې لارښود خپل آبي رنګ ساتي.
embed-list = په پای کې د نورو لارښودونو لېست وښيئ
embed-code = ستاسو د ویب پاڼې لپاره کوډ
embed-copy = کوډ کاپي کړئ
embed-copied = کاپي شو
embed-preview = دا به څنګه ښکاري
embed-hosting = دا کوډ په هر هغه ویب سایټ کار کوي چې تاسو ته د چوکاټ (frame) د اضافه کولو اجازه درکوي. دا حساب ته اړتیا نه لري او کوکیز نه ږدي.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = ګامونه په لنډه توګه
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = د اسانه لوستلو بڼه
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = د اسانه لوستلو بڼه (په انګلیسي)
