# Words used on every page: the frame around the journeys.

site-name = Що далі?
site-tagline = Хто що робить, коли ваше лікування переходить між вашим GP (сімейним лікарем) і лікарнею.
skip-to-content = Перейти до основного тексту
home-link = Усі порадники

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Потрібна допомога зараз?
safety-emergency = В екстреній ситуації телефонуйте { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Якщо ви або ваша дитина погано почуваєтеся і ви не знаєте, що робити, телефонуйте в { -urgent-number } або у свою клініку GP.
       *[other] Якщо ви погано почуваєтеся і не знаєте, що робити, телефонуйте в { -urgent-number } або у свою клініку GP.
    }
safety-online = Або зайдіть на сайт 111.nhs.uk.
safety-mental-health = Якщо у вас криза психічного здоров’я, телефонуйте в { -urgent-number } і виберіть варіант про психічне здоров’я.
safety-deaf = Якщо ви глухі, телефонуйте 18001 111 через Relay UK або користуйтеся послугами NHS 111 і 999 мовою BSL (британська мова жестів).
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Ці порадники розповідають про послуги NHS (Національної служби здоров’я) в Англії. В Уельсі, Шотландії та Північній Ірландії деякі речі працюють інакше.

home-title = Що буде далі з вашим лікуванням?
home-intro = Виберіть порадник, який вам підходить. У кожному сказано, хто робить кожен крок і як з ними зв’язатися.

# The search box on the home page.
search-label = Пошук у порадниках
search-hint = Наприклад: аналіз крові, лікарняний, рецепт.
search-results = { $count ->
        [0] Жоден порадник не підходить. Спробуйте інші слова або виберіть зі списку нижче.
        [one] Знайдено { $count } порадник.
        [few] Знайдено { $count } порадники.
        [many] Знайдено { $count } порадників.
       *[other] Знайдено { $count } порадника.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = і й та а але або в у на до з із зі за про по при для від як що коли хто чому де чи це цей ця ці той те мій моя моє мої мене мені мною я ти ви вам вас ваш ваша ваше ваші є був була було були буде бути можна може можу мати має маю мав мала вже ще так же би б

# Group headings on the home page: the question people start from.
topic-referred = Мене направили до лікарні
topic-waiting = Я чекаю
topic-test = У мене було обстеження
topic-after-appointment = У мене був прийом у лікарні
topic-leaving-hospital = Мене виписують з лікарні
topic-medicines-fit-notes = Ліки та довідки про непрацездатність
topic-child = Це про мою дитину
topic-mental-health = Це про моє психічне здоров’я
topic-gp-practice = Допомога від моєї клініки GP або без неї

journey-steps-heading = Що відбувається, крок за кроком
# Under a guide shown inside a practice's website.
journey-more-guides = Інші наші порадники
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Ми написали цю сторінку { $date } на основі відкритих джерел. Медичний працівник ще не перевірив її.
journey-reviewed = Медичний працівник { $reviewer } перевірив цю сторінку { $date }.
step-number = Крок { $number }
step-who = Хто це робить
step-contact = Як з ними зв’язатися
step-if-not = Якщо цього не сталося
step-ask = Питання, які ви можете поставити

# Who is responsible for a step.
who-gp-practice = Ваша клініка GP
who-hospital-team = Лікарняна команда
who-patient-or-parent = { $audience ->
        [parent] Ви, батьки або людина, яка доглядає дитину
       *[other] Ви
    }
who-pharmacy = Аптека поруч з вами
who-nhs-111 = NHS 111
who-mental-health-team = Команда психічного здоров’я
who-private-clinic = Приватна клініка
who-other = Хтось інший: у кроці сказано, хто саме

# How to reach whoever is responsible.
contact-hospital-team = Зателефонуйте лікарняній команді. Їхній номер є у вашому листі або SMS.
contact-referral-booking = Скористайтеся посиланням у вашому SMS або електронному листі, або зателефонуйте за номером у вашому листі.
contact-gp-practice = Зателефонуйте у свою клініку GP, заповніть її онлайн-форму або підійдіть до реєстратури.
contact-hospital-ward = Запитайте персонал відділення, перш ніж піти. Після цього телефонуйте за номером у листі, який вам дали у відділенні.
contact-test-requester = Зверніться до команди, яка призначила обстеження. Їхні контакти є у вашому листі або бланку.
contact-pharmacy = Підійдіть або зателефонуйте в будь-яку аптеку. Записуватися не потрібно.
contact-link-worker = Попросіть свою клініку GP зв’язати вас із соціальним консультантом (link worker).
contact-patient-advice = Попросіть зв’язати вас зі службою підтримки пацієнтів у лікарні. Вони допомагають, коли щось іде не так.
contact-nhs-111 = Телефонуйте в NHS 111 вдень чи вночі або зайдіть на 111.nhs.uk.
contact-self-referral = Зверніться до служби самі, онлайн або телефоном. Пошукайте її на NHS website (сайт NHS) або запитайте у своїй клініці GP, як з нею зв’язатися.
contact-mental-health-team = Телефонуйте за номером у вашому плані лікування. У кризі телефонуйте в NHS 111 і виберіть варіант про психічне здоров’я.
contact-private-clinic = Зверніться до приватної клініки. Їхні контакти є у вашому листі або рахунку.
contact-urgent-care = Зателефонуйте в A&E (відділення невідкладної допомоги) або центр невідкладної допомоги, куди ви ходили. Номер є на вашому аркуші з порадами, або телефонуйте на головний номер лікарні.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Телефонуйте в { $service } за номером { $phone }.
contact-local-other = Зверніться до { $service }.
contact-local-hours = На дзвінки відповідають: { $hours }
contact-local-website = Їхня вебсторінка: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = Коли лист після прийому (clinic letter) надходить до вашого GP
timing-discharge-summary = Коли виписка з лікарні (discharge summary) надходить до вашого GP
timing-cancer-diagnosis = Коли NHS має на меті сказати вам, чи це рак, чи ні
timing-cancelled-operation = Коли ви маєте отримати нову дату операції, яку скасували в день її проведення
timing-within = Протягом { $limit } { $unit ->
        [hours] { $limit ->
            [one] години
            [few] годин
            [many] годин
           *[other] години
        }
        [days] { $limit ->
            [one] дня
            [few] днів
            [many] днів
           *[other] дня
        }
        [months] { $limit ->
            [one] місяця
            [few] місяців
            [many] місяців
           *[other] місяця
        }
       *[weeks] { $limit ->
            [one] тижня
            [few] тижнів
            [many] тижнів
           *[other] тижня
        }
    } з дня { $from ->
        [appointment] вашого прийому в лікарні
        [discharge] виписки з лікарні
        [referral] направлення
       *[cancellation] скасування
    }.

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] січня
        [2] лютого
        [3] березня
        [4] квітня
        [5] травня
        [6] червня
        [7] липня
        [8] серпня
        [9] вересня
        [10] жовтня
        [11] листопада
       *[12] грудня
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Ваші дані
details-service = Це стосується: { $service }
details-expect-by = Ви маєте отримати відповідь до { $date }.
details-phone = Якщо ви нічого не отримали або маєте питання, телефонуйте за номером { $phone }.
details-web = Ви також можете зайти на { $web }.
details-broken = Деякі дані з вашого посилання не вдалося використати. Решта цієї сторінки все одно підходить вам.

