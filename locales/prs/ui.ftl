# Words used on every page: the frame around the journeys.
# کلماتی که در هر صفحه می‌آیند.

site-name = بعد چه می‌شود؟
site-tagline = وقتی مراقبت شما بین GP (داکتر فامیلی) و شفاخانه جابه‌جا می‌شود، چه کسی چه کاری می‌کند.
skip-to-content = رفتن به محتوای اصلی
home-link = همهٔ رهنماها

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = همین حالا به کمک ضرورت دارید؟
safety-emergency = در حالت اضطراری، به { -emergency-number } زنگ بزنید.
safety-urgent = { $audience ->
        [parent] اگر شما یا طفل تان مریض هستید و مطمئن نیستید چه کنید، به { -urgent-number } یا کلینیک GP تان زنگ بزنید.
       *[other] اگر مریض هستید و مطمئن نیستید چه کنید، به { -urgent-number } یا کلینیک GP تان زنگ بزنید.
    }
safety-online = یا به‌طور آنلاین به 111.nhs.uk بروید.
safety-mental-health = در بحران صحت روانی، به { -urgent-number } زنگ بزنید و گزینهٔ صحت روانی را انتخاب کنید.
safety-deaf = اگر ناشنوا هستید، از طریق Relay UK به 18001 111 زنگ بزنید، یا از خدمات BSL (زبان اشاره) برای NHS 111 و 999 استفاده کنید.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = این رهنماها دربارهٔ خدمات NHS (خدمات صحی دولتی برتانیه) در انگلستان است. در ویلز، سکاتلند و ایرلند شمالی، بعضی چیزها به شکل دیگری کار می‌کنند.

home-title = در مراقبت صحی شما بعد چه می‌شود؟
home-intro = رهنمایی را انتخاب کنید که به وضع شما می‌خورد. هر رهنما می‌گوید هر قدم را چه کسی انجام می‌دهد و چطور با او تماس بگیرید.

