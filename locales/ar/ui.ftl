# Words used on every page: the frame around the journeys.

site-name = ماذا بعد؟
site-tagline = من يقوم بماذا عندما تنتقل رعايتك بين طبيبك العام (GP) والمستشفى.
skip-to-content = انتقل إلى المحتوى الرئيسي
home-link = كل الأدلة

# The safety line shown on every page.
safety-title = هل تحتاج إلى مساعدة الآن؟
safety-emergency = في حالة الطوارئ، اتصل بالرقم { -emergency-number }.
safety-urgent = إذا كنت مريضا ولا تعرف ماذا تفعل، اتصل بخدمة { -urgent-number } أو بعيادة طبيبك العام (GP).
-emergency-number = 999
-urgent-number = NHS 111

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
topic-gp-practice = في عيادة طبيبي العام (GP)

journey-steps-heading = ماذا يحدث، خطوة بخطوة
# Under a guide shown inside a practice's website.
journey-more-guides = المزيد من أدلتنا
journey-reviewed = آخر مرة راجعنا فيها هذه الصفحة كانت في { $date }.
step-number = الخطوة { $number }
step-who = من يقوم بهذا
step-contact = كيف تتواصل معهم
step-timing = كم يستغرق ذلك
step-if-not = إذا لم يحدث هذا
step-ask = أسئلة يمكنك طرحها

# Who is responsible for a step.
who-gp-practice = عيادة طبيبك العام (GP)
who-hospital-team = فريق المستشفى
who-patient-or-parent = { $audience ->
        [parent] أنت، الوالد أو الوالدة أو مقدم الرعاية
       *[other] أنت
    }
who-pharmacy = صيدلية
who-other = شخص آخر، مثل منسق الدعم (link worker)

# How to reach whoever is responsible.
contact-hospital-team = اتصل بفريق المستشفى. رقمهم موجود في خطابك أو في الرسالة النصية.
contact-referral-booking = استخدم الرابط الموجود في الرسالة النصية أو البريد الإلكتروني، أو اتصل بالرقم الموجود في خطابك.
contact-gp-practice = اتصل بعيادة طبيبك العام (GP)، أو استخدم النموذج الإلكتروني الخاص بها، أو اذهب إلى مكتب الاستقبال.
contact-hospital-ward = اسأل موظفي الجناح قبل أن تغادر. بعد ذلك، اتصل بالرقم الموجود في الخطاب الذي أعطاك إياه الجناح.
contact-test-requester = تواصل مع الفريق الذي طلب الفحص. بياناتهم موجودة في خطابك أو في النموذج.
contact-pharmacy = اذهب إلى أي صيدلية أو اتصل بها. لا تحتاج إلى حجز موعد.
contact-link-worker = اطلب من عيادة طبيبك العام أن تضعك على تواصل مع منسق الدعم (link worker).
contact-patient-advice = اطلب فريق استشارات المرضى في المستشفى. هذا الفريق يساعد عندما تحدث مشكلة.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = اتصل بـ { $service } على الرقم { $phone }.
contact-local-other = تواصل مع { $service }.
contact-local-hours = يتم الرد على الهاتف في هذه الأوقات: { $hours }
contact-local-website = صفحتهم على الإنترنت: { $website }

# How long a step takes. $unit is one of hours, days, working-days, weeks, months.
# Arabic: the noun after the number depends on it (1, 2, 3-10, 11-99, 100+).
# For 1 and 2 the noun alone carries the number, as is usual in Arabic.
timing-range = عادة من { $from } إلى { $unit ->
        [hours] { $to ->
            [one] ساعة واحدة
            [two] ساعتين
            [few] { $to } ساعات
           *[other] { $to } ساعة
        }
        [days] { $to ->
            [one] يوم واحد
            [two] يومين
            [few] { $to } أيام
            [many] { $to } يوما
           *[other] { $to } يوم
        }
        [working-days] { $to ->
            [one] يوم عمل واحد
            [two] يومي عمل
            [few] { $to } أيام عمل
           *[other] { $to } يوم عمل
        }
        [months] { $to ->
            [one] شهر واحد
            [two] شهرين
            [few] { $to } أشهر
            [many] { $to } شهرا
           *[other] { $to } شهر
        }
       *[weeks] { $to ->
            [one] أسبوع واحد
            [two] أسبوعين
            [few] { $to } أسابيع
            [many] { $to } أسبوعا
           *[other] { $to } أسبوع
        }
    }. تختلف المدة من مستشفى إلى آخر.
timing-within = خلال { $unit ->
        [hours] { $limit ->
            [one] ساعة واحدة
            [two] ساعتين
            [few] { $limit } ساعات
           *[other] { $limit } ساعة
        }
        [days] { $limit ->
            [one] يوم واحد
            [two] يومين
            [few] { $limit } أيام
            [many] { $limit } يوما
           *[other] { $limit } يوم
        }
        [working-days] { $limit ->
            [one] يوم عمل واحد
            [two] يومي عمل
            [few] { $limit } أيام عمل
           *[other] { $limit } يوم عمل
        }
        [months] { $limit ->
            [one] شهر واحد
            [two] شهرين
            [few] { $limit } أشهر
            [many] { $limit } شهرا
           *[other] { $limit } شهر
        }
       *[weeks] { $limit ->
            [one] أسبوع واحد
            [two] أسبوعين
            [few] { $limit } أسابيع
            [many] { $limit } أسبوعا
           *[other] { $limit } أسبوع
        }
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

not-found-title = لا نستطيع العثور على هذه الصفحة
not-found-body = قد يكون الرابط خاطئا أو قديما. هذه كل أدلتنا. اختر الدليل المناسب لك.
not-found-offline = لا يوجد إنترنت على هذا الهاتف الآن، وهذه الصفحة غير محفوظة عليه بعد. جرّب الرابط مرة أخرى عندما تكون متصلا بالإنترنت. الأدلة التي فتحتها من قبل ما زالت تعمل.

unknown-language = هذه اللغة غير متوفرة لدينا بعد، لذلك هذه الصفحة باللغة الإنجليزية.

# The language picker on every page.
language-picker-label = اختر لغتك
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = لم يراجع أحد هذه الترجمة بعد. إذا لم يكن أي شيء واضحا، اطلب مترجما فوريا. هذه الخدمة مجانية.

footer-make-link = للموظفين: أنشئ رابطا لمريض
footer-embed = للموظفين: ضع هذه الأدلة على موقعك الإلكتروني
footer-not-nhs = هذا الدليل ليس من إعداد هيئة الخدمات الصحية الوطنية (NHS). وهو يشرح كيف تعمل خدمات NHS معا عادة.
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
embed-intro = اختر ما تريد عرضه، ثم انسخ الكود إلى صفحتك على الإنترنت. تظهر الأدلة داخل صفحتك. لا يتم إرسال أي شيء عن زوار موقعك إلى أي مكان.
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