# The Listen button on a journey page (it reads the page aloud).
listen = Прослухати цю сторінку
listen-stop = Зупинити читання

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Відскануйте цей код камерою телефона, щоб знову відкрити цю сторінку.

# Desk mode: a reception screen turned to the patient.
desk-title = Виберіть свою мову
desk-journeys = Виберіть, що вам підходить
desk-take-home = Візьміть цю сторінку з собою: наведіть камеру телефона на цей код.
desk-start-again = Почати знову

# The link maker, for staff at a GP practice or hospital.
make-link-title = Створити посилання для пацієнта
make-link-intro = Виберіть порадник і мову пацієнта. Можна додати його дані. Те, що ви вводите, залишається на цьому пристрої.
make-link-journey = Порадник
make-link-language = Мова пацієнта
make-link-service = Служба або клініка (за бажанням)
make-link-start = Дата направлення, обстеження або виписки (за бажанням)
make-link-wait = Коли пацієнт має отримати відповідь (за бажанням)
make-link-wait-days = днів
make-link-wait-weeks = тижнів
make-link-wait-months = місяців
make-link-phone = Номер телефону команди (за бажанням)
make-link-web = Вебсторінка команди (за бажанням)
make-link-bad-phone = Це не схоже на номер телефону у Великій Британії, тому його немає в посиланні.
make-link-bad-web = Використайте вебсторінку, яка починається з https. Цієї немає в посиланні.
make-link-link = Посилання
make-link-message = SMS-повідомлення
make-link-characters = Букви та пробіли
make-link-segments = Скільки SMS це займе
make-link-unicode = У цьому повідомленні є букви не з базового набору, тому в одне SMS їх вміщується менше.
make-link-copy = Скопіювати
make-link-copied = Скопійовано
make-link-qr = QR-код для цього посилання
make-link-print = Надрукувати
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: що буде далі і до кого звертатися: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Що буде далі і до кого звертатися: { $link }

