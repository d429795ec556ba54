# Words used on every page: the frame around the journeys.

site-name = ماذا بعد؟
site-tagline = من يقوم بماذا عندما تنتقل رعايتك بين طبيبك العام (GP) والمستشفى.
skip-to-content = انتقل إلى المحتوى الرئيسي
home-link = كل الأدلة

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = هل تحتاج إلى مساعدة الآن؟
safety-emergency = في حالة الطوارئ، اتصل بالرقم { -emergency-number }.
safety-urgent = { $audience ->
        [parent] إذا كنت مريضا أو كان طفلك مريضا، ولم تكن متأكدا مما يجب فعله، اتصل بخدمة { -urgent-number } أو بعيادة طبيبك العام (GP).
       *[other] إذا كنت مريضا ولم تكن متأكدا مما يجب فعله، اتصل بخدمة { -urgent-number } أو بعيادة طبيبك العام (GP).
    }
safety-online = أو ادخل إلى موقع 111.nhs.uk على الإنترنت.
safety-mental-health = إذا كنت في أزمة تتعلق بالصحة النفسية، اتصل بخدمة { -urgent-number } واختر خيار الصحة النفسية.
safety-deaf = إذا كنت أصم، اتصل بالرقم 18001 111 عن طريق خدمة Relay UK، أو استخدم خدمات NHS 111 و999 بلغة الإشارة البريطانية (BSL).
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = هذه الأدلة عن خدمات NHS في إنجلترا. في ويلز واسكتلندا وأيرلندا الشمالية، تعمل بعض الأشياء بطرق أخرى.

home-title = ماذا سيحدث بعد ذلك في رعايتك؟
home-intro = اختر الدليل المناسب لك. كل دليل يقول من يقوم بكل خطوة، وكيف تتواصل معه.

