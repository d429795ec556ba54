# Words used on every page: the frame around the journeys.

site-name = آگے کیا ہوگا؟
site-tagline = جب آپ کی دیکھ بھال آپ کے جی پی (GP) اور ہسپتال کے درمیان منتقل ہوتی ہے تو کون کیا کرتا ہے۔
skip-to-content = اصل مواد پر جائیں
home-link = تمام گائیڈ

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = کیا آپ کو ابھی مدد چاہیے؟
safety-emergency = ایمرجنسی میں { -emergency-number } پر فون کریں۔
safety-urgent = { $audience ->
        [parent] اگر آپ کی یا آپ کے بچے کی طبیعت خراب ہے اور آپ کو معلوم نہیں کہ کیا کرنا ہے، تو { -urgent-number } یا اپنی جی پی (GP) پریکٹس کو فون کریں۔
       *[other] اگر آپ کی طبیعت خراب ہے اور آپ کو معلوم نہیں کہ کیا کرنا ہے، تو { -urgent-number } یا اپنی جی پی (GP) پریکٹس کو فون کریں۔
    }
safety-online = یا آن لائن 111.nhs.uk پر جائیں۔
safety-mental-health = ذہنی صحت کے بحران (crisis) میں { -urgent-number } کو فون کریں اور ذہنی صحت کا آپشن چنیں۔
safety-deaf = اگر آپ سن نہیں سکتے، تو Relay UK کے ذریعے 18001 111 پر فون کریں، یا NHS 111 اور 999 کی BSL (برطانوی اشاروں کی زبان) سروسز استعمال کریں۔
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = یہ گائیڈ انگلینڈ میں NHS کی سروسز کے بارے میں ہیں۔ ویلز، اسکاٹ لینڈ اور شمالی آئرلینڈ میں کچھ چیزیں دوسرے طریقوں سے ہوتی ہیں۔

home-title = آپ کی دیکھ بھال میں آگے کیا ہوگا؟
home-intro = وہ گائیڈ چنیں جو آپ کی صورتحال کے مطابق ہو۔ ہر گائیڈ بتاتا ہے کہ ہر مرحلہ کون کرتا ہے، اور ان سے رابطہ کیسے کریں۔

