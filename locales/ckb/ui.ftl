# Words used on every page: the frame around the journeys.
# ئەو وشانەی لە هەموو لاپەڕەکاندا هەن: چوارچێوەی دەوری ڕێنماییەکان.

site-name = دواتر چی دەبێت؟
site-tagline = کاتێک چاودێرییەکەتان لە نێوان دکتۆری خێزان (GP) و نەخۆشخانەدا دەگوازرێتەوە، کێ چی دەکات.
skip-to-content = بازدان بۆ ناوەڕۆکی سەرەکی
home-link = هەموو ڕێنماییەکان

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = ئێستا یارمەتیتان پێویستە؟
safety-emergency = لە حاڵەتی فریاکەوتندا، تەلەفۆن بۆ { -emergency-number } بکەن.
safety-urgent = { $audience ->
        [parent] ئەگەر ئێوە یان منداڵەکەتان نەخۆشن و دڵنیا نین چی بکەن، تەلەفۆن بۆ { -urgent-number } یان بنکەی دکتۆری خێزانەکەتان (GP) بکەن.
       *[other] ئەگەر نەخۆشن و دڵنیا نین چی بکەن، تەلەفۆن بۆ { -urgent-number } یان بنکەی دکتۆری خێزانەکەتان (GP) بکەن.
    }
safety-online = یان بە ئۆنلاین بچنە سەر 111.nhs.uk.
safety-mental-health = لە قەیرانی تەندروستیی دەروونیدا، تەلەفۆن بۆ { -urgent-number } بکەن و بژاردەی تەندروستیی دەروونی هەڵبژێرن.
safety-deaf = ئەگەر کەڕن، لە ڕێگەی Relay UK تەلەفۆن بۆ 18001 111 بکەن، یان خزمەتگوزارییەکانی BSL (زمانی ئاماژەی بەریتانی) بۆ NHS 111 و 999 بەکاربهێنن.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = ئەم ڕێنماییانە باسی خزمەتگوزارییەکانی NHS (خزمەتگوزاریی تەندروستیی گشتی) لە ئینگلتەرا دەکەن. لە وێڵز، سکۆتلەندا و ئیرلەندای باکوور، هەندێک شت بە شێوەیەکی تر کار دەکەن.

home-title = دواتر چی لە چاودێرییەکەتاندا ڕوودەدات؟
home-intro = ئەو ڕێنماییە هەڵبژێرن کە لە بارودۆخی ئێوە دەچێت. هەر یەکێکیان دەڵێت کێ هەر هەنگاوێک دەکات و چۆن پێیان بگەن.

