# Words used on every page: the frame around the journeys.

site-name = آگے کیا ہوگا؟
site-tagline = جب آپ کی دیکھ بھال آپ کے جی پی (GP) اور ہسپتال کے درمیان منتقل ہوتی ہے تو کون کیا کرتا ہے۔
skip-to-content = اصل مواد پر جائیں
home-link = تمام گائیڈ

# The safety line shown on every page.
safety-title = کیا آپ کو ابھی مدد چاہیے؟
safety-emergency = ایمرجنسی میں { -emergency-number } پر فون کریں۔
safety-urgent = اگر آپ کی طبیعت خراب ہے اور آپ کو معلوم نہیں کہ کیا کرنا ہے، تو { -urgent-number } یا اپنی جی پی (GP) پریکٹس کو فون کریں۔
-emergency-number = 999
-urgent-number = NHS 111

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
topic-gp-practice = میری جی پی (GP) پریکٹس میں

journey-steps-heading = کیا ہوتا ہے، مرحلہ وار
journey-reviewed = ہم نے اس صفحے کو آخری بار { $date } کو چیک کیا۔
step-number = مرحلہ { $number }
step-who = یہ کون کرتا ہے
step-contact = ان سے رابطہ کیسے کریں
step-timing = اس میں کتنا وقت لگتا ہے
step-if-not = اگر ایسا نہ ہو
step-ask = آپ یہ سوال پوچھ سکتے ہیں

# Who is responsible for a step.
who-gp-practice = آپ کی جی پی (GP) پریکٹس
who-hospital-team = ہسپتال کی ٹیم
who-patient-or-parent = { $audience ->
        [parent] آپ، یعنی والدین یا دیکھ بھال کرنے والے
       *[other] آپ
    }
who-pharmacy = کوئی فارمیسی
who-other = کوئی اور، جیسے لنک ورکر (link worker)

# How to reach whoever is responsible.
contact-hospital-team = ہسپتال کی ٹیم کو فون کریں۔ ان کا نمبر آپ کے خط یا ٹیکسٹ میسج پر ہے۔
contact-referral-booking = اپنے ٹیکسٹ میسج یا ای میل میں دیا گیا لنک استعمال کریں، یا اپنے خط پر لکھے نمبر پر فون کریں۔
contact-gp-practice = اپنی جی پی (GP) پریکٹس کو فون کریں، اس کا آن لائن فارم استعمال کریں، یا استقبالیہ (ریسیپشن) پر جائیں۔
contact-hospital-ward = جانے سے پہلے وارڈ کے عملے سے پوچھیں۔ اس کے بعد، وارڈ کی طرف سے ملنے والے خط پر لکھے نمبر پر فون کریں۔
contact-test-requester = اس ٹیم سے رابطہ کریں جس نے ٹیسٹ کروایا تھا۔ ان کی تفصیلات آپ کے خط یا فارم پر ہیں۔
contact-pharmacy = کسی بھی فارمیسی پر جائیں یا انہیں فون کریں۔ آپ کو اپائنٹمنٹ لینے کی ضرورت نہیں۔
contact-link-worker = اپنی جی پی پریکٹس سے کہیں کہ وہ کسی لنک ورکر سے آپ کا رابطہ کروا دیں۔
contact-patient-advice = ہسپتال میں مریضوں کی مشاورتی ٹیم سے رابطہ کریں۔ جب معاملات خراب ہوں تو وہ مدد کرتے ہیں۔

# How long a step takes. $unit is one of hours, days, working-days, weeks, months.
# Urdu: singular after 1, plural otherwise; after "کے اندر" (within) the oblique
# form is used (دنوں، ہفتوں…).
timing-range = عام طور پر { $from } سے { $to } { $unit ->
        [hours] { $to ->
            [one] گھنٹہ
           *[other] گھنٹے
        }
        [days] دن
        [working-days] { $to ->
            [one] کام کا دن
           *[other] کام کے دن
        }
        [months] { $to ->
            [one] مہینہ
           *[other] مہینے
        }
       *[weeks] { $to ->
            [one] ہفتہ
           *[other] ہفتے
        }
    }۔ یہ ہر ہسپتال میں مختلف ہوتا ہے۔
timing-within = { $limit } { $unit ->
        [hours] { $limit ->
            [one] گھنٹے
           *[other] گھنٹوں
        }
        [days] { $limit ->
            [one] دن
           *[other] دنوں
        }
        [working-days] { $limit ->
            [one] کام کے دن
           *[other] کام کے دنوں
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

not-found-title = ہمیں یہ صفحہ نہیں مل رہا
not-found-body = ہو سکتا ہے لنک غلط یا پرانا ہو۔ یہ رہے ہمارے تمام گائیڈ۔ وہ گائیڈ چنیں جو آپ کی صورتحال کے مطابق ہو۔

unknown-language = یہ زبان ابھی ہمارے پاس نہیں ہے، اس لیے یہ صفحہ انگریزی میں ہے۔

# The language picker on every page.
language-picker-label = اپنی زبان چنیں
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = اس ترجمے کی ابھی جانچ نہیں ہوئی۔ اگر کوئی بات واضح نہ ہو تو ترجمان (interpreter) مانگیں۔ یہ مفت ہے۔

footer-not-nhs = یہ گائیڈ NHS نے نہیں بنایا۔ یہ بتاتا ہے کہ NHS کی سروسز عام طور پر مل کر کیسے کام کرتی ہیں۔
footer-privacy = آپ یہاں جو کچھ بھی کرتے ہیں، وہ کہیں نہیں بھیجا جاتا، اور آپ کے بارے میں کچھ محفوظ نہیں کیا جاتا۔
