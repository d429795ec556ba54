# Words used on every page: the frame around the journeys.

site-name = Что дальше?
site-tagline = Кто что делает, когда ваше лечение переходит между вашим GP (семейным врачом) и больницей.
skip-to-content = Перейти к основному тексту
home-link = Все памятки

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Нужна помощь прямо сейчас?
safety-emergency = В экстренной ситуации звоните { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Если вам или вашему ребёнку плохо и вы не уверены, что делать, звоните в { -urgent-number } или в вашу клинику GP.
       *[other] Если вам плохо и вы не уверены, что делать, звоните в { -urgent-number } или в вашу клинику GP.
    }
safety-online = Или зайдите на сайт 111.nhs.uk.
safety-mental-health = При кризисе, связанном с психическим здоровьем, звоните в { -urgent-number } и выберите вариант помощи по психическому здоровью.
safety-deaf = Если вы не слышите, звоните 18001 111 через Relay UK или пользуйтесь службами NHS 111 и 999 на BSL (британском жестовом языке).
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Эти памятки рассказывают о службах NHS (государственной службы здравоохранения) в Англии. В Уэльсе, Шотландии и Северной Ирландии некоторые вещи устроены по-другому.

home-title = Что будет дальше с вашим лечением?
home-intro = Выберите памятку, которая вам подходит. В каждой сказано, кто делает каждый шаг и как с ним связаться.