# The search box on the home page.
search-label = گەڕان لە ڕێنماییەکاندا
search-hint = بۆ نموونە: پشکنینی خوێن، نامەی نەخۆشی، ڕەچەتە.
search-results = { $count ->
        [0] هیچ ڕێنماییەک نەدۆزرایەوە. وشەی تر تاقی بکەنەوە، یان لە لیستی خوارەوە هەڵبژێرن.
        [one] 1 ڕێنمایی دۆزرایەوە.
       *[other] { $count } ڕێنمایی دۆزرایەوە.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = و لە بە بۆ کە ئەم ئەو ئەمە ئەوە من تۆ ئێوە ئەوان چی چۆن کەی کێ بۆچی کوێ ئایا یان هەیە نییە بوو بێت دەبێت دەکات دەکەم دەتوانم لەگەڵ دەربارەی چییە چۆنە

# Group headings on the home page: the question people start from.
topic-referred = ڕەوانە کراوم
topic-waiting = چاوەڕێ دەکەم
topic-test = پشکنینێکم کردووە
topic-after-appointment = سەردانی نەخۆشخانەم کردووە
topic-leaving-hospital = لە نەخۆشخانە دەردەچم
topic-medicines-fit-notes = دەرمان و نامەی توانای کار
topic-child = دەربارەی منداڵەکەمە
topic-mental-health = دەربارەی تەندروستیی دەروونیمە
topic-gp-practice = وەرگرتنی یارمەتی لە بنکەی دکتۆری خێزانەکەم، یان بەبێ ئەو

journey-steps-heading = چی ڕوودەدات، هەنگاو بە هەنگاو
# Under a guide shown inside a practice's website.
journey-more-guides = ڕێنماییەکانی ترمان
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = ئەم لاپەڕەیەمان لە { $date } لە سەرچاوە گشتییەکانەوە نووسیوە. هێشتا کارمەندێکی پزیشکی نەیپشکنیوە.
journey-reviewed = کارمەندێکی پزیشکی، { $reviewer }، لە { $date } ئەم لاپەڕەیەی پشکنی.
step-number = هەنگاوی { $number }
step-who = کێ ئەمە دەکات
step-contact = چۆن پێیان بگەن
step-if-not = ئەگەر ئەمە ڕووی نەدا
step-ask = ئەو پرسیارانەی دەتوانن بیکەن

# Who is responsible for a step.
who-gp-practice = بنکەی دکتۆری خێزانەکەتان (GP)
who-hospital-team = تیمی نەخۆشخانەکە
who-patient-or-parent = { $audience ->
        [parent] ئێوە، وەک دایک، باوک یان چاودێر
       *[other] ئێوە
    }
who-pharmacy = دەرمانخانەیەک لە نزیک ئێوە
who-nhs-111 = NHS 111
who-mental-health-team = تیمی تەندروستیی دەروونی
who-private-clinic = کلینیکە تایبەتەکە
who-other = کەسێکی تر: هەنگاوەکە دەڵێت کێ

# How to reach whoever is responsible.
contact-hospital-team = تەلەفۆن بۆ تیمی نەخۆشخانەکە بکەن. ژمارەکەیان لەسەر نامەکە یان نامەی مۆبایلەکەتانە.
contact-referral-booking = ئەو بەستەرە (لینک) بەکاربهێنن کە لە نامەی مۆبایل یان ئیمەیڵەکەتاندایە، یان تەلەفۆن بۆ ئەو ژمارەیە بکەن کە لەسەر نامەکەتانە.
contact-gp-practice = تەلەفۆن بۆ بنکەی دکتۆری خێزانەکەتان بکەن، فۆرمە ئۆنلاینەکەی پڕ بکەنەوە، یان بچنە لای مێزی پێشوازی.
contact-hospital-ward = پێش ئەوەی بڕۆن، لە کارمەندانی بەشەکەی نەخۆشخانە (ward) بپرسن. دوای ئەوە، تەلەفۆن بۆ ئەو ژمارەیە بکەن کە لەسەر ئەو نامەیەیە کە بەشەکە پێی داون.
contact-test-requester = پەیوەندی بەو تیمەوە بکەن کە داوای پشکنینەکەی کردووە. زانیارییەکانیان لەسەر نامە یان فۆرمەکەتانە.
contact-pharmacy = بچنە هەر دەرمانخانەیەک یان تەلەفۆنی بۆ بکەن. پێویست ناکات پێشوەخت کات بگرن.
contact-link-worker = داوا لە بنکەی دکتۆری خێزانەکەتان بکەن کە بتانگەیەنێت بە کارمەندێکی پەیوەندی (link worker).
contact-patient-advice = داوای تیمی ئامۆژگاریی نەخۆشانی نەخۆشخانەکە بکەن. ئەوان یارمەتی دەدەن کاتێک شتەکان بە هەڵە دەڕۆن.
contact-nhs-111 = شەو بێت یان ڕۆژ، تەلەفۆن بۆ NHS 111 بکەن، یان بچنە سەر 111.nhs.uk.
contact-self-referral = خۆتان پەیوەندی بە خزمەتگوزارییەکەوە بکەن، بە ئۆنلاین یان بە تەلەفۆن. لە NHS website (ماڵپەڕی NHS) بەدوایدا بگەڕێن، یان لە بنکەی دکتۆری خێزانەکەتان بپرسن چۆن پێی بگەن.
contact-mental-health-team = ئەو ژمارە تەلەفۆنە بەکاربهێنن کە لە پلانی چاودێرییەکەتاندایە. لە کاتی قەیراندا، تەلەفۆن بۆ NHS 111 بکەن و بژاردەی تەندروستیی دەروونی هەڵبژێرن.
contact-private-clinic = پەیوەندی بە کلینیکە تایبەتەکەوە بکەن. زانیارییەکانیان لەسەر نامە یان پسوولەی پارەدانەکەتانە.
contact-urgent-care = تەلەفۆن بۆ ئەو A&E (بەشی فریاکەوتن) یان سەنتەری چارەسەری بەپەلەیە بکەن کە چوونە ئەوێ. ژمارەکە لەسەر پەڕەی ئامۆژگارییەکەتانە، یان تەلەفۆن بۆ ژمارە سەرەکییەکەی نەخۆشخانەکە بکەن.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = تەلەفۆن بۆ { $service } بکەن لەسەر ژمارەی { $phone }.
contact-local-other = پەیوەندی بکەن بە { $service }.
contact-local-hours = کاتی وەڵامدانەوەی تەلەفۆن: { $hours }
contact-local-website = لاپەڕەی ئینتەرنێتیان: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = کەی نامەی کلینیکەکە دەگاتە دکتۆری خێزانەکەتان
timing-discharge-summary = کەی پوختەی دەرچوون (discharge summary) دەگاتە دکتۆری خێزانەکەتان
timing-cancer-diagnosis = کەی NHS ئامانجی ئەوەیە پێتان بڵێت شێرپەنجەیە یان نا
timing-cancelled-operation = کەی دەبێت ڕێکەوتێکی نوێتان هەبێت بۆ نەشتەرگەرییەک کە لە ڕۆژی نەشتەرگەرییەکەدا هەڵوەشێنرایەوە
timing-within = لە ماوەی { $limit } { $unit ->
        [hours] { $limit ->
            [one] کاتژمێر
           *[other] کاتژمێر
        }
        [days] { $limit ->
            [one] ڕۆژ
           *[other] ڕۆژ
        }
        [months] { $limit ->
            [one] مانگ
           *[other] مانگ
        }
       *[weeks] { $limit ->
            [one] هەفتە
           *[other] هەفتە
        }
    } دوای { $from ->
        [appointment] سەردانی کلینیکەکەتان
        [discharge] دەرچوونتان لە نەخۆشخانە
        [referral] ڕەوانەکردنەکە
       *[cancellation] ئەو ڕۆژەی کە هەڵوەشێنرایەوە
    }.

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] کانوونی دووەم
        [2] شوبات
        [3] ئازار
        [4] نیسان
        [5] ئایار
        [6] حوزەیران
        [7] تەممووز
        [8] ئاب
        [9] ئەیلوول
        [10] تشرینی یەکەم
        [11] تشرینی دووەم
       *[12] کانوونی یەکەم
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = زانیارییەکانی ئێوە
details-service = ئەمە دەربارەی: { $service }
details-expect-by = دەبێت تا { $date } هەواڵتان پێ بگات.
details-phone = ئەگەر هەواڵتان پێ نەگەیشتووە، یان پرسیارێکتان هەیە، تەلەفۆن بۆ { $phone } بکەن.
details-web = هەروەها دەتوانن بچنە سەر { $web }.
details-broken = هەندێک لە زانیارییەکانی ناو بەستەرەکەتان بەکارنەهێنران. باقیی ئەم لاپەڕەیە هێشتا بۆ ئێوە دروستە.