# The search box on the home page.
search-label = گائیڈ میں تلاش کریں
search-hint = مثال کے طور پر: خون کا ٹیسٹ، سک نوٹ، نسخہ۔
search-results = { $count ->
        [0] کوئی گائیڈ نہیں ملا۔ دوسرے الفاظ آزمائیں، یا نیچے دی گئی فہرست میں سے چنیں۔
        [one] 1 گائیڈ ملا۔
       *[other] { $count } گائیڈ ملے۔
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = کا کی کے کو نے سے میں پر تک اور یا بھی ہے ہیں تھا تھی تھے ہو ہوں ہوا کیا کیسے کب کون کیوں کہاں میرا میری میرے مجھے ہم آپ یہ وہ اس ان ایک جب کہ تو نہیں گا گی گے لیے اپنا اپنی اپنے

# Group headings on the home page: the question people start from.
topic-referred = مجھے ریفر کیا گیا ہے
topic-waiting = میں انتظار میں ہوں
topic-test = میرا ٹیسٹ ہوا ہے
topic-after-appointment = ہسپتال میں میری اپائنٹمنٹ ہو چکی ہے
topic-leaving-hospital = مجھے ہسپتال سے چھٹی مل رہی ہے
topic-medicines-fit-notes = دوائیں اور فٹ نوٹ
topic-child = یہ میرے بچے کے بارے میں ہے
topic-mental-health = یہ میری ذہنی صحت کے بارے میں ہے
topic-gp-practice = اپنی جی پی (GP) پریکٹس سے مدد لینا، یا اس کے بغیر مدد لینا

journey-steps-heading = کیا ہوتا ہے، مرحلہ وار
# Under a guide shown inside a practice's website.
journey-more-guides = ہمارے مزید گائیڈ
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = ہم نے یہ صفحہ { $date } کو عوامی ذرائع کی مدد سے لکھا۔ ابھی کسی طبی ماہر (clinician) نے اسے چیک نہیں کیا۔
journey-reviewed = ایک طبی ماہر (clinician)، { $reviewer }، نے { $date } کو اس صفحے کو چیک کیا۔
step-number = مرحلہ { $number }
step-who = یہ کون کرتا ہے
step-contact = ان سے رابطہ کیسے کریں
step-if-not = اگر ایسا نہ ہو
step-ask = آپ یہ سوال پوچھ سکتے ہیں

# Who is responsible for a step.
who-gp-practice = آپ کی جی پی (GP) پریکٹس
who-hospital-team = ہسپتال کی ٹیم
who-patient-or-parent = { $audience ->
        [parent] آپ، یعنی والدین یا دیکھ بھال کرنے والے
       *[other] آپ
    }
who-pharmacy = آپ کے قریب کوئی فارمیسی
who-nhs-111 = NHS 111
who-mental-health-team = ذہنی صحت کی ٹیم
who-private-clinic = پرائیویٹ کلینک
who-other = کوئی اور: مرحلے میں بتایا گیا ہے کہ کون

# How to reach whoever is responsible.
contact-hospital-team = ہسپتال کی ٹیم کو فون کریں۔ ان کا نمبر آپ کے خط یا ٹیکسٹ میسج پر ہے۔
contact-referral-booking = اپنے ٹیکسٹ میسج یا ای میل میں دیا گیا لنک استعمال کریں، یا اپنے خط پر لکھے نمبر پر فون کریں۔
contact-gp-practice = اپنی جی پی (GP) پریکٹس کو فون کریں، اس کا آن لائن فارم استعمال کریں، یا استقبالیہ (ریسیپشن) پر جائیں۔
contact-hospital-ward = جانے سے پہلے وارڈ کے عملے سے پوچھیں۔ اس کے بعد، وارڈ کی طرف سے ملنے والے خط پر لکھے نمبر پر فون کریں۔
contact-test-requester = اس ٹیم سے رابطہ کریں جس نے ٹیسٹ کروایا تھا۔ ان کی تفصیلات آپ کے خط یا فارم پر ہیں۔
contact-pharmacy = کسی بھی فارمیسی پر جائیں یا انہیں فون کریں۔ آپ کو اپائنٹمنٹ لینے کی ضرورت نہیں۔
contact-link-worker = اپنی جی پی پریکٹس سے کہیں کہ وہ کسی لنک ورکر سے آپ کا رابطہ کروا دیں۔
contact-patient-advice = ہسپتال میں مریضوں کی مشاورتی ٹیم سے رابطہ کریں۔ جب معاملات خراب ہوں تو وہ مدد کرتے ہیں۔
contact-nhs-111 = دن ہو یا رات، NHS 111 کو فون کریں، یا 111.nhs.uk پر جائیں۔
contact-self-referral = سروس سے خود رابطہ کریں، آن لائن یا فون پر۔ NHS کی ویب سائٹ پر اسے تلاش کریں، یا اپنی جی پی پریکٹس سے پوچھیں کہ اس سے رابطہ کیسے کریں۔
contact-mental-health-team = اپنے دیکھ بھال کے منصوبے (care plan) میں دیا گیا فون نمبر استعمال کریں۔ بحران (crisis) میں NHS 111 کو فون کریں اور ذہنی صحت کا آپشن چنیں۔
contact-private-clinic = پرائیویٹ کلینک سے رابطہ کریں۔ ان کی تفصیلات آپ کے خط یا بل پر ہیں۔
contact-urgent-care = اس A&E یا ارجنٹ ٹریٹمنٹ سینٹر (urgent treatment centre) کو فون کریں جہاں آپ گئے تھے۔ نمبر آپ کے مشورے والے پرچے (advice sheet) پر ہے۔ یا ہسپتال کے مرکزی نمبر پر فون کریں۔
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = { $service } کو { $phone } پر فون کریں۔
contact-local-other = { $service } سے رابطہ کریں۔
contact-local-hours = فون ان اوقات میں اٹھایا جاتا ہے: { $hours }
contact-local-website = ان کا ویب پیج: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
# Urdu: the starting point comes first ("…کے بعد"), then the limit. After "کے اندر" (within)
# the oblique form is used: singular after 1 (دن), plural otherwise (دنوں، ہفتوں…).
timing-clinic-letter = کلینک کا خط آپ کے جی پی کو کب تک پہنچتا ہے
timing-discharge-summary = ڈسچارج سمری آپ کے جی پی کو کب تک پہنچتی ہے
timing-cancer-diagnosis = NHS کب تک آپ کو بتانے کی کوشش کرتا ہے کہ یہ کینسر ہے یا نہیں
timing-cancelled-operation = اگر آپ کا آپریشن اسی دن منسوخ ہو جائے جس دن ہونا تھا، تو آپ کو نئی تاریخ کب تک ملنی چاہیے
timing-within = { $from ->
        [appointment] آپ کی کلینک کی اپائنٹمنٹ کے بعد
        [discharge] ہسپتال سے چھٹی ملنے کے بعد
        [referral] ریفرل کے بعد
       *[cancellation] منسوخی والے دن کے بعد
    } { $limit } { $unit ->
        [hours] { $limit ->
            [one] گھنٹے
           *[other] گھنٹوں
        }
        [days] { $limit ->
            [one] دن
           *[other] دنوں
        }
        [months] { $limit ->
            [one] مہینے
           *[other] مہینوں
        }
       *[weeks] { $limit ->
            [one] ہفتے
           *[other] ہفتوں
        }
    } کے اندر۔

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] جنوری
        [2] فروری
        [3] مارچ
        [4] اپریل
        [5] مئی
        [6] جون
        [7] جولائی
        [8] اگست
        [9] ستمبر
        [10] اکتوبر
        [11] نومبر
       *[12] دسمبر
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = آپ کی تفصیلات
details-service = یہ اس بارے میں ہے: { $service }
details-expect-by = آپ کو { $date } تک خبر مل جانی چاہیے۔
details-phone = اگر آپ کو کوئی خبر نہ ملے، یا آپ کا کوئی سوال ہو، تو { $phone } پر فون کریں۔
details-web = آپ { $web } پر بھی جا سکتے ہیں۔
details-broken = آپ کے لنک میں دی گئی کچھ تفصیلات استعمال نہیں ہو سکیں۔ اس صفحے کا باقی حصہ پھر بھی آپ کے لیے درست ہے۔