# The search box on the home page.
search-label = در رهنماها جستجو کنید
search-hint = مثلاً: معاینهٔ خون، تصدیق مریضی، نسخه.
search-results = { $count ->
        [0] هیچ رهنمایی پیدا نشد. کلمات دیگری را امتحان کنید، یا از لست پایین انتخاب کنید.
        [one] 1 رهنما پیدا شد.
       *[other] { $count } رهنما پیدا شد.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = و در به از که این آن را با برای من ما شما تو او است هست بود شد چه چی چطور کی کجا چرا می یک یا هم تا بر ام ای تان مرا مه دارم دارد کنم کند کنید باید

# Group headings on the home page: the question people start from.
topic-referred = مرا به شفاخانه معرفی کرده‌اند
topic-waiting = منتظر هستم
topic-test = یک معاینه (تست) داده‌ام
topic-after-appointment = به ملاقات در شفاخانه رفته‌ام
topic-leaving-hospital = از شفاخانه رخصت می‌شوم
topic-medicines-fit-notes = دواها و تصدیق مریضی (fit note)
topic-child = دربارهٔ طفلم است
topic-mental-health = دربارهٔ صحت روانی‌ام است
topic-gp-practice = کمک گرفتن از کلینیک GP، یا بدون آن

journey-steps-heading = چه می‌شود، قدم به قدم
# Under a guide shown inside a practice's website.
journey-more-guides = رهنماهای دیگر ما
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = ما این صفحه را در { $date } از روی منابع عمومی نوشتیم. هنوز یک کارمند صحی (مثل داکتر یا نرس) آن را بررسی نکرده است.
journey-reviewed = یک کارمند صحی، { $reviewer }، این صفحه را در { $date } بررسی کرد.
step-number = قدم { $number }
step-who = چه کسی این کار را می‌کند
step-contact = چطور با آن‌ها تماس بگیرید
step-if-not = اگر این کار نشد
step-ask = سوال‌هایی که می‌توانید بپرسید

# Who is responsible for a step.
who-gp-practice = کلینیک GP شما
who-hospital-team = تیم شفاخانه
who-patient-or-parent = { $audience ->
        [parent] شما، پدر یا مادر یا مراقب طفل
       *[other] شما
    }
who-pharmacy = یک دواخانه نزدیک شما
who-nhs-111 = NHS 111
who-mental-health-team = تیم صحت روانی
who-private-clinic = کلینیک خصوصی
who-other = شخص دیگری: در همین قدم گفته شده که چه کسی

# How to reach whoever is responsible.
contact-hospital-team = به تیم شفاخانه زنگ بزنید. شمارهٔ تیلفون آن‌ها در نامه یا پیام کوتاه شما است.
contact-referral-booking = از لینکی که در پیام کوتاه یا ایمیل تان است استفاده کنید، یا به شمارهٔ روی نامهٔ تان زنگ بزنید.
contact-gp-practice = به کلینیک GP تان زنگ بزنید، از فورم آنلاین آن استفاده کنید، یا به میز پذیرش بروید.
contact-hospital-ward = پیش از رفتن، از کارمندان بخش شفاخانه بپرسید. بعد از آن، به شمارهٔ روی نامه‌ای که از بخش گرفته‌اید زنگ بزنید.
contact-test-requester = با تیمی که این معاینه را خواسته است تماس بگیرید. معلومات تماس آن‌ها در نامه یا فورم شما است.
contact-pharmacy = به هر دواخانه‌ای بروید یا زنگ بزنید. لازم نیست وقت بگیرید.
contact-link-worker = از کلینیک GP تان بخواهید که شما را با یک کارمند رابط (link worker) وصل کند.
contact-patient-advice = تیم مشوره برای مریضان را در شفاخانه بخواهید. وقتی کارها درست پیش نمی‌رود، آن‌ها کمک می‌کنند.
contact-nhs-111 = شب یا روز به NHS 111 زنگ بزنید، یا به 111.nhs.uk بروید.
contact-self-referral = خودتان به‌طور آنلاین یا با تیلفون با این خدمت تماس بگیرید. آن را در ویب‌سایت NHS جستجو کنید، یا از کلینیک GP تان بپرسید که چطور با آن تماس بگیرید.
contact-mental-health-team = از شمارهٔ تیلفونی که در پلان مراقبت شما است استفاده کنید. در بحران، به NHS 111 زنگ بزنید و گزینهٔ صحت روانی را انتخاب کنید.
contact-private-clinic = با کلینیک خصوصی تماس بگیرید. معلومات تماس آن‌ها در نامه یا بل شما است.
contact-urgent-care = به A&E (بخش عاجل شفاخانه) یا مرکز تداوی عاجل که رفته بودید زنگ بزنید. شماره در ورق مشوره شما است، یا به شمارهٔ اصلی شفاخانه زنگ بزنید.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = به { $service } به شمارهٔ { $phone } زنگ بزنید.
contact-local-other = با { $service } تماس بگیرید.
contact-local-hours = وقت‌هایی که به تیلفون جواب می‌دهند: { $hours }
contact-local-website = صفحهٔ ویب آن‌ها: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = وقتی نامهٔ کلینیک به GP شما می‌رسد
timing-discharge-summary = وقتی خلاصهٔ رخصت از شفاخانه به GP شما می‌رسد
timing-cancer-diagnosis = وقتی که هدف NHS این است که به شما بگوید سرطان است یا نه
timing-cancelled-operation = وقتی باید برای عملیاتی که در روز عملیات لغو شد، تاریخ جدید داشته باشید
timing-within = در ظرف { $limit } { $unit ->
        [hours] { $limit ->
            [one] ساعت
           *[other] ساعت
        }
        [days] { $limit ->
            [one] روز
           *[other] روز
        }
        [months] { $limit ->
            [one] ماه
           *[other] ماه
        }
       *[weeks] { $limit ->
            [one] هفته
           *[other] هفته
        }
    } بعد از { $from ->
        [appointment] ملاقات تان در کلینیک
        [discharge] رخصت شدن از شفاخانه
        [referral] معرفی
       *[cancellation] روزی که لغو شد
    }.

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] جنوری
        [2] فبروری
        [3] مارچ
        [4] اپریل
        [5] می
        [6] جون
        [7] جولای
        [8] اگست
        [9] سپتمبر
        [10] اکتوبر
        [11] نومبر
       *[12] دسمبر
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = معلومات شما
details-service = موضوع: { $service }
details-expect-by = باید تا { $date } خبر بگیرید.
details-phone = اگر خبری نگرفته‌اید، یا سوالی دارید، به { $phone } زنگ بزنید.
details-web = همچنان می‌توانید به { $web } بروید.
details-broken = بعضی معلومات در لینک شما قابل استفاده نبود. باقی این صفحه هنوز برای شما درست است.

# The Listen button on a journey page (it reads the page aloud).
listen = به این صفحه گوش بدهید
listen-stop = خواندن را بس کنید

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = این کود را با کمرهٔ موبایل تان سکن کنید تا این صفحه دوباره باز شود.

