# Words used on every page: the frame around the journeys.
# واژه‌هایی که در همه صفحه‌ها هست: قاب دور راهنماها.

site-name = بعد چه می‌شود؟
site-tagline = وقتی درمان شما بین پزشک عمومی (GP، یعنی پزشک خانواده) و بیمارستان جابه‌جا می‌شود، چه کسی چه کاری انجام می‌دهد.
skip-to-content = رفتن به متن اصلی
home-link = همه راهنماها

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = همین الان کمک لازم دارید؟
safety-emergency = در موارد اورژانسی، با { -emergency-number } تماس بگیرید.
safety-urgent = { $audience ->
        [parent] اگر حال شما یا فرزندتان خوب نیست و نمی‌دانید چه کار کنید، با { -urgent-number } یا مطب پزشک عمومی (GP) خود تماس بگیرید.
       *[other] اگر حالتان خوب نیست و نمی‌دانید چه کار کنید، با { -urgent-number } یا مطب پزشک عمومی (GP) خود تماس بگیرید.
    }
safety-online = یا به صورت آنلاین به 111.nhs.uk بروید.
safety-mental-health = در بحران سلامت روان، با { -urgent-number } تماس بگیرید و گزینه سلامت روان را انتخاب کنید.
safety-deaf = اگر ناشنوا هستید، از طریق Relay UK با 18001 111 تماس بگیرید، یا از خدمات BSL (زبان اشاره بریتانیا) برای NHS 111 و 999 استفاده کنید.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = این راهنماها درباره خدمات NHS (خدمات درمانی دولتی بریتانیا) در انگلستان هستند. در ولز، اسکاتلند و ایرلند شمالی، بعضی کارها به شکل دیگری انجام می‌شود.

home-title = در ادامه درمان شما چه اتفاقی می‌افتد؟
home-intro = راهنمایی را که مناسب شماست انتخاب کنید. هر راهنما می‌گوید هر مرحله را چه کسی انجام می‌دهد و چطور با او تماس بگیرید.