# The Listen button on a journey page (it reads the page aloud).
listen = یہ صفحہ سنیں
listen-stop = پڑھنا بند کریں

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = یہ صفحہ دوبارہ کھولنے کے لیے اپنے فون کے کیمرے سے یہ کوڈ اسکین کریں۔

# Desk mode: a reception screen turned to the patient.
desk-title = اپنی زبان چنیں
desk-journeys = وہ چنیں جو آپ کی صورتحال کے مطابق ہو
desk-take-home = یہ صفحہ اپنے ساتھ لے جائیں: اپنے فون کا کیمرہ اس کوڈ کی طرف کریں۔
desk-start-again = دوبارہ شروع کریں

# The link maker, for staff at a GP practice or hospital.
make-link-title = مریض کے لیے لنک بنائیں
make-link-intro = گائیڈ اور مریض کی زبان چنیں۔ آپ ان کی تفصیلات بھی شامل کر سکتے ہیں۔ آپ جو کچھ لکھتے ہیں وہ اسی ڈیوائس پر رہتا ہے۔
make-link-journey = گائیڈ
make-link-language = مریض کی زبان
make-link-service = سروس یا کلینک (اگر آپ چاہیں)
make-link-start = ریفرل، ٹیسٹ یا ہسپتال سے چھٹی کی تاریخ (اگر آپ چاہیں)
make-link-wait = کتنے عرصے میں انہیں خبر ملنی چاہیے (اگر آپ چاہیں)
make-link-wait-days = دن
make-link-wait-weeks = ہفتے
make-link-wait-months = مہینے
make-link-phone = ٹیم کا فون نمبر (اگر آپ چاہیں)
make-link-web = ٹیم کا ویب پیج (اگر آپ چاہیں)
make-link-bad-phone = یہ برطانیہ (UK) کا فون نمبر نہیں لگتا، اس لیے اسے لنک میں شامل نہیں کیا گیا۔
make-link-bad-web = ایسا ویب پیج استعمال کریں جو https سے شروع ہو۔ یہ ویب پیج لنک میں شامل نہیں کیا گیا۔
make-link-link = لنک
make-link-message = ٹیکسٹ میسج
make-link-characters = حروف اور خالی جگہیں
make-link-segments = کتنے ٹیکسٹ میسج لگیں گے
make-link-unicode = اس میسج میں ایسے حروف ہیں جو بنیادی سیٹ میں نہیں ہیں، اس لیے ہر ٹیکسٹ میں ان کی تعداد کم آتی ہے۔
make-link-copy = کاپی کریں
make-link-copied = کاپی ہو گیا
make-link-qr = اس لنک کا QR کوڈ
make-link-print = پرنٹ کریں
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: آگے کیا ہوگا، اور کس سے رابطہ کریں: { $link }
sms-message-short = آگے کیا ہوگا، اور کس سے رابطہ کریں: { $link }