# Desk mode: a reception screen turned to the patient.
desk-title = زبان تان را انتخاب کنید
desk-journeys = چیزی را انتخاب کنید که به وضع شما می‌خورد
desk-take-home = این صفحه را با خود ببرید: کمرهٔ موبایل تان را به طرف این کود بگیرید.
desk-start-again = از سر شروع کنید

# The link maker, for staff at a GP practice or hospital.
make-link-title = ساختن لینک برای یک مریض
make-link-intro = رهنما و زبان مریض را انتخاب کنید. می‌توانید معلومات او را هم اضافه کنید. آنچه تایپ می‌کنید در همین دستگاه می‌ماند.
make-link-journey = رهنما
make-link-language = زبان مریض
make-link-service = خدمت یا کلینیک (اگر بخواهید)
make-link-start = تاریخ معرفی، معاینه یا رخصت از شفاخانه (اگر بخواهید)
make-link-wait = مدتی که باید در آن خبر بگیرند (اگر بخواهید)
make-link-wait-days = روز
make-link-wait-weeks = هفته
make-link-wait-months = ماه
make-link-phone = شمارهٔ تیلفون تیم (اگر بخواهید)
make-link-web = صفحهٔ ویب تیم (اگر بخواهید)
make-link-bad-phone = این به شمارهٔ تیلفون برتانیه شباهت ندارد، پس در لینک گذاشته نشد.
make-link-bad-web = صفحهٔ ویبی را استفاده کنید که با https شروع شود. این یکی در لینک گذاشته نشد.
make-link-link = لینک
make-link-message = پیام کوتاه
make-link-characters = حروف و فاصله‌ها
make-link-segments = تعداد پیام‌هایی که لازم می‌شود
make-link-unicode = این پیام حروفی دارد که در مجموعهٔ ساده نیستند، پس در هر پیام تعداد کمتری از آن‌ها جا می‌شود.
make-link-copy = کاپی کنید
make-link-copied = کاپی شد
make-link-qr = کود QR برای این لینک
make-link-print = چاپ
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: بعد چه می‌شود و با چه کسی تماس بگیرید: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = بعد چه می‌شود و با چه کسی تماس بگیرید: { $link }

not-found-title = این صفحه را پیدا کرده نمی‌توانیم
not-found-body = شاید لینک اشتباه یا کهنه باشد. همهٔ رهنماهای ما این‌جا است. رهنمایی را انتخاب کنید که به وضع شما می‌خورد.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = این موبایل فعلاً انترنت ندارد، و این صفحه هنوز در آن ذخیره نشده است. وقتی به انترنت وصل شدید، لینک را دوباره امتحان کنید. رهنماهایی که قبلاً باز کرده‌اید هنوز کار می‌کنند.

unknown-language = ما هنوز این زبان را نداریم، پس این صفحه به انگلیسی است.

# The language picker on every page.
language-picker-label = زبان تان را انتخاب کنید
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = این رهنما را با متن انگلیسی در زیر هر بخش بخوانید
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = این ترجمه هنوز بررسی نشده است. اگر چیزی روشن نیست، یک ترجمان بخواهید. ترجمان رایگان است.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = ترجمانان مسلکی این ترجمه را در { $date } بررسی کردند. اگر چیزی روشن نیست، یک ترجمان بخواهید. ترجمان رایگان است.