# The search box on the home page.
search-label = جستجو در راهنماها
search-hint = مثلاً: آزمایش خون، گواهی استعلاجی، نسخه.
search-results = { $count ->
        [0] هیچ راهنمایی پیدا نشد. کلمه‌های دیگری را امتحان کنید، یا از فهرست زیر انتخاب کنید.
        [one] 1 راهنما پیدا شد.
       *[other] { $count } راهنما پیدا شد.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = و در به از که این آن را با برای یک من تو شما او ما آنها است هست هستم بود چه چی چطور چگونه کی کجا چرا آیا می هم یا تا بر ها های باید کنم کنیم شد شده دارم دارد کرد کنید مرا

# Group headings on the home page: the question people start from.
topic-referred = ارجاع داده شده‌ام
topic-waiting = منتظر هستم
topic-test = آزمایش داده‌ام
topic-after-appointment = به بیمارستان مراجعه کرده‌ام
topic-leaving-hospital = دارم از بیمارستان مرخص می‌شوم
topic-medicines-fit-notes = داروها و گواهی‌های استعلاجی
topic-child = درباره فرزندم است
topic-mental-health = درباره سلامت روانم است
topic-gp-practice = گرفتن کمک از مطب پزشک عمومی (GP)، یا بدون آن

journey-steps-heading = چه اتفاقی می‌افتد، مرحله به مرحله
# Under a guide shown inside a practice's website.
journey-more-guides = راهنماهای دیگر ما
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = ما این صفحه را در { $date } از روی منابع عمومی نوشتیم. هنوز هیچ متخصص درمانی آن را بررسی نکرده است.
journey-reviewed = یک متخصص درمانی، { $reviewer }، این صفحه را در { $date } بررسی کرد.
step-number = مرحله { $number }
step-who = چه کسی این کار را انجام می‌دهد
step-contact = چطور با آنها تماس بگیرید
step-if-not = اگر این اتفاق نیفتاد
step-ask = سؤال‌هایی که می‌توانید بپرسید

# Who is responsible for a step.
who-gp-practice = مطب پزشک عمومی (GP) شما
who-hospital-team = تیم بیمارستان
who-patient-or-parent = { $audience ->
        [parent] شما، یعنی پدر، مادر یا مراقب کودک
       *[other] شما
    }
who-pharmacy = یک داروخانه نزدیک شما
who-nhs-111 = NHS 111
who-mental-health-team = تیم سلامت روان
who-private-clinic = کلینیک خصوصی
who-other = شخص دیگری: خود مرحله می‌گوید چه کسی

# How to reach whoever is responsible.
contact-hospital-team = به تیم بیمارستان زنگ بزنید. شماره آنها در نامه یا پیامک شما هست.
contact-referral-booking = از لینکی که در پیامک یا ایمیل شما هست استفاده کنید، یا به شماره‌ای که در نامه شما هست زنگ بزنید.
contact-gp-practice = به مطب پزشک عمومی (GP) خود زنگ بزنید، از فرم آنلاین مطب استفاده کنید، یا به میز پذیرش مطب بروید.
contact-hospital-ward = پیش از اینکه بروید، از کارکنان بخش بپرسید. بعد از آن، به شماره‌ای که در نامه بخش هست زنگ بزنید.
contact-test-requester = با تیمی که آزمایش را خواسته است تماس بگیرید. اطلاعات تماس آنها در نامه یا فرم شما هست.
contact-pharmacy = به هر داروخانه‌ای بروید یا زنگ بزنید. لازم نیست از قبل وقت بگیرید.
contact-link-worker = از مطب پزشک عمومی (GP) خود بخواهید شما را با یک رابط محلی (link worker، کسی که شما را به گروه‌ها و خدمات محلی وصل می‌کند) در ارتباط بگذارد.
contact-patient-advice = بخواهید با تیم مشاوره بیماران بیمارستان صحبت کنید. وقتی کارها درست پیش نمی‌رود، آنها کمک می‌کنند.
contact-nhs-111 = در هر ساعت از شبانه‌روز با NHS 111 تماس بگیرید، یا به 111.nhs.uk بروید.
contact-self-referral = خودتان به صورت آنلاین یا تلفنی با این خدمت تماس بگیرید. آن را در وب‌سایت NHS جستجو کنید، یا از مطب پزشک عمومی (GP) خود بپرسید چطور با آن تماس بگیرید.
contact-mental-health-team = از شماره تلفنی که در برنامه مراقبت شما هست استفاده کنید. در بحران، با NHS 111 تماس بگیرید و گزینه سلامت روان را انتخاب کنید.
contact-private-clinic = با کلینیک خصوصی تماس بگیرید. اطلاعات تماس آنها در نامه یا صورت‌حساب شما هست.
contact-urgent-care = به A&E (اورژانس بیمارستان) یا مرکز درمان فوری که به آن رفتید زنگ بزنید. شماره در برگه توصیه‌های شما هست، یا به شماره اصلی بیمارستان زنگ بزنید.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = با { $service } به شماره { $phone } تماس بگیرید.
contact-local-other = با { $service } تماس بگیرید.
contact-local-hours = ساعت‌هایی که تلفن جواب می‌دهد: { $hours }
contact-local-website = صفحه وب آنها: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = چه زمانی نامه درمانگاه به پزشک عمومی (GP) شما می‌رسد
timing-discharge-summary = چه زمانی خلاصه ترخیص به پزشک عمومی (GP) شما می‌رسد
timing-cancer-diagnosis = چه زمانی NHS قصد دارد به شما بگوید سرطان است یا نه
timing-cancelled-operation = چه زمانی باید برای عملی که در روز عمل لغو شده، تاریخ جدید داشته باشید
timing-within = ظرف { $limit } { $unit ->
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
    } پس از { $from ->
        [appointment] مراجعه شما به درمانگاه
        [discharge] ترخیص از بیمارستان
        [referral] ارجاع
       *[cancellation] روزی که لغو شد
    }.

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] ژانویه
        [2] فوریه
        [3] مارس
        [4] آوریل
        [5] مه
        [6] ژوئن
        [7] ژوئیه
        [8] اوت
        [9] سپتامبر
        [10] اکتبر
        [11] نوامبر
       *[12] دسامبر
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = اطلاعات شما
details-service = موضوع: { $service }
details-expect-by = باید تا { $date } خبری به شما برسد.
details-phone = اگر خبری نرسید، یا سؤالی دارید، به { $phone } زنگ بزنید.
details-web = همچنین می‌توانید به { $web } بروید.
details-broken = بعضی از اطلاعات لینک شما قابل استفاده نبود. بقیه این صفحه همچنان برای شما درست است.