# The search box on the home page.
search-label = ابحث في الأدلة
search-hint = مثلا: تحليل دم، شهادة مرضية، وصفة طبية.
search-results = { $count ->
        [zero] لا يوجد دليل مناسب. جرب كلمات أخرى، أو اختر من القائمة أدناه.
        [one] يوجد دليل واحد مناسب.
        [two] يوجد دليلان مناسبان.
        [few] يوجد { $count } أدلة مناسبة.
        [many] يوجد { $count } دليلا مناسبا.
       *[other] يوجد { $count } دليل مناسب.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = في من إلى الى على عن مع و أو او ثم أن ان إن هل ما ماذا متى كيف لماذا لم لن لا قد كان كانت هذا هذه ذلك تلك هو هي أنا انا أنت انت نحن هم لي لك له لها عند عندي لدي كل أي اي الذي التي يا بعد قبل

# Group headings on the home page: the question people start from.
topic-referred = تمت إحالتي
topic-waiting = أنا أنتظر
topic-test = أجريت فحصا
topic-after-appointment = ذهبت إلى موعد في المستشفى
topic-leaving-hospital = سأخرج من المستشفى
topic-medicines-fit-notes = الأدوية وشهادات اللياقة للعمل
topic-child = الأمر يتعلق بطفلي
topic-mental-health = الأمر يتعلق بصحتي النفسية
topic-gp-practice = الحصول على مساعدة من عيادة طبيبي العام (GP)، أو بدونها

journey-steps-heading = ماذا يحدث، خطوة بخطوة
# Under a guide shown inside a practice's website.
journey-more-guides = المزيد من أدلتنا
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = كتبنا هذه الصفحة في { $date } من المصادر العامة. لم يراجعها أحد العاملين في الرعاية الصحية (clinician) بعد.
journey-reviewed = راجع هذه الصفحة أحد العاملين في الرعاية الصحية (clinician)، وهو { $reviewer }، في { $date }.
step-number = الخطوة { $number }
step-who = من يقوم بهذا
step-contact = كيف تتواصل معهم
step-if-not = إذا لم يحدث هذا
step-ask = أسئلة يمكنك طرحها

# Who is responsible for a step.
who-gp-practice = عيادة طبيبك العام (GP)
who-hospital-team = فريق المستشفى
who-patient-or-parent = { $audience ->
        [parent] أنت، الوالد أو الوالدة أو مقدم الرعاية
       *[other] أنت
    }
who-pharmacy = صيدلية قريبة منك
who-nhs-111 = خدمة NHS 111
who-mental-health-team = فريق الصحة النفسية
who-private-clinic = العيادة الخاصة
who-other = شخص آخر: الخطوة تقول من هو

# How to reach whoever is responsible.
contact-hospital-team = اتصل بفريق المستشفى. رقمهم موجود في خطابك أو في الرسالة النصية.
contact-referral-booking = استخدم الرابط الموجود في الرسالة النصية أو البريد الإلكتروني، أو اتصل بالرقم الموجود في خطابك.
contact-gp-practice = اتصل بعيادة طبيبك العام (GP)، أو استخدم النموذج الإلكتروني الخاص بها، أو اذهب إلى مكتب الاستقبال.
contact-hospital-ward = اسأل موظفي الجناح قبل أن تغادر. بعد ذلك، اتصل بالرقم الموجود في الخطاب الذي أعطاك إياه الجناح.
contact-test-requester = تواصل مع الفريق الذي طلب الفحص. بياناتهم موجودة في خطابك أو في النموذج.
contact-pharmacy = اذهب إلى أي صيدلية أو اتصل بها. لا تحتاج إلى حجز موعد.
contact-link-worker = اطلب من عيادة طبيبك العام أن تضعك على تواصل مع منسق الدعم (link worker).
contact-patient-advice = اطلب فريق استشارات المرضى في المستشفى. هذا الفريق يساعد عندما تحدث مشكلة.
contact-nhs-111 = اتصل بخدمة NHS 111، ليلا أو نهارا، أو ادخل إلى موقع 111.nhs.uk.
contact-self-referral = تواصل مع الخدمة بنفسك، عبر الإنترنت أو بالهاتف. ابحث عنها في موقع NHS على الإنترنت، أو اسأل عيادة طبيبك العام كيف تتواصل معها.
contact-mental-health-team = استخدم رقم الهاتف الموجود في خطة رعايتك. في حالة الأزمة، اتصل بخدمة NHS 111 واختر خيار الصحة النفسية.
contact-private-clinic = تواصل مع العيادة الخاصة. بياناتهم موجودة في خطابك أو في الفاتورة.
contact-urgent-care = اتصل بقسم الطوارئ (A&E) أو بمركز العلاج العاجل الذي ذهبت إليه. الرقم موجود في ورقة النصائح التي أعطوك إياها، أو اتصل بالرقم الرئيسي للمستشفى.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = اتصل بـ { $service } على الرقم { $phone }.
contact-local-other = تواصل مع { $service }.
contact-local-hours = يتم الرد على الهاتف في هذه الأوقات: { $hours }
contact-local-website = صفحتهم على الإنترنت: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
# Arabic: the noun after the number depends on it (CLDR zero, one, two, few 3-10, many 11-99, other 100+).
# For 1 and 2 the noun alone carries the number, as is usual in Arabic.
timing-clinic-letter = متى يصل خطاب العيادة إلى طبيبك العام
timing-discharge-summary = متى يصل ملخص الخروج إلى طبيبك العام
timing-cancer-diagnosis = متى تهدف NHS إلى إخبارك هل هو سرطان أم لا
timing-cancelled-operation = متى يجب أن تحصل على موعد جديد لعملية ألغيت في يومها
timing-within = خلال { $unit ->
        [hours] { $limit ->
            [zero] { $limit } ساعة
            [one] ساعة واحدة
            [two] ساعتين
            [few] { $limit } ساعات
            [many] { $limit } ساعة
           *[other] { $limit } ساعة
        }
        [days] { $limit ->
            [zero] { $limit } يوم
            [one] يوم واحد
            [two] يومين
            [few] { $limit } أيام
            [many] { $limit } يوما
           *[other] { $limit } يوم
        }
        [months] { $limit ->
            [zero] { $limit } شهر
            [one] شهر واحد
            [two] شهرين
            [few] { $limit } أشهر
            [many] { $limit } شهرا
           *[other] { $limit } شهر
        }
       *[weeks] { $limit ->
            [zero] { $limit } أسبوع
            [one] أسبوع واحد
            [two] أسبوعين
            [few] { $limit } أسابيع
            [many] { $limit } أسبوعا
           *[other] { $limit } أسبوع
        }
    } من { $from ->
        [appointment] موعدك في العيادة
        [discharge] خروجك من المستشفى
        [referral] تاريخ الإحالة
       *[cancellation] يوم الإلغاء
    }.

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = بياناتك
details-service = هذا بخصوص: { $service }
details-expect-by = يجب أن يصلك خبر بحلول { $date }.
details-phone = إذا لم يصلك أي خبر، أو كان لديك سؤال، اتصل بالرقم { $phone }.
details-web = يمكنك أيضا زيارة { $web }.
details-broken = لم نستطع استخدام بعض البيانات الموجودة في رابطك. باقي هذه الصفحة ما زال مناسبا لك.

# The Listen button on a journey page (it reads the page aloud).
listen = استمع إلى هذه الصفحة
listen-stop = أوقف القراءة

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = امسح هذا الرمز بكاميرا هاتفك لتفتح هذه الصفحة مرة أخرى.

# Desk mode: a reception screen turned to the patient.
desk-title = اختر لغتك
desk-journeys = اختر ما يناسبك
desk-take-home = خذ هذه الصفحة معك: وجه كاميرا هاتفك إلى هذا الرمز.
desk-start-again = ابدأ من جديد

# The link maker, for staff at a GP practice or hospital.
make-link-title = أنشئ رابطا لمريض
make-link-intro = اختر الدليل ولغة المريض. يمكنك إضافة بياناته. ما تكتبه يبقى على هذا الجهاز.
make-link-journey = الدليل
make-link-language = لغة المريض
make-link-service = الخدمة أو العيادة (اختياري)
make-link-start = تاريخ الإحالة أو الفحص أو الخروج من المستشفى (اختياري)
make-link-wait = المدة التي يجب أن يصله خلالها خبر (اختياري)
make-link-wait-days = أيام
make-link-wait-weeks = أسابيع
make-link-wait-months = أشهر
make-link-phone = رقم هاتف الفريق (اختياري)
make-link-web = صفحة الفريق على الإنترنت (اختياري)
make-link-bad-phone = لا يبدو هذا رقم هاتف في المملكة المتحدة، لذلك لم نضعه في الرابط.
make-link-bad-web = استخدم صفحة على الإنترنت تبدأ بـ https. لم نضع هذه الصفحة في الرابط.
make-link-link = الرابط
make-link-message = الرسالة النصية
make-link-characters = الحروف والمسافات
make-link-segments = عدد الرسائل النصية اللازمة
make-link-unicode = في هذه الرسالة حروف ليست من المجموعة الأساسية، لذلك تتسع كل رسالة لعدد أقل منها.
make-link-copy = انسخه
make-link-copied = تم النسخ
make-link-qr = رمز QR لهذا الرابط
make-link-print = اطبع
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: ماذا سيحدث بعد ذلك، وبمن تتصل: { $link }
sms-message-short = ماذا سيحدث بعد ذلك، وبمن تتصل: { $link }

not-found-title = لا نستطيع العثور على هذه الصفحة
not-found-body = قد يكون الرابط خاطئا أو قديما. هذه كل أدلتنا. اختر الدليل المناسب لك.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = لا يوجد إنترنت على هذا الهاتف الآن، وهذه الصفحة غير محفوظة عليه بعد. جرّب الرابط مرة أخرى عندما تكون متصلا بالإنترنت. الأدلة التي فتحتها من قبل ما زالت تعمل.

unknown-language = هذه اللغة غير متوفرة لدينا بعد، لذلك هذه الصفحة باللغة الإنجليزية.

# The language picker on every page.
language-picker-label = اختر لغتك
with-english-link = اقرأ هذا الدليل مع النص الإنجليزي تحت كل جزء
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = لم يراجع أحد هذه الترجمة بعد. إذا لم يكن أي شيء واضحا، اطلب مترجما فوريا. هذه الخدمة مجانية.
translation-checked = راجع مترجمون مؤهلون هذه الترجمة في { $date }. إذا لم يكن أي شيء واضحا، اطلب مترجما فوريا. هذه الخدمة مجانية.

footer-make-link = للموظفين: أنشئ رابطا لمريض
footer-embed = للموظفين: ضع هذه الأدلة على موقعك الإلكتروني
footer-not-nhs = هذا الدليل ليس من إعداد هيئة الخدمات الصحية الوطنية (NHS). وهو يقول كيف تعمل خدمات NHS معا في أغلب الأحيان.
footer-privacy = لا يتم إرسال أي شيء تفعله هنا إلى أي مكان، ولا يتم حفظ أي شيء عنك.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = عذرا، حدث خطأ في هذه الصفحة
panic-body = ما تراه في هذه الصفحة ما زال صحيحا. إذا بدا لك شيء خاطئ، أعد تحميل الصفحة.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = اختر خدمة من قائمة منطقتك
make-link-pick-none = لا شيء: سأكتب البيانات بنفسي
config-none = لا توجد في هذا الموقع بيانات اتصال محلية، لذلك تعطي كل خطوة النصيحة العامة. لإضافة خدمات منطقتك، راجع ملف README.
config-loaded = يعرض هذا الموقع بيانات الاتصال الخاصة بـ { $area }.
config-problems-title = بعض بيانات الاتصال المحلية تحتاج إلى تصحيح
config-problems-intro = هذا لا يؤثر على المرضى: فهم يرون البيانات من آخر نسخة سليمة من الموقع، أو يرون النصيحة العامة. صحح هذه المشكلات، ثم أعد بناء الموقع.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: الملف غير مكتوب بشكل صحيح هنا. ابحث عن فاصلة أو علامة تنصيص أو قوس ناقص.
config-problem-unknown-field = { $field }: هذا ليس حقلا نعرفه. تحقق من الإملاء.
config-problem-missing-field = { $field }: يجب ملء هذا الحقل.
config-problem-wrong-type = { $field }: نوع هذه القيمة خاطئ، مثلا رقم في مكان يجب أن تكون فيه كلمات.
config-problem-version = { $field }: يجب أن تكون القيمة 1.
config-problem-empty = { $field }: هذا الحقل فارغ.
config-problem-too-long = { $field }: هذا النص طويل جدا. اجعله أقل من 120 حرفا.
config-problem-hidden-characters = { $field }: في هذا النص رموز مخفية قد تغير طريقة قراءته. اكتبه مرة أخرى.
config-problem-bad-id = { $field }: استخدم فقط حروفا إنجليزية صغيرة وأرقاما وشرطات، مثل skin-team.
config-problem-duplicate-id = { $field }: توجد خدمتان لهما هذا الـ id نفسه.
config-problem-bad-phone = { $field }: هذا ليس رقم هاتف في المملكة المتحدة. اكتبه هكذا: 020 7946 0000.
config-problem-not-https = { $field }: يجب أن تبدأ صفحة الإنترنت بـ https، وليس http.
config-problem-bad-website = { $field }: هذا ليس عنوان موقع على الإنترنت. اكتبه هكذا: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: لا يوجد دليل بهذا الاسم.
config-problem-unknown-contact = { $field }: هذا ليس نوع تواصل نعرفه، مثل hospital-team.
config-problem-unknown-service = { $field }: لا توجد في القائمة خدمة لها هذا الـ id.
config-problem-unknown-language = { $field }: هذه اللغة غير متوفرة لدينا.
config-problem-missing-english = { $field }: يجب كتابة النص باللغة الإنجليزية أيضا، تحت الرمز en-GB.

# Staff: put the guides on a practice's website.
embed-title = ضع هذه الأدلة على موقعك الإلكتروني
embed-intro = اختر ما تريد عرضه، ثم انسخ الكود إلى صفحتك على الإنترنت. تظهر الأدلة داخل صفحتك. الكود لا يرسل أي شيء عن الأشخاص الذين يستخدمون موقعك.
embed-journey = الدليل الذي تريد عرضه
embed-all-guides = كل الأدلة، في قائمة
embed-language = اللغة التي يفتح بها الدليل
embed-accent = اللون الرئيسي لموقعك الإلكتروني (اختياري)
embed-accent-hint = ستة حروف أو أرقام بعد علامة #، مثل #00703c.
embed-accent-bad = هذا ليس رمز لون. اكتبه هكذا: #00703c.
embed-accent-low-contrast = هذا اللون فاتح جدا، ولا تسهل قراءته على صفحة فاتحة. نسبة التباين فيه { $ratio } إلى 1، والمطلوب 4.5 إلى 1. اختر لونا أغمق. حتى ذلك الحين، يبقى الدليل بلونه الأزرق الخاص.
embed-list = اعرض قائمة بالأدلة الأخرى في النهاية
embed-code = الكود الذي تضعه في صفحتك على الإنترنت
embed-copy = انسخ الكود
embed-copied = تم النسخ
embed-preview = كيف سيبدو
embed-hosting = يعمل هذا الكود على أي موقع إلكتروني يسمح لك بإضافة إطار (frame). لا يحتاج إلى حساب، ولا يضع أي ملفات تعريف ارتباط (cookies).

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = نظرة سريعة على الخطوات
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = نسخة سهلة القراءة
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = نسخة سهلة القراءة (باللغة الإنجليزية)