# The Listen button on a journey page (it reads the page aloud).
listen = گوێ لەم لاپەڕەیە بگرن
listen-stop = ڕاگرتنی خوێندنەوە

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = ئەم کۆدە بە کامێرای مۆبایلەکەتان سکان بکەن بۆ ئەوەی ئەم لاپەڕەیە دووبارە بکەنەوە.

# Desk mode: a reception screen turned to the patient.
desk-title = زمانەکەتان هەڵبژێرن
desk-journeys = ئەوە هەڵبژێرن کە لە بارودۆخی ئێوە دەچێت
desk-take-home = ئەم لاپەڕەیە لەگەڵ خۆتان ببەن: کامێرای مۆبایلەکەتان ڕوو بەم کۆدە بگرن.
desk-start-again = دەستپێکردنەوە

# The link maker, for staff at a GP practice or hospital.
make-link-title = بەستەرێک بۆ نەخۆشێک دروست بکەن
make-link-intro = ڕێنماییەکە و زمانی نەخۆشەکە هەڵبژێرن. دەتوانن زانیارییەکانی نەخۆشەکەش زیاد بکەن. ئەوەی دەینووسن تەنها لەسەر ئەم ئامێرە دەمێنێتەوە.
make-link-journey = ڕێنمایی
make-link-language = زمانی نەخۆشەکە
make-link-service = خزمەتگوزاری یان کلینیک (ئەگەر بتانەوێت)
make-link-start = ڕێکەوتی ڕەوانەکردن، پشکنین یان دەرچوون (ئەگەر بتانەوێت)
make-link-wait = ئەو ماوەیەی کە دەبێت تیایدا هەواڵیان پێ بگات (ئەگەر بتانەوێت)
make-link-wait-days = ڕۆژ
make-link-wait-weeks = هەفتە
make-link-wait-months = مانگ
make-link-phone = ژمارە تەلەفۆنی تیمەکە (ئەگەر بتانەوێت)
make-link-web = لاپەڕەی ئینتەرنێتی تیمەکە (ئەگەر بتانەوێت)
make-link-bad-phone = ئەمە لە ژمارە تەلەفۆنێکی بەریتانی ناچێت، بۆیە لە بەستەرەکەدا نییە.
make-link-bad-web = لاپەڕەیەکی ئینتەرنێتی بەکاربهێنن کە بە https دەست پێ دەکات. ئەمەیان لە بەستەرەکەدا نییە.
make-link-link = بەستەرەکە
make-link-message = نامەی مۆبایل
make-link-characters = پیت و بۆشایی
make-link-segments = چەند نامەی مۆبایل دەبات
make-link-unicode = ئەم نامەیە هەندێک پیتی تێدایە کە لە کۆمەڵە پیتە سەرەتاییەکەدا نین، بۆیە هەر نامەیەک پیتی کەمتر دەگرێت.
make-link-copy = کۆپی بکەن
make-link-copied = کۆپی کرا
make-link-qr = کۆدی QR بۆ ئەم بەستەرە
make-link-print = چاپکردن
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: دواتر چی ڕوودەدات و پەیوەندی بە کێوە بکەن: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = دواتر چی ڕوودەدات، و پەیوەندی بە کێوە بکەن: { $link }