# The Listen button on a journey page (it reads the page aloud).
listen = گوش دادن به این صفحه
listen-stop = توقف خواندن

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = این کد را با دوربین گوشی خود اسکن کنید تا این صفحه دوباره باز شود.

# Desk mode: a reception screen turned to the patient.
desk-title = زبان خود را انتخاب کنید
desk-journeys = موردی را که مناسب شماست انتخاب کنید
desk-take-home = این صفحه را با خود ببرید: دوربین گوشی خود را به طرف این کد بگیرید.
desk-start-again = شروع دوباره

# The link maker, for staff at a GP practice or hospital.
make-link-title = ساختن لینک برای بیمار
make-link-intro = راهنما و زبان بیمار را انتخاب کنید. می‌توانید اطلاعات بیمار را هم اضافه کنید. آنچه تایپ می‌کنید فقط روی همین دستگاه می‌ماند.
make-link-journey = راهنما
make-link-language = زبان بیمار
make-link-service = خدمت یا درمانگاه (اختیاری)
make-link-start = تاریخ ارجاع، آزمایش یا ترخیص (اختیاری)
make-link-wait = مدتی که ظرف آن باید خبری به بیمار برسد (اختیاری)
make-link-wait-days = روز
make-link-wait-weeks = هفته
make-link-wait-months = ماه
make-link-phone = شماره تلفن تیم (اختیاری)
make-link-web = صفحه وب تیم (اختیاری)
make-link-bad-phone = این شماره شبیه شماره تلفن بریتانیا نیست، پس در لینک نیامده است.
make-link-bad-web = از صفحه وبی استفاده کنید که با https شروع می‌شود. این یکی در لینک نیامده است.
make-link-link = لینک
make-link-message = پیامک
make-link-characters = حروف و فاصله‌ها
make-link-segments = تعداد پیامک‌هایی که لازم می‌شود
make-link-unicode = این پیام حروفی دارد که در مجموعه ساده حروف نیستند، پس هر پیامک تعداد کمتری از آنها را جا می‌دهد.
make-link-copy = کپی کنید
make-link-copied = کپی شد
make-link-qr = کد QR برای این لینک
make-link-print = چاپ
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: بعد چه می‌شود و با چه کسی تماس بگیرید: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = بعد چه می‌شود و با چه کسی تماس بگیرید: { $link }

not-found-title = این صفحه را پیدا نمی‌کنیم
not-found-body = شاید لینک اشتباه یا قدیمی باشد. همه راهنماهای ما اینجا هست. راهنمایی را که مناسب شماست انتخاب کنید.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = این گوشی الان اینترنت ندارد، و این صفحه هنوز روی آن ذخیره نشده است. وقتی به اینترنت وصل شدید، دوباره لینک را امتحان کنید. راهنماهایی که قبلاً باز کرده‌اید هنوز کار می‌کنند.

unknown-language = ما هنوز این زبان را نداریم، پس این صفحه به انگلیسی است.

# The language picker on every page.
language-picker-label = زبان خود را انتخاب کنید
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = این راهنما را با متن انگلیسی زیر هر بخش بخوانید
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = این ترجمه هنوز بررسی نشده است. اگر چیزی روشن نیست، مترجم شفاهی بخواهید. مترجم رایگان است.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = مترجمان دارای صلاحیت این ترجمه را در { $date } بررسی کردند. اگر چیزی روشن نیست، مترجم شفاهی بخواهید. مترجم رایگان است.