not-found-title = Ми не можемо знайти цю сторінку
not-found-body = Посилання може бути неправильним або старим. Ось усі наші порадники. Виберіть той, який вам підходить.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Зараз на цьому телефоні немає інтернету, а ця сторінка ще не збережена на ньому. Спробуйте посилання знову, коли будете онлайн. Порадники, які ви вже відкривали раніше, працюють.

unknown-language = У нас ще немає цієї мови, тому ця сторінка англійською.

# The language picker on every page.
language-picker-label = Виберіть свою мову
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Читати цей порадник з англійським текстом під кожною частиною
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Цей переклад ще не перевірено. Якщо щось незрозуміло, попросіть перекладача. Це безкоштовно.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Кваліфіковані перекладачі перевірили цей переклад { $date }. Якщо щось незрозуміло, попросіть перекладача. Це безкоштовно.

footer-make-link = Для персоналу: створити посилання для пацієнта
footer-embed = Для персоналу: розмістити ці порадники на вашому сайті
footer-not-nhs = Цей порадник створили не в NHS. Він розповідає, як послуги NHS зазвичай працюють разом.
footer-privacy = Ніщо з того, що ви тут робите, нікуди не надсилається, і ніщо про вас не зберігається.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Вибачте, на цій сторінці щось пішло не так
panic-body = Те, що ви бачите на цій сторінці, все одно правильне. Якщо щось виглядає неправильно, завантажте сторінку знову.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Виберіть службу зі списку вашого району
make-link-pick-none = Жодної: я введу дані вручну
config-none = На цьому сайті немає місцевих контактів, тому в кожному кроці подано загальну пораду. Щоб додати служби вашого району, див. README.
config-loaded = Цей сайт показує контакти для району { $area }.
config-problems-title = Деякі місцеві контакти треба виправити
config-problems-intro = На пацієнтів це не впливає: вони бачать дані з останньої вдалої збірки або загальну пораду. Виправте ці помилки, а потім зберіть сайт знову.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: тут файл написано неправильно. Пошукайте пропущену кому, лапку або дужку.
config-problem-unknown-field = { $field }: ми не знаємо такого поля. Перевірте написання.
config-problem-missing-field = { $field }: це поле треба заповнити.
config-problem-wrong-type = { $field }: тут неправильний тип значення, наприклад число там, де мають бути слова.
config-problem-version = { $field }: тут має бути 1.
config-problem-empty = { $field }: тут порожньо.
config-problem-too-long = { $field }: це задовго. Має бути менше ніж 120 знаків.
config-problem-hidden-characters = { $field }: тут є приховані символи, які можуть змінити, як це читається. Введіть це знову.
config-problem-bad-id = { $field }: використовуйте лише малі латинські букви, цифри та дефіси, наприклад skin-team.
config-problem-duplicate-id = { $field }: дві служби мають однаковий id.
config-problem-bad-phone = { $field }: це не номер телефону у Великій Британії. Напишіть його так: 020 7946 0000.
config-problem-not-https = { $field }: вебсторінка має починатися з https, а не з http.
config-problem-bad-website = { $field }: це не вебадреса. Напишіть її так: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: немає порадника з такою назвою.
config-problem-unknown-contact = { $field }: ми не знаємо такого типу контакту. Приклад правильного типу: hospital-team.
config-problem-unknown-service = { $field }: у списку немає служби з таким id.
config-problem-unknown-language = { $field }: у нас немає цієї мови.
config-problem-missing-english = { $field }: слова треба також дати англійською, як en-GB.

# Staff: put the guides on a practice's website.
embed-title = Розмістіть ці порадники на своєму сайті
embed-intro = Виберіть, що показувати, а потім скопіюйте код на свою вебсторінку. Порадники показуються всередині вашої сторінки. Код нічого не надсилає про людей, які користуються вашим сайтом.
embed-journey = Який порадник показувати
embed-all-guides = Усі порадники, списком
embed-language = Мова, якою він відкривається
embed-accent = Основний колір вашого сайту (за бажанням)
embed-accent-hint = Шість букв або цифр після #, наприклад #00703c.
embed-accent-bad = Це не код кольору. Напишіть його так: #00703c.
embed-accent-low-contrast = Цей колір занадто світлий, щоб читати на блідій сторінці. Його контраст { $ratio } до 1, а потрібно 4.5 до 1. Виберіть темніший колір. Доти порадник залишає свій синій колір.
embed-list = Показати список інших порадників у кінці
embed-code = Код для вашої вебсторінки
embed-copy = Скопіювати код
embed-copied = Скопійовано
embed-preview = Як це виглядатиме
embed-hosting = Код працює на будь-якому сайті, який дозволяє додати фрейм. Не потрібен обліковий запис, і код не створює файлів cookie.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Коротко про кроки
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Версія, яку легко читати
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Версія, яку легко читати (англійською)