not-found-title = ئەو لاپەڕەیە نادۆزینەوە
not-found-body = لەوانەیە بەستەرەکە هەڵە یان کۆن بێت. ئەمانە هەموو ڕێنماییەکانمانن. ئەوە هەڵبژێرن کە لە بارودۆخی ئێوە دەچێت.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = ئەم مۆبایلە ئێستا ئینتەرنێتی نییە، و ئەم لاپەڕەیە هێشتا لەسەری هەڵنەگیراوە. کاتێک ئینتەرنێتتان هەبوو، بەستەرەکە دووبارە تاقی بکەنەوە. ئەو ڕێنماییانەی پێشتر کردووتانەتەوە هێشتا کار دەکەن.

unknown-language = هێشتا ئەو زمانەمان نییە، بۆیە ئەم لاپەڕەیە بە ئینگلیزییە.

# The language picker on every page.
language-picker-label = زمانەکەتان هەڵبژێرن
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = ئەم ڕێنماییە بخوێننەوە، لەگەڵ دەقە ئینگلیزییەکەی لە ژێر هەر بەشێکدا
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = ئەم وەرگێڕانە هێشتا نەپشکنراوە. ئەگەر شتێک ڕوون نەبوو، داوای وەرگێڕی زارەکی بکەن. بەخۆڕاییە.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = وەرگێڕی بڕوانامەدار لە { $date } ئەم وەرگێڕانەیان پشکنی. ئەگەر شتێک ڕوون نەبوو، داوای وەرگێڕی زارەکی بکەن. بەخۆڕاییە.