footer-make-link = برای کارکنان: ساختن لینک برای بیمار
footer-embed = برای کارکنان: گذاشتن این راهنماها در وب‌سایت خودتان
footer-not-nhs = این راهنما را NHS نساخته است. این راهنما می‌گوید خدمات NHS بیشتر وقت‌ها چطور با هم کار می‌کنند.
footer-privacy = هیچ کاری که اینجا انجام می‌دهید به جایی فرستاده نمی‌شود و هیچ چیزی درباره شما ذخیره نمی‌شود.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = متأسفیم، در این صفحه مشکلی پیش آمد
panic-body = آنچه در این صفحه می‌بینید هنوز درست است. اگر درست به نظر نمی‌رسد، صفحه را دوباره باز کنید.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = یک خدمت را از فهرست منطقه خود انتخاب کنید
make-link-pick-none = هیچ‌کدام: اطلاعات را خودم تایپ می‌کنم
config-none = این سایت اطلاعات تماس محلی ندارد، پس هر مرحله توصیه کلی را می‌دهد. برای اضافه کردن خدمات منطقه خود، فایل README را ببینید.
config-loaded = این سایت اطلاعات تماس { $area } را نشان می‌دهد.
config-problems-title = بعضی از اطلاعات تماس محلی باید درست شوند
config-problems-intro = این مشکل روی بیماران اثری ندارد: آنها اطلاعات آخرین ساخت سالم سایت، یا توصیه کلی را می‌بینند. این موارد را درست کنید، بعد سایت را دوباره بسازید.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: فایل در اینجا درست نوشته نشده است. دنبال یک ویرگول، علامت نقل‌قول یا پرانتز جاافتاده بگردید.
config-problem-unknown-field = { $field }: این فیلدی نیست که ما بشناسیم. املای آن را بررسی کنید.
config-problem-missing-field = { $field }: این باید پر شود.
config-problem-wrong-type = { $field }: نوع این مقدار اشتباه است، مثلاً عدد در جایی که باید کلمه باشد.
config-problem-version = { $field }: این باید 1 باشد.
config-problem-empty = { $field }: این خالی است.
config-problem-too-long = { $field }: این خیلی طولانی است. آن را کمتر از 120 حرف نگه دارید.
config-problem-hidden-characters = { $field }: این نویسه‌های پنهانی دارد که می‌توانند طرز خوانده شدن آن را تغییر دهند. دوباره آن را تایپ کنید.
config-problem-bad-id = { $field }: فقط از حروف کوچک انگلیسی، عدد و خط تیره استفاده کنید، مثل skin-team.
config-problem-duplicate-id = { $field }: دو خدمت همین id را دارند.
config-problem-bad-phone = { $field }: این شماره تلفن بریتانیا نیست. آن را این‌طور بنویسید: 020 7946 0000.
config-problem-not-https = { $field }: صفحه وب باید با https شروع شود، نه http.
config-problem-bad-website = { $field }: این نشانی وب نیست. آن را این‌طور بنویسید: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: هیچ راهنمایی با این نام وجود ندارد.
config-problem-unknown-contact = { $field }: این نوعی از تماس نیست که ما بشناسیم، مثل hospital-team.
config-problem-unknown-service = { $field }: هیچ خدمتی در فهرست این id را ندارد.
config-problem-unknown-language = { $field }: ما این زبان را نداریم.
config-problem-missing-english = { $field }: کلمه‌ها باید به انگلیسی هم داده شوند، به شکل en-GB.

# Staff: put the guides on a practice's website.
embed-title = این راهنماها را در وب‌سایت خود بگذارید
embed-intro = انتخاب کنید چه چیزی نشان داده شود، بعد کد را در صفحه وب خود کپی کنید. راهنماها داخل صفحه شما نشان داده می‌شوند. این کد هیچ چیزی درباره کسانی که از سایت شما استفاده می‌کنند نمی‌فرستد.
embed-journey = راهنمایی که نشان داده شود
embed-all-guides = همه راهنماها، به شکل فهرست
embed-language = زبانی که راهنما با آن باز می‌شود
embed-accent = رنگ اصلی وب‌سایت شما (اختیاری)
embed-accent-hint = شش حرف یا عدد بعد از یک #، مثل #00703c.
embed-accent-bad = این کد رنگ نیست. آن را این‌طور بنویسید: #00703c.
embed-accent-low-contrast = این رنگ برای خواندن روی صفحه روشن خیلی کم‌رنگ است. کنتراست آن { $ratio } به 1 است، و باید 4.5 به 1 باشد. رنگ تیره‌تری انتخاب کنید. تا آن موقع، راهنما رنگ آبی خودش را نگه می‌دارد.
embed-list = نشان دادن فهرست راهنماهای دیگر در پایان
embed-code = کد برای صفحه وب شما
embed-copy = کد را کپی کنید
embed-copied = کپی شد
embed-preview = چه شکلی خواهد بود
embed-hosting = این کد روی هر وب‌سایتی که اجازه اضافه کردن قاب (frame) بدهد کار می‌کند. به حساب کاربری نیازی ندارد و هیچ کوکی ذخیره نمی‌کند.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = مرحله‌ها در یک نگاه
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = نسخه آسان برای خواندن
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = نسخه آسان برای خواندن (به انگلیسی)