footer-make-link = برای کارمندان: ساختن لینک برای یک مریض
footer-embed = برای کارمندان: این رهنماها را در ویب‌سایت تان بگذارید
footer-not-nhs = این رهنما را NHS نساخته است. این رهنما می‌گوید که خدمات NHS در بیشتر وقت‌ها چطور با هم کار می‌کنند.
footer-privacy = هیچ کاری که این‌جا می‌کنید به جایی فرستاده نمی‌شود، و هیچ چیزی دربارهٔ شما ذخیره نمی‌شود.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = ببخشید، در این صفحه مشکلی پیش آمد
panic-body = آنچه در این صفحه می‌بینید هنوز درست است. اگر درست به نظر نمی‌رسد، صفحه را دوباره باز کنید.
# Always in English: a link to this page in English.
panic-english = این صفحه را به انگلیسی باز کنید

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = یک خدمت را از لست منطقهٔ تان انتخاب کنید
make-link-pick-none = هیچ‌کدام: معلومات را خودم تایپ می‌کنم
config-none = این سایت معلومات تماس محلی ندارد، پس هر قدم مشورهٔ عمومی می‌دهد. برای اضافه کردن خدمات منطقهٔ تان، README را ببینید.
config-loaded = این سایت معلومات تماس { $area } را نشان می‌دهد.
config-problems-title = بعضی معلومات تماس محلی باید اصلاح شوند
config-problems-intro = مریضان متاثر نمی‌شوند: آن‌ها معلومات آخرین ساخت درست سایت، یا مشورهٔ عمومی را می‌بینند. این‌ها را اصلاح کنید، بعد سایت را دوباره بسازید.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: فایل در این‌جا درست نوشته نشده است. ببینید که کامه، علامهٔ نقل قول یا قوسی کم نباشد.
config-problem-unknown-field = { $field }: این فیلدی نیست که ما بشناسیم. املای آن را چک کنید.
config-problem-missing-field = { $field }: این باید پر شود.
config-problem-wrong-type = { $field }: نوع این مقدار اشتباه است، مثلاً عدد در جایی که باید کلمه باشد.
config-problem-version = { $field }: این باید 1 باشد.
config-problem-empty = { $field }: این خالی است.
config-problem-too-long = { $field }: این بسیار طولانی است. آن را کمتر از 120 حرف نگه دارید.
config-problem-hidden-characters = { $field }: این حروف پنهانی دارد که می‌تواند طرز خواندن آن را تغییر دهد. آن را دوباره تایپ کنید.
config-problem-bad-id = { $field }: فقط حروف کوچک، عددها و خط تیره استفاده کنید، مثل skin-team.
config-problem-duplicate-id = { $field }: دو خدمت همین id را دارند.
config-problem-bad-phone = { $field }: این شمارهٔ تیلفون برتانیه نیست. آن را این‌طور بنویسید: 020 7946 0000.
config-problem-not-https = { $field }: صفحهٔ ویب باید با https شروع شود، نه با http.
config-problem-bad-website = { $field }: این آدرس ویب نیست. آن را این‌طور بنویسید: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: هیچ رهنمایی با این نام وجود ندارد.
config-problem-unknown-contact = { $field }: این نوع تماسی نیست که ما بشناسیم، مثل hospital-team.
config-problem-unknown-service = { $field }: هیچ خدمتی در لست این id را ندارد.
config-problem-unknown-language = { $field }: ما این زبان را نداریم.
config-problem-missing-english = { $field }: کلمات باید به انگلیسی هم داده شوند، به شکل en-GB.

# Staff: put the guides on a practice's website.
embed-title = این رهنماها را در ویب‌سایت تان بگذارید
embed-intro = انتخاب کنید که چه چیزی نشان داده شود، بعد کود را کاپی کنید و در صفحهٔ ویب تان بگذارید. رهنماها در داخل صفحهٔ شما نشان داده می‌شوند. هیچ چیزی دربارهٔ کسانی که از سایت شما استفاده می‌کنند فرستاده نمی‌شود.
embed-journey = رهنمایی که نشان داده شود
embed-all-guides = همهٔ رهنماها، به شکل لست
embed-language = زبانی که با آن باز می‌شود
embed-accent = رنگ اصلی ویب‌سایت تان (اگر بخواهید)
embed-accent-hint = شش حرف یا عدد بعد از یک #، مثل #00703c.
embed-accent-bad = این کود رنگ نیست. آن را این‌طور بنویسید: #00703c.
embed-accent-low-contrast = این رنگ برای خواندن روی صفحهٔ روشن بسیار کم‌رنگ است. تضاد آن { $ratio } به 1 است، و باید 4.5 به 1 باشد. یک رنگ تیره‌تر انتخاب کنید. تا آن وقت، رهنما رنگ آبی خودش را نگه می‌دارد.
embed-list = در آخر، لست رهنماهای دیگر را نشان بده
embed-code = کود برای صفحهٔ ویب تان
embed-copy = کود را کاپی کنید
embed-copied = کاپی شد
embed-preview = چطور دیده می‌شود
embed-hosting = این کود در هر ویب‌سایتی که اجازهٔ اضافه کردن فریم (frame) را بدهد کار می‌کند. به حساب (اکاونت) ضرورت ندارد و کوکی (cookie) نمی‌گذارد.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = قدم‌ها در یک نگاه
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = نسخهٔ آسان برای خواندن
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = نسخهٔ آسان برای خواندن (به انگلیسی)