not-found-title = ہمیں یہ صفحہ نہیں مل رہا
not-found-body = ہو سکتا ہے لنک غلط یا پرانا ہو۔ یہ رہے ہمارے تمام گائیڈ۔ وہ گائیڈ چنیں جو آپ کی صورتحال کے مطابق ہو۔
not-found-offline = اس فون پر ابھی انٹرنیٹ نہیں ہے، اور یہ صفحہ ابھی اس پر محفوظ نہیں ہوا۔ انٹرنیٹ واپس آنے پر لنک دوبارہ کھولیں۔ جو گائیڈ آپ نے پہلے کھولے تھے وہ اب بھی کام کرتے ہیں۔

unknown-language = یہ زبان ابھی ہمارے پاس نہیں ہے، اس لیے یہ صفحہ انگریزی میں ہے۔

# The language picker on every page.
language-picker-label = اپنی زبان چنیں
with-english-link = یہ گائیڈ ہر حصے کے نیچے انگریزی متن کے ساتھ پڑھیں
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = اس ترجمے کی ابھی جانچ نہیں ہوئی۔ اگر کوئی بات واضح نہ ہو تو ترجمان (interpreter) مانگیں۔ یہ مفت ہے۔
translation-checked = اہل مترجمین نے { $date } کو اس ترجمے کی جانچ کی۔ اگر کوئی بات واضح نہ ہو تو ترجمان (interpreter) مانگیں۔ یہ مفت ہے۔

footer-make-link = عملے کے لیے: مریض کے لیے لنک بنائیں
footer-embed = عملے کے لیے: یہ گائیڈ اپنی ویب سائٹ پر لگائیں
footer-not-nhs = یہ گائیڈ NHS نے نہیں بنایا۔ یہ بتاتا ہے کہ زیادہ تر وقت NHS کی سروسز مل کر کیسے کام کرتی ہیں۔
footer-privacy = آپ یہاں جو کچھ بھی کرتے ہیں، وہ کہیں نہیں بھیجا جاتا، اور آپ کے بارے میں کچھ محفوظ نہیں کیا جاتا۔

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = معاف کیجیے، اس صفحے پر کچھ خرابی ہو گئی ہے
panic-body = اس صفحے پر آپ جو دیکھ رہے ہیں وہ اب بھی درست ہے۔ اگر کچھ غلط لگے، تو صفحہ دوبارہ لوڈ کریں۔
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = اپنے علاقے کی فہرست میں سے کوئی سروس چنیں
make-link-pick-none = کوئی نہیں: تفصیلات خود لکھیں
config-none = اس سائٹ پر رابطے کی کوئی مقامی تفصیلات نہیں ہیں، اس لیے ہر مرحلے میں عام مشورہ دیا جاتا ہے۔ اپنے علاقے کی سروسز شامل کرنے کے لیے README دیکھیں۔
config-loaded = یہ سائٹ { $area } کے لیے رابطے کی تفصیلات دکھاتی ہے۔
config-problems-title = رابطے کی کچھ مقامی تفصیلات کو درست کرنے کی ضرورت ہے
config-problems-intro = اس سے مریضوں پر کوئی اثر نہیں پڑتا: انہیں پچھلے درست بِلڈ (build) کی تفصیلات، یا عام مشورہ نظر آتا ہے۔ انہیں درست کریں، پھر سائٹ کو دوبارہ بِلڈ کریں۔
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: یہاں فائل صحیح طرح نہیں لکھی گئی۔ دیکھیں کہ کہیں کوئی کاما، کوٹیشن مارک یا بریکٹ تو نہیں رہ گیا۔
config-problem-unknown-field = { $field }: یہ کوئی ایسا فیلڈ نہیں جسے ہم جانتے ہوں۔ اسپیلنگ چیک کریں۔
config-problem-missing-field = { $field }: اسے بھرنا ضروری ہے۔
config-problem-wrong-type = { $field }: یہ غلط قسم کی ویلیو ہے، مثلاً جہاں الفاظ ہونے چاہییں وہاں نمبر ہے۔
config-problem-version = { $field }: اس کی ویلیو 1 ہونی چاہیے۔
config-problem-empty = { $field }: یہ خالی ہے۔
config-problem-too-long = { $field }: یہ بہت لمبا ہے۔ اسے 120 حروف سے کم رکھیں۔
config-problem-hidden-characters = { $field }: اس میں ایسے چھپے ہوئے حروف ہیں جو اس کے پڑھے جانے کا طریقہ بدل سکتے ہیں۔ اسے دوبارہ ٹائپ کریں۔
config-problem-bad-id = { $field }: صرف چھوٹے انگریزی حروف، نمبر اور ڈیش استعمال کریں، جیسے skin-team۔
config-problem-duplicate-id = { $field }: دو سروسز کی id ایک ہی ہے۔
config-problem-bad-phone = { $field }: یہ برطانیہ (UK) کا فون نمبر نہیں ہے۔ اسے اس طرح لکھیں: 020 7946 0000۔
config-problem-not-https = { $field }: ویب پیج کو https سے شروع ہونا چاہیے، http سے نہیں۔
config-problem-bad-website = { $field }: یہ ویب ایڈریس نہیں ہے۔ اسے اس طرح لکھیں: https://hospital.example/clinic۔
config-problem-unknown-journey = { $field }: اس نام کا کوئی گائیڈ نہیں ہے۔
config-problem-unknown-contact = { $field }: یہ رابطے کی کوئی ایسی قسم نہیں جسے ہم جانتے ہوں، جیسے hospital-team۔
config-problem-unknown-service = { $field }: فہرست میں کسی سروس کی یہ id نہیں ہے۔
config-problem-unknown-language = { $field }: یہ زبان ہمارے پاس نہیں ہے۔
config-problem-missing-english = { $field }: الفاظ انگریزی میں بھی دینا ضروری ہیں، en-GB کے طور پر۔

