# Words used on every page: the frame around the journeys.
# Bulgarian draft. Terms: GP = личен лекар (kept as "GP"), GP practice = GP практика,
# hospital team = болничен екип, ward = отделение, fit note = медицинска бележка (fit note),
# referral = направление, discharge summary = епикриза, clinic letter = писмо от клиниката.

site-name = Какво следва?
site-tagline = Кой какво прави, когато грижите за вас преминават между вашия GP (личния лекар) и болницата.
skip-to-content = Към основното съдържание
home-link = Всички ръководства

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Нужна ли ви е помощ сега?
safety-emergency = При спешен случай се обадете на { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Ако вие или детето ви не се чувствате добре и не сте сигурни какво да правите, обадете се на { -urgent-number } или на вашата GP практика.
       *[other] Ако не се чувствате добре и не сте сигурни какво да правите, обадете се на { -urgent-number } или на вашата GP практика.
    }
safety-online = Или отидете онлайн на 111.nhs.uk.
safety-mental-health = При криза с психичното здраве се обадете на { -urgent-number } и изберете опцията за психично здраве.
safety-deaf = Ако сте глухи, обадете се на 18001 111 чрез Relay UK или използвайте услугите на NHS 111 и 999 на BSL (британски жестов език).
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Тези ръководства са за услугите на NHS в Англия. В Уелс, Шотландия и Северна Ирландия някои неща работят по друг начин.

home-title = Какво следва с грижите за вас?
home-intro = Изберете ръководството, което е за вашия случай. Всяко казва кой прави всяка стъпка и как да се свържете с него.