footer-make-link = بۆ کارمەندان: بەستەرێک بۆ نەخۆشێک دروست بکەن
footer-embed = بۆ کارمەندان: ئەم ڕێنماییانە بخەنە سەر ماڵپەڕەکەتان
footer-not-nhs = NHS ئەم ڕێنماییەی دروست نەکردووە. ئەم ڕێنماییە دەڵێت خزمەتگوزارییەکانی NHS زۆربەی کات چۆن پێکەوە کار دەکەن.
footer-privacy = هیچ شتێک لەوەی لێرە دەیکەن بۆ هیچ شوێنێک نانێردرێت، و هیچ زانیارییەک دەربارەی ئێوە هەڵناگیرێت.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = ببورن، کێشەیەک لەم لاپەڕەیەدا ڕوویدا
panic-body = ئەوەی لەم لاپەڕەیەدا دەیبینن هێشتا دروستە. ئەگەر هەڵە دەردەکەوێت، لاپەڕەکە دووبارە بکەنەوە.
# Always in English: a link to this page in English.
panic-english = ئەم لاپەڕەیە بە ئینگلیزی بکەنەوە

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = خزمەتگوزارییەک لە لیستی ناوچەکەتان هەڵبژێرن
make-link-pick-none = هیچیان: خۆم زانیارییەکان دەنووسم
config-none = ئەم ماڵپەڕە هیچ زانیاریی پەیوەندیی ناوچەیی تێدا نییە، بۆیە هەر هەنگاوێک ئامۆژگاریی گشتی دەدات. بۆ زیادکردنی خزمەتگوزارییەکانی ناوچەکەتان، سەیری README بکەن.
config-loaded = ئەم ماڵپەڕە زانیاریی پەیوەندیی { $area } پیشان دەدات.
config-problems-title = هەندێک زانیاریی پەیوەندیی ناوچەیی پێویستیان بە چاککردنە
config-problems-intro = نەخۆشەکان کاریگەر نابن: ئەوان زانیارییەکانی دوایین دروستکردنی سەرکەوتوو (build) دەبینن، یان ئامۆژگاریی گشتی. ئەمانە چاک بکەن، پاشان ماڵپەڕەکە دووبارە دروست بکەنەوە.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: فایلەکە لێرەدا بە دروستی نەنووسراوە. بەدوای کۆما، نیشانەی وتەبەند یان کەوانەیەکی ونبوودا بگەڕێن.
config-problem-unknown-field = { $field }: ئەمە خانەیەک نییە کە بیناسین. ڕێنووسەکەی بپشکنن.
config-problem-missing-field = { $field }: دەبێت ئەمە پڕ بکرێتەوە.
config-problem-wrong-type = { $field }: ئەمە جۆرێکی هەڵەی بەهایە، بۆ نموونە ژمارە لە شوێنێکدا کە دەبێت وشەی تێدا بێت.
config-problem-version = { $field }: دەبێت ئەمە 1 بێت.
config-problem-empty = { $field }: ئەمە بەتاڵە.
config-problem-too-long = { $field }: ئەمە زۆر درێژە. با لە 120 پیت کەمتر بێت.
config-problem-hidden-characters = { $field }: ئەمە پیتی شاراوەی تێدایە کە دەکرێت شێوەی خوێندنەوەکەی بگۆڕێت. دووبارە بینووسنەوە.
config-problem-bad-id = { $field }: تەنها پیتی بچووک، ژمارە و داش (-) بەکاربهێنن، وەک skin-team.
config-problem-duplicate-id = { $field }: دوو خزمەتگوزاری هەمان id یان هەیە.
config-problem-bad-phone = { $field }: ئەمە ژمارە تەلەفۆنێکی بەریتانی نییە. بەم شێوەیە بینووسن: 020 7946 0000.
config-problem-not-https = { $field }: دەبێت لاپەڕەی ئینتەرنێتەکە بە https دەست پێ بکات، نەک http.
config-problem-bad-website = { $field }: ئەمە ناونیشانی ئینتەرنێت نییە. بەم شێوەیە بینووسن: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: هیچ ڕێنماییەک بەم ناوە نییە.
config-problem-unknown-contact = { $field }: ئەمە جۆرێکی پەیوەندی نییە کە بیناسین، وەک hospital-team.
config-problem-unknown-service = { $field }: هیچ خزمەتگوزارییەک لە لیستەکەدا ئەم id یەی نییە.
config-problem-unknown-language = { $field }: ئەم زمانەمان نییە.
config-problem-missing-english = { $field }: دەبێت وشەکان بە ئینگلیزیش بنووسرێن، وەک en-GB.