# The search box on the home page.
search-label = Поиск по памяткам
search-hint = Например: анализ крови, больничный, рецепт.
search-results = { $count ->
        [0] Подходящих памяток нет. Попробуйте другие слова или выберите из списка ниже.
        [one] Найдена { $count } памятка.
        [few] Найдено { $count } памятки.
        [many] Найдено { $count } памяток.
       *[other] Найдено { $count } памятки.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = а и или но в во на с со к ко по о об от до из за для у при про под над без что как кто где когда почему зачем какой какая какие который которая это этот эта эти тот та то мой моя моё мои мне меня мы нас наш ваш ваша ваше ваши вы вас вам вами я ты он она они его её их был была было были есть быть будет буду могу можно нужно надо ли не ни же уже ещё только тоже также свой своя свои себя

# Group headings on the home page: the question people start from.
topic-referred = Меня направили к специалисту
topic-waiting = Я жду
topic-test = У меня было обследование или анализ
topic-after-appointment = У меня был приём в больнице
topic-leaving-hospital = Меня выписывают из больницы
topic-medicines-fit-notes = Лекарства и больничные листы
topic-child = Это о моём ребёнке
topic-mental-health = Это о моём психическом здоровье
topic-gp-practice = Помощь от моей клиники GP или без неё

journey-steps-heading = Что происходит, шаг за шагом
# Under a guide shown inside a practice's website.
journey-more-guides = Другие наши памятки
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Мы написали эту страницу { $date } по открытым источникам. Медицинский специалист её ещё не проверял.
journey-reviewed = Медицинский специалист, { $reviewer }, проверил эту страницу { $date }.
step-number = Шаг { $number }
step-who = Кто это делает
step-contact = Как с ними связаться
step-if-not = Если этого не произошло
step-ask = Вопросы, которые можно задать

# Who is responsible for a step.
who-gp-practice = Ваша клиника GP
who-hospital-team = Команда больницы
who-patient-or-parent = { $audience ->
        [parent] Вы, родитель или тот, кто ухаживает за ребёнком
       *[other] Вы
    }
who-pharmacy = Аптека рядом с вами
who-nhs-111 = NHS 111
who-mental-health-team = Команда по психическому здоровью
who-private-clinic = Частная клиника
who-other = Кто-то другой: в шаге сказано, кто именно

# How to reach whoever is responsible.
contact-hospital-team = Позвоните команде больницы. Их номер есть в вашем письме или SMS.
contact-referral-booking = Воспользуйтесь ссылкой из SMS или письма по электронной почте или позвоните по номеру из вашего письма.
contact-gp-practice = Позвоните в вашу клинику GP, заполните её онлайн-форму или подойдите к стойке регистрации.
contact-hospital-ward = Спросите персонал отделения до того, как уйдёте. После этого звоните по номеру из письма, которое вам дали в отделении.
contact-test-requester = Свяжитесь с командой, которая назначила обследование. Их контакты есть в вашем письме или бланке.
contact-pharmacy = Зайдите или позвоните в любую аптеку. Записываться не нужно.
contact-link-worker = Попросите вашу клинику GP связать вас с социальным помощником (link worker).
contact-patient-advice = Обратитесь в службу помощи пациентам больницы. Они помогают, когда что-то идёт не так.
contact-nhs-111 = Позвоните в NHS 111 в любое время дня и ночи или зайдите на 111.nhs.uk.
contact-self-referral = Свяжитесь со службой сами, через интернет или по телефону. Найдите её на NHS website (сайт NHS) или спросите в вашей клинике GP, как с ней связаться.
contact-mental-health-team = Звоните по номеру из вашего плана лечения. При кризисе звоните в NHS 111 и выберите вариант помощи по психическому здоровью.
contact-private-clinic = Свяжитесь с частной клиникой. Их контакты есть в вашем письме или счёте.
contact-urgent-care = Позвоните в A&E (отделение неотложной помощи) или в центр неотложной помощи (urgent treatment centre), куда вы обращались. Номер есть в листке с советами. Или позвоните по основному номеру больницы.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Позвоните: { $service }, телефон { $phone }.
contact-local-other = Свяжитесь со службой: { $service }.
contact-local-hours = Когда отвечают на звонки: { $hours }
contact-local-website = Их веб-страница: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = Когда письмо после приёма (clinic letter) приходит к вашему GP
timing-discharge-summary = Когда выписка из больницы (discharge summary) приходит к вашему GP
timing-cancer-diagnosis = Когда NHS старается сказать вам, рак это или нет
timing-cancelled-operation = Когда вам должны дать новую дату операции, которую отменили в день операции
timing-within = В течение { $limit } { $unit ->
        [hours] { $limit ->
            [one] часа
            [few] часов
            [many] часов
           *[other] часа
        }
        [days] { $limit ->
            [one] дня
            [few] дней
            [many] дней
           *[other] дня
        }
        [months] { $limit ->
            [one] месяца
            [few] месяцев
            [many] месяцев
           *[other] месяца
        }
       *[weeks] { $limit ->
            [one] недели
            [few] недель
            [many] недель
           *[other] недели
        }
    } { $from ->
        [appointment] после вашего приёма в клинике
        [discharge] после выписки из больницы
        [referral] после направления
       *[cancellation] со дня отмены
    }.

# A date such as 21 ноября 2026 (month in the genitive).
date = { $day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Ваши данные
details-service = Это касается: { $service }
details-expect-by = С вами должны связаться до { $date }.
details-phone = Если с вами не связались или у вас есть вопрос, звоните по номеру { $phone }.
details-web = Можно также зайти на { $web }.
details-broken = Некоторые данные из вашей ссылки не удалось использовать. Остальной текст на этой странице всё равно подходит вам.

# The Listen button on a journey page (it reads the page aloud).
listen = Прослушать эту страницу
listen-stop = Остановить чтение

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Отсканируйте этот код камерой телефона, чтобы снова открыть эту страницу.

# Desk mode: a reception screen turned to the patient.
desk-title = Выберите ваш язык
desk-journeys = Выберите, что вам подходит
desk-take-home = Возьмите эту страницу с собой: наведите камеру телефона на этот код.
desk-start-again = Начать сначала

# The link maker, for staff at a GP practice or hospital.
make-link-title = Создать ссылку для пациента
make-link-intro = Выберите памятку и язык пациента. Можно добавить его данные. То, что вы вводите, остаётся на этом устройстве.
make-link-journey = Памятка
make-link-language = Язык пациента
make-link-service = Служба или клиника (по желанию)
make-link-start = Дата направления, обследования или выписки (по желанию)
make-link-wait = Срок, в который с пациентом должны связаться (по желанию)
make-link-wait-days = дней
make-link-wait-weeks = недель
make-link-wait-months = месяцев
make-link-phone = Номер телефона команды (по желанию)
make-link-web = Веб-страница команды (по желанию)
make-link-bad-phone = Это не похоже на номер телефона в Великобритании, поэтому его нет в ссылке.
make-link-bad-web = Укажите веб-страницу, адрес которой начинается с https. Эта страница не добавлена в ссылку.
make-link-link = Ссылка
make-link-message = SMS-сообщение
make-link-characters = Буквы и пробелы
make-link-segments = Сколько SMS понадобится
make-link-unicode = В этом сообщении есть буквы не из базового набора, поэтому в одно SMS их помещается меньше.
make-link-copy = Скопировать
make-link-copied = Скопировано
make-link-qr = QR-код для этой ссылки
make-link-print = Печать
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: что дальше и к кому обращаться: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Что дальше и к кому обращаться: { $link }

not-found-title = Мы не можем найти эту страницу
not-found-body = Возможно, ссылка неверная или старая. Вот все наши памятки. Выберите ту, которая вам подходит.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Сейчас на этом телефоне нет интернета, а эта страница на нём ещё не сохранена. Откройте ссылку снова, когда появится интернет. Памятки, которые вы уже открывали раньше, работают и без интернета.

unknown-language = У нас пока нет этого языка, поэтому эта страница на английском.

# The language picker on every page.
language-picker-label = Выберите ваш язык
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Читать эту памятку с английским текстом под каждой частью
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Этот перевод ещё не проверен. Если что-то непонятно, попросите устного переводчика. Это бесплатно.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Квалифицированные переводчики проверили этот перевод { $date }. Если что-то непонятно, попросите устного переводчика. Это бесплатно.

footer-make-link = Для сотрудников: создать ссылку для пациента
footer-embed = Для сотрудников: разместить эти памятки на вашем сайте
footer-not-nhs = Эту памятку сделали не в NHS. В ней рассказано, как службы NHS в большинстве случаев работают вместе.
footer-privacy = Ничего из того, что вы делаете здесь, никуда не отправляется. Никакие данные о вас не сохраняются.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Извините, на этой странице что-то пошло не так
panic-body = То, что вы видите на этой странице, по-прежнему верно. Если страница выглядит неправильно, загрузите её снова.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Выберите службу из списка вашего района
make-link-pick-none = Никакую: я введу данные вручную
config-none = На этом сайте нет местных контактных данных, поэтому в каждом шаге даётся общий совет. Чтобы добавить службы вашего района, смотрите README.
config-loaded = На этом сайте указаны контактные данные для района: { $area }.
config-problems-title = Некоторые местные контактные данные нужно исправить
config-problems-intro = Пациентов это не затрагивает: они видят данные из последней удачной сборки или общий совет. Исправьте эти ошибки, затем соберите сайт заново.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: здесь файл записан неправильно. Проверьте, не пропущена ли запятая, кавычка или скобка.
config-problem-unknown-field = { $field }: такого поля мы не знаем. Проверьте написание.
config-problem-missing-field = { $field }: это поле нужно заполнить.
config-problem-wrong-type = { $field }: здесь значение не того вида, например число там, где должны быть слова.
config-problem-version = { $field }: здесь должно быть 1.
config-problem-empty = { $field }: здесь пусто.
config-problem-too-long = { $field }: это слишком длинно. Должно быть меньше 120 букв.
config-problem-hidden-characters = { $field }: здесь есть скрытые символы, которые могут изменить смысл текста. Введите его заново.
config-problem-bad-id = { $field }: используйте только строчные латинские буквы, цифры и дефисы, например skin-team.
config-problem-duplicate-id = { $field }: у двух служб одинаковый id.
config-problem-bad-phone = { $field }: это не номер телефона в Великобритании. Пишите так: 020 7946 0000.
config-problem-not-https = { $field }: адрес веб-страницы должен начинаться с https, а не с http.
config-problem-bad-website = { $field }: это не веб-адрес. Пишите так: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: памятки с таким названием нет.
config-problem-unknown-contact = { $field }: такого вида контакта мы не знаем. Пример правильного вида: hospital-team.
config-problem-unknown-service = { $field }: ни у одной службы в списке нет такого id.
config-problem-unknown-language = { $field }: такого языка у нас нет.
config-problem-missing-english = { $field }: текст нужно также дать на английском, как en-GB.

# Staff: put the guides on a practice's website.
embed-title = Разместить эти памятки на вашем сайте
embed-intro = Выберите, что показывать, затем скопируйте код на вашу веб-страницу. Памятки будут показаны внутри вашей страницы. Код не отправляет никаких данных о людях, которые пользуются вашим сайтом.
embed-journey = Какую памятку показывать
embed-all-guides = Все памятки списком
embed-language = На каком языке открывать
embed-accent = Основной цвет вашего сайта (по желанию)
embed-accent-hint = Шесть букв или цифр после знака #, например #00703c.
embed-accent-bad = Это не код цвета. Пишите так: #00703c.
embed-accent-low-contrast = Этот цвет слишком светлый, его трудно читать на светлой странице. Его контраст { $ratio } к 1, а нужно 4.5 к 1. Выберите цвет темнее. Пока вы этого не сделаете, памятка будет использовать свой синий цвет.
embed-list = Показывать в конце список других памяток
embed-code = Код для вашей веб-страницы
embed-copy = Скопировать код
embed-copied = Скопировано
embed-preview = Как это будет выглядеть
embed-hosting = Код работает на любом сайте, где можно добавить фрейм (frame). Ему не нужна учётная запись, и он не ставит файлы cookie.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Коротко о шагах
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Версия, которую легко читать
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Версия, которую легко читать (на английском)