# The search box on the home page.
search-label = Търсене в ръководствата
search-hint = Например: кръвно изследване, медицинска бележка, рецепта.
search-results = { $count ->
        [0] Няма подходящо ръководство. Опитайте с други думи или изберете от списъка по-долу.
        [one] Намерено е 1 ръководство.
       *[other] Намерени са { $count } ръководства.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = и в във на за от с със по до към при как какво кога кой коя кое кои защо къде е са съм си сме сте бях беше бил била да не ли ми ме мен мой моя мое мои моят ви вие вас ваш ваша ваше ваши вашия вашият това този тази тези то той тя те аз ти ще има имам може мога се или но че ако а

# Group headings on the home page: the question people start from.
topic-referred = Получих направление
topic-waiting = Чакам
topic-test = Направиха ми изследване
topic-after-appointment = Бях на преглед в болницата
topic-leaving-hospital = Изписват ме от болницата
topic-medicines-fit-notes = Лекарства и медицински бележки (fit notes)
topic-child = Става дума за детето ми
topic-mental-health = Става дума за психичното ми здраве
topic-gp-practice = Помощ от моята GP практика или без нея

journey-steps-heading = Какво се случва, стъпка по стъпка
# Under a guide shown inside a practice's website.
journey-more-guides = Още наши ръководства
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Написахме тази страница на { $date } въз основа на публични източници. Медицински специалист все още не я е проверил.
journey-reviewed = Медицински специалист, { $reviewer }, провери тази страница на { $date }.
step-number = Стъпка { $number }
step-who = Кой прави това
step-contact = Как да се свържете с тях
step-if-not = Ако това не се случи
step-ask = Въпроси, които можете да зададете

# Who is responsible for a step.
who-gp-practice = Вашата GP практика
who-hospital-team = Болничният екип
who-patient-or-parent = { $audience ->
        [parent] Вие, родителят или човекът, който се грижи за детето
       *[other] Вие
    }
who-pharmacy = Аптека близо до вас
who-nhs-111 = NHS 111
who-mental-health-team = Екипът за психично здраве
who-private-clinic = Частната клиника
who-other = Някой друг: в стъпката пише кой

# How to reach whoever is responsible.
contact-hospital-team = Обадете се на болничния екип. Номерът им е в писмото или в SMS съобщението, което получихте.
contact-referral-booking = Използвайте линка в SMS съобщението или в имейла или се обадете на номера от писмото.
contact-gp-practice = Обадете се на вашата GP практика, използвайте онлайн формуляра ѝ или отидете на рецепцията.
contact-hospital-ward = Попитайте персонала на отделението, преди да си тръгнете. След това се обадете на номера от писмото, което получихте от отделението.
contact-test-requester = Свържете се с екипа, който е поискал изследването. Данните им са в писмото или във формуляра ви.
contact-pharmacy = Отидете в която и да е аптека или се обадете там. Не е нужно да си записвате час.
contact-link-worker = Помолете вашата GP практика да ви свърже със социален координатор (link worker).
contact-patient-advice = Поискайте да говорите с екипа за съвети на пациентите в болницата. Те помагат, когато нещо се обърка.
contact-nhs-111 = Обадете се на NHS 111 денем или нощем или отидете на 111.nhs.uk.
contact-self-referral = Свържете се сами с услугата, онлайн или по телефона. Потърсете я на NHS website (уебсайта на NHS) или попитайте вашата GP практика как да се свържете с нея.
contact-mental-health-team = Използвайте телефонния номер от вашия план за грижи. При криза се обадете на NHS 111 и изберете опцията за психично здраве.
contact-private-clinic = Свържете се с частната клиника. Данните им са в писмото или в сметката ви.
contact-urgent-care = Обадете се в A&E (спешното отделение) или в центъра за спешна помощ, където бяхте. Номерът е на листовката със съвети, която получихте. Или се обадете на главния номер на болницата.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Обадете се на { $service } на { $phone }.
contact-local-other = Свържете се с { $service }.
contact-local-hours = Кога отговарят на телефона: { $hours }
contact-local-website = Тяхната уеб страница: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
# Bulgarian: after a number, masculine nouns take the count form (часа, месеца).
timing-clinic-letter = Кога писмото от клиниката стига до вашия GP
timing-discharge-summary = Кога епикризата (discharge summary) стига до вашия GP
timing-cancer-diagnosis = Кога NHS се стреми да ви каже дали е рак или не
timing-cancelled-operation = Кога трябва да получите нова дата за операция, отменена в деня на операцията
timing-within = В рамките на { $limit } { $unit ->
        [hours] { $limit ->
            [one] час
           *[other] часа
        }
        [days] { $limit ->
            [one] ден
           *[other] дни
        }
        [months] { $limit ->
            [one] месец
           *[other] месеца
        }
       *[weeks] { $limit ->
            [one] седмица
           *[other] седмици
        }
    } от { $from ->
        [appointment] прегледа в клиниката
        [discharge] изписването от болницата
        [referral] направлението
       *[cancellation] деня, в който е отменена
    }.

# A date such as 21 ноември 2026 г.
date = { $day } { $month ->
        [1] януари
        [2] февруари
        [3] март
        [4] април
        [5] май
        [6] юни
        [7] юли
        [8] август
        [9] септември
        [10] октомври
        [11] ноември
       *[12] декември
    } { $year } г.

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Вашите данни
details-service = Става дума за: { $service }
details-expect-by = Трябва да се свържат с вас до { $date }.
details-phone = Ако никой не се е свързал с вас или имате въпрос, обадете се на { $phone }.
details-web = Можете също да отидете на { $web }.
details-broken = Някои данни от вашия линк не можаха да бъдат използвани. Останалата част от тази страница все пак важи за вас.

# The Listen button on a journey page (it reads the page aloud).
listen = Чуйте тази страница
listen-stop = Спрете четенето

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Сканирайте този код с камерата на телефона си, за да отворите тази страница отново.

# Desk mode: a reception screen turned to the patient.
desk-title = Изберете своя език
desk-journeys = Изберете това, което е за вашия случай
desk-take-home = Вземете тази страница със себе си: насочете камерата на телефона си към този код.
desk-start-again = Започнете отначало

# The link maker, for staff at a GP practice or hospital.
make-link-title = Създайте линк за пациент
make-link-intro = Изберете ръководството и езика на пациента. Можете да добавите данните му. Това, което въвеждате, остава на това устройство.
make-link-journey = Ръководство
make-link-language = Езикът на пациента
make-link-service = Услуга или клиника (по желание)
make-link-start = Дата на направлението, изследването или изписването (по желание)
make-link-wait = Срок, в който трябва да се свържат с пациента (по желание)
make-link-wait-days = дни
make-link-wait-weeks = седмици
make-link-wait-months = месеца
make-link-phone = Телефонен номер на екипа (по желание)
make-link-web = Уеб страница на екипа (по желание)
make-link-bad-phone = Това не прилича на телефонен номер от Обединеното кралство, затова не е включено в линка.
make-link-bad-web = Използвайте уеб страница, която започва с https. Тази не е включена в линка.
make-link-link = Линкът
make-link-message = SMS съобщение
make-link-characters = Букви и интервали
make-link-segments = Брой SMS съобщения, които ще заеме
make-link-unicode = Това съобщение има букви, които не са в основния набор, затова във всяко SMS се събират по-малко букви.
make-link-copy = Копирайте
make-link-copied = Копирано
make-link-qr = QR код за този линк
make-link-print = Отпечатайте
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: какво следва и с кого да се свържете: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Какво следва и с кого да се свържете: { $link }

not-found-title = Не можем да намерим тази страница
not-found-body = Линкът може да е грешен или стар. Ето всички наши ръководства. Изберете това, което е за вашия случай.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Този телефон няма интернет в момента и тази страница все още не е запазена на него. Опитайте линка отново, когато имате интернет. Ръководствата, които сте отваряли преди, все още работят.

unknown-language = Все още нямаме този език, затова тази страница е на английски.

# The language picker on every page.
language-picker-label = Изберете своя език
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Прочетете това ръководство с английския текст под всяка част
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Този превод все още не е проверен. Ако нещо не е ясно, поискайте преводач. Това е безплатно.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Квалифицирани преводачи провериха този превод на { $date }. Ако нещо не е ясно, поискайте преводач. Това е безплатно.

footer-make-link = За персонала: създайте линк за пациент
footer-embed = За персонала: поставете тези ръководства на своя уебсайт
footer-not-nhs = Това ръководство не е създадено от NHS. То казва как услугите на NHS работят заедно в повечето случаи.
footer-privacy = Нищо от това, което правите тук, не се изпраща никъде и не се пази за вас.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Съжаляваме, нещо се обърка на тази страница
panic-body = Това, което виждате на тази страница, все още е вярно. Ако изглежда грешно, заредете страницата отново.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Изберете услуга от списъка за вашия район
make-link-pick-none = Нито една: ще въведа данните ръчно
config-none = Този сайт няма местни данни за контакт, затова всяка стъпка дава общия съвет. За да добавите услугите във вашия район, вижте README.
config-loaded = Този сайт показва данните за контакт за { $area }.
config-problems-title = Някои местни данни за контакт трябва да се поправят
config-problems-intro = Това не засяга пациентите: те виждат данните от последната успешна версия или общия съвет. Поправете тези грешки и след това изградете сайта отново.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: тук файлът не е написан правилно. Проверете дали липсва запетая, кавичка или скоба.
config-problem-unknown-field = { $field }: не познаваме това поле. Проверете как е написано.
config-problem-missing-field = { $field }: това трябва да се попълни.
config-problem-wrong-type = { $field }: тази стойност е от грешен вид, например число там, където трябва да има думи.
config-problem-version = { $field }: това трябва да е 1.
config-problem-empty = { $field }: това е празно.
config-problem-too-long = { $field }: това е твърде дълго. Трябва да е под 120 букви.
config-problem-hidden-characters = { $field }: тук има скрити знаци, които могат да променят как се чете текстът. Въведете го отново.
config-problem-bad-id = { $field }: използвайте само малки латински букви, цифри и тирета, например skin-team.
config-problem-duplicate-id = { $field }: две услуги имат един и същ id.
config-problem-bad-phone = { $field }: това не е телефонен номер от Обединеното кралство. Напишете го така: 020 7946 0000.
config-problem-not-https = { $field }: уеб страницата трябва да започва с https, а не с http.
config-problem-bad-website = { $field }: това не е уеб адрес. Напишете го така: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: няма ръководство с това име.
config-problem-unknown-contact = { $field }: не познаваме такъв вид контакт. Пример за познат вид: hospital-team.
config-problem-unknown-service = { $field }: нито една услуга в списъка няма този id.
config-problem-unknown-language = { $field }: нямаме този език.
config-problem-missing-english = { $field }: думите трябва да се дадат и на английски, като en-GB.

# Staff: put the guides on a practice's website.
embed-title = Поставете тези ръководства на своя уебсайт
embed-intro = Изберете какво да се показва и след това копирайте кода във вашата уеб страница. Ръководствата се показват във вашата страница. Кодът не изпраща нищо за хората, които използват сайта ви.
embed-journey = Ръководство, което да се показва
embed-all-guides = Всички ръководства, като списък
embed-language = Език, на който се отваря
embed-accent = Основният цвят на вашия уебсайт (по желание)
embed-accent-hint = Шест букви или цифри след #, например #00703c.
embed-accent-bad = Това не е код на цвят. Напишете го така: #00703c.
embed-accent-low-contrast = Този цвят е твърде светъл, за да се чете на светла страница. Контрастът му е { $ratio } към 1, а трябва да е 4.5 към 1. Изберете по-тъмен цвят. Дотогава ръководството запазва своя син цвят.
embed-list = Покажи списък с другите ръководства накрая
embed-code = Код за вашата уеб страница
embed-copy = Копирайте кода
embed-copied = Копирано
embed-preview = Как ще изглежда
embed-hosting = Кодът работи на всеки уебсайт, който позволява да добавите рамка (frame). Не изисква профил и не поставя бисквитки (cookies).

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Стъпките накратко
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Лесна за четене версия
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Лесна за четене версия (на английски)