# Staff: put the guides on a practice's website.
embed-title = ئەم ڕێنماییانە بخەنە سەر ماڵپەڕەکەتان
embed-intro = هەڵبژێرن چی پیشان بدرێت، پاشان کۆدەکە کۆپی بکەن بۆ ناو لاپەڕەی ماڵپەڕەکەتان. ڕێنماییەکان لەناو لاپەڕەکەی ئێوەدا دەردەکەون. هیچ زانیارییەک دەربارەی ئەو کەسانەی ماڵپەڕەکەتان بەکاردەهێنن نانێرێت.
embed-journey = ئەو ڕێنماییەی پیشان دەدرێت
embed-all-guides = هەموو ڕێنماییەکان، وەک لیستێک
embed-language = ئەو زمانەی کە پێی دەکرێتەوە
embed-accent = ڕەنگی سەرەکیی ماڵپەڕەکەتان (ئەگەر بتانەوێت)
embed-accent-hint = شەش پیت یان ژمارە دوای نیشانەی #، وەک #00703c.
embed-accent-bad = ئەمە کۆدی ڕەنگ نییە. بەم شێوەیە بینووسن: #00703c.
embed-accent-low-contrast = ئەم ڕەنگە زۆر کاڵە بۆ خوێندنەوە لەسەر لاپەڕەیەکی ڕووناک. ڕێژەی جیاوازییەکەی (contrast) دەکاتە { $ratio } بۆ 1، بەڵام پێویستە 4.5 بۆ 1 بێت. ڕەنگێکی تۆختر هەڵبژێرن. تا ئەو کاتە، ڕێنماییەکە ڕەنگە شینەکەی خۆی دەهێڵێتەوە.
embed-list = لە کۆتاییدا لیستی ڕێنماییەکانی تر پیشان بدرێت
embed-code = کۆد بۆ لاپەڕەی ماڵپەڕەکەتان
embed-copy = کۆدەکە کۆپی بکەن
embed-copied = کۆپی کرا
embed-preview = چۆن دەردەکەوێت
embed-hosting = ئەم کۆدە لەسەر هەر ماڵپەڕێک کار دەکات کە ڕێگە بدات چوارچێوەیەک (frame) زیاد بکرێت. پێویستی بە هەژمار نییە و هیچ کووکییەک (cookie) دانانێت.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = هەنگاوەکان بە کورتی
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = وەشانی ئاسان بۆ خوێندنەوە
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = وەشانی ئاسان بۆ خوێندنەوە (بە ئینگلیزی)