# Staff: put the guides on a practice's website.
embed-title = یہ گائیڈ اپنی ویب سائٹ پر لگائیں
embed-intro = چنیں کہ کیا دکھانا ہے، پھر کوڈ کاپی کر کے اپنے ویب پیج میں ڈالیں۔ گائیڈ آپ کے صفحے کے اندر نظر آتے ہیں۔ یہ ان لوگوں کے بارے میں کچھ نہیں بھیجتا جو آپ کی سائٹ استعمال کرتے ہیں۔
embed-journey = دکھانے کے لیے گائیڈ
embed-all-guides = تمام گائیڈ، فہرست کی صورت میں
embed-language = یہ کس زبان میں کھلے
embed-accent = آپ کی ویب سائٹ کا بنیادی رنگ (اگر آپ چاہیں)
embed-accent-hint = علامت # کے بعد چھ حروف یا نمبر، جیسے #00703c۔
embed-accent-bad = یہ رنگ کا کوڈ نہیں ہے۔ اسے اس طرح لکھیں: #00703c۔
embed-accent-low-contrast = یہ رنگ ہلکے صفحے پر پڑھنے کے لیے بہت ہلکا ہے۔ اس کا کنٹراسٹ { $ratio } اور 1 کا تناسب ہے، جبکہ کم از کم 4.5 اور 1 کا تناسب ضروری ہے۔ کوئی گہرا رنگ چنیں۔ تب تک گائیڈ اپنا نیلا رنگ ہی رکھے گا۔
embed-list = آخر میں دوسرے گائیڈ کی فہرست دکھائیں
embed-code = آپ کے ویب پیج کے لیے کوڈ
embed-copy = کوڈ کاپی کریں
embed-copied = کاپی ہو گیا
embed-preview = یہ کیسا نظر آئے گا
embed-hosting = یہ کوڈ ہر اس ویب سائٹ پر کام کرتا ہے جو آپ کو فریم (frame) شامل کرنے دیتی ہو۔ اس کے لیے کسی اکاؤنٹ کی ضرورت نہیں، اور یہ کوئی کوکیز (cookies) نہیں لگاتا۔

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = تمام مراحل ایک نظر میں
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = آسانی سے پڑھنے والا ورژن
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = آسانی سے پڑھنے والا ورژن (انگریزی میں)
