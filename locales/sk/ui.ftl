# Words used on every page: the frame around the journeys.

site-name = Čo ďalej?
site-tagline = Kto čo robí, keď sa vaša starostlivosť presúva medzi vaším lekárom GP (rodinný lekár) a nemocnicou.
skip-to-content = Prejsť na hlavný obsah
home-link = Všetky príručky

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Potrebujete pomoc hneď?
safety-emergency = V núdzovej situácii volajte { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Ak je vám alebo vášmu dieťaťu zle a neviete, čo robiť, zavolajte na { -urgent-number } alebo do vašej ordinácie GP.
       *[other] Ak je vám zle a neviete, čo robiť, zavolajte na { -urgent-number } alebo do vašej ordinácie GP.
    }
safety-online = Alebo choďte online na 111.nhs.uk.
safety-mental-health = Pri kríze duševného zdravia zavolajte na { -urgent-number } a vyberte možnosť pre duševné zdravie.
safety-deaf = Ak ste nepočujúci, zavolajte na 18001 111 cez Relay UK alebo použite služby NHS 111 a 999 v jazyku BSL (britský posunkový jazyk).
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Tieto príručky sú o službách NHS (štátna zdravotná služba) v Anglicku. Vo Walese, v Škótsku a v Severnom Írsku fungujú niektoré veci inak.

home-title = Čo bude ďalej s vašou starostlivosťou?
home-intro = Vyberte si príručku, ktorá sa hodí na vašu situáciu. Každá hovorí, kto robí ktorý krok a ako sa s ním spojiť.

# The search box on the home page.
search-label = Hľadať v príručkách
search-hint = Napríklad: krvné vyšetrenie, potvrdenie o práceneschopnosti, recept.
search-results = { $count ->
        [0] Žiadna príručka sa nenašla. Skúste iné slová alebo si vyberte zo zoznamu nižšie.
        [one] Našla sa 1 príručka.
        [few] Našli sa { $count } príručky.
        [many] Našlo sa { $count } príručky.
       *[other] Našlo sa { $count } príručiek.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = a aj alebo ale ako do na v vo z zo s so k ku o od po pre pri za u je som si sme ste sú bol bola bolo boli byť mám má máme máte majú mať môj moja moje môjho mojej mi ma mňa mne sa to ten tá tie toho tej čo kto kedy prečo kde či už ešte že váš vaša vaše vás vám ja ty on ona ono oni my vy ich jeho jej

# Group headings on the home page: the question people start from.
topic-referred = Mám odporúčanie do nemocnice
topic-waiting = Čakám
topic-test = Mám za sebou vyšetrenie
topic-after-appointment = Som po návšteve v nemocnici
topic-leaving-hospital = Odchádzam z nemocnice
topic-medicines-fit-notes = Lieky a potvrdenia o práceneschopnosti
topic-child = Týka sa to môjho dieťaťa
topic-mental-health = Týka sa to môjho duševného zdravia
topic-gp-practice = Pomoc od mojej ordinácie GP alebo bez nej

journey-steps-heading = Čo sa deje, krok za krokom
# Under a guide shown inside a practice's website.
journey-more-guides = Ďalšie naše príručky
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Túto stránku sme napísali { $date } podľa verejných zdrojov. Zdravotník ju ešte neskontroloval.
journey-reviewed = Zdravotník { $reviewer } skontroloval túto stránku { $date }.
step-number = Krok { $number }
step-who = Kto to robí
step-contact = Ako sa s nimi spojiť
step-if-not = Ak sa to nestane
step-ask = Otázky, ktoré môžete položiť

# Who is responsible for a step.
who-gp-practice = Vaša ordinácia GP
who-hospital-team = Nemocničný tím
who-patient-or-parent = { $audience ->
        [parent] Vy, rodič alebo opatrovateľ
       *[other] Vy
    }
who-pharmacy = Lekáreň vo vašom okolí
who-nhs-111 = NHS 111
who-mental-health-team = Tím pre duševné zdravie
who-private-clinic = Súkromná klinika
who-other = Niekto iný: krok hovorí kto

# How to reach whoever is responsible.
contact-hospital-team = Zavolajte nemocničnému tímu. Ich číslo je vo vašom liste alebo v SMS.
contact-referral-booking = Použite odkaz v SMS alebo v e-maile, alebo zavolajte na číslo uvedené v liste.
contact-gp-practice = Zavolajte do vašej ordinácie GP, použite jej online formulár alebo choďte na jej recepciu.
contact-hospital-ward = Ešte pred odchodom sa opýtajte personálu oddelenia. Potom volajte na číslo uvedené v liste z oddelenia.
contact-test-requester = Obráťte sa na tím, ktorý vyšetrenie nariadil. Ich kontakty sú vo vašom liste alebo na formulári.
contact-pharmacy = Choďte do ktorejkoľvek lekárne alebo jej zavolajte. Nemusíte sa objednávať.
contact-link-worker = Požiadajte vašu ordináciu GP, aby vás spojila so sociálnym koordinátorom (link worker).
contact-patient-advice = Požiadajte o tím poradenstva pre pacientov v nemocnici. Pomáhajú, keď sa niečo pokazí.
contact-nhs-111 = Zavolajte na NHS 111, vo dne aj v noci, alebo choďte na 111.nhs.uk.
contact-self-referral = Obráťte sa na službu sami, online alebo telefonicky. Vyhľadajte ju na NHS website (webová stránka NHS) alebo sa opýtajte v ordinácii GP, ako sa s ňou spojiť.
contact-mental-health-team = Použite telefónne číslo z vášho plánu starostlivosti. V kríze zavolajte na NHS 111 a vyberte možnosť pre duševné zdravie.
contact-private-clinic = Obráťte sa na súkromnú kliniku. Jej kontakty sú vo vašom liste alebo na účte.
contact-urgent-care = Zavolajte na A&E (nemocničná pohotovosť) alebo do centra urgentnej starostlivosti, kde ste boli. Číslo je na vašom letáku s radami. Alebo zavolajte na hlavné číslo nemocnice.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Zavolajte do služby { $service } na číslo { $phone }.
contact-local-other = Obráťte sa na službu { $service }.
contact-local-hours = Telefón zdvíhajú: { $hours }
contact-local-website = Ich webová stránka: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = Kedy správa z ambulancie (clinic letter) príde k vášmu lekárovi GP
timing-discharge-summary = Kedy prepúšťacia správa príde k vášmu lekárovi GP
timing-cancer-diagnosis = Kedy sa vám NHS snaží povedať, či ide o rakovinu, alebo nie
timing-cancelled-operation = Kedy by ste mali dostať nový termín operácie, ktorú zrušili v deň operácie
timing-within = Do { $limit } { $unit ->
        [hours] { $limit ->
            [one] hodiny
            [few] hodín
            [many] hodiny
           *[other] hodín
        }
        [days] { $limit ->
            [one] dňa
            [few] dní
            [many] dňa
           *[other] dní
        }
        [months] { $limit ->
            [one] mesiaca
            [few] mesiacov
            [many] mesiaca
           *[other] mesiacov
        }
       *[weeks] { $limit ->
            [one] týždňa
            [few] týždňov
            [many] týždňa
           *[other] týždňov
        }
    } od { $from ->
        [appointment] vašej návštevy v ambulancii
        [discharge] odchodu z nemocnice
        [referral] odporúčania
       *[cancellation] dňa zrušenia
    }.

# A date such as 21 November 2026.
date = { $day }. { $month ->
        [1] januára
        [2] februára
        [3] marca
        [4] apríla
        [5] mája
        [6] júna
        [7] júla
        [8] augusta
        [9] septembra
        [10] októbra
        [11] novembra
       *[12] decembra
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Vaše údaje
details-service = Týka sa to: { $service }
details-expect-by = Správu by ste mali dostať do { $date }.
details-phone = Ak ste nič nedostali alebo máte otázku, zavolajte na { $phone }.
details-web = Môžete ísť aj na { $web }.
details-broken = Niektoré údaje vo vašom odkaze sa nedali použiť. Zvyšok tejto stránky pre vás stále platí.

# The Listen button on a journey page (it reads the page aloud).
listen = Vypočuť si túto stránku
listen-stop = Prestať čítať

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Naskenujte tento kód fotoaparátom v telefóne a táto stránka sa znova otvorí.

# Desk mode: a reception screen turned to the patient.
desk-title = Vyberte si jazyk
desk-journeys = Vyberte, čo sa hodí na vašu situáciu
desk-take-home = Vezmite si túto stránku so sebou: namierte fotoaparát telefónu na tento kód.
desk-start-again = Začať znova

# The link maker, for staff at a GP practice or hospital.
make-link-title = Vytvoriť odkaz pre pacienta
make-link-intro = Vyberte príručku a jazyk pacienta. Môžete pridať jeho údaje. To, čo napíšete, zostane na tomto zariadení.
make-link-journey = Príručka
make-link-language = Jazyk pacienta
make-link-service = Služba alebo ambulancia (ak chcete)
make-link-start = Dátum odporúčania, vyšetrenia alebo prepustenia (ak chcete)
make-link-wait = Čas, do ktorého by mal dostať správu (ak chcete)
make-link-wait-days = dní
make-link-wait-weeks = týždňov
make-link-wait-months = mesiacov
make-link-phone = Telefónne číslo tímu (ak chcete)
make-link-web = Webová stránka tímu (ak chcete)
make-link-bad-phone = Toto nevyzerá ako telefónne číslo v Spojenom kráľovstve, preto nie je v odkaze.
make-link-bad-web = Použite webovú stránku, ktorá začína na https. Táto nie je v odkaze.
make-link-link = Odkaz
make-link-message = SMS správa
make-link-characters = Písmená a medzery
make-link-segments = Počet SMS, ktoré to zaberie
make-link-unicode = Táto správa má písmená, ktoré nie sú v základnej sade, preto sa ich do jednej SMS zmestí menej.
make-link-copy = Skopírovať
make-link-copied = Skopírované
make-link-qr = QR kód pre tento odkaz
make-link-print = Vytlačiť
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: čo bude ďalej a na koho sa obrátiť: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Čo bude ďalej a na koho sa obrátiť: { $link }

not-found-title = Túto stránku nevieme nájsť
not-found-body = Odkaz môže byť nesprávny alebo starý. Tu sú všetky naše príručky. Vyberte si tú, ktorá sa hodí na vašu situáciu.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Tento telefón teraz nemá internet a táto stránka v ňom ešte nie je uložená. Skúste odkaz znova, keď budete online. Príručky, ktoré ste už otvorili, stále fungujú.

unknown-language = Tento jazyk zatiaľ nemáme, preto je táto stránka po anglicky.

# The language picker on every page.
language-picker-label = Vyberte si jazyk
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Prečítajte si túto príručku s anglickým textom pod každou časťou
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Tento preklad ešte nikto neskontroloval. Ak je niečo nejasné, požiadajte o tlmočníka. Je to zadarmo.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Kvalifikovaní prekladatelia skontrolovali tento preklad { $date }. Ak je niečo nejasné, požiadajte o tlmočníka. Je to zadarmo.

footer-make-link = Pre personál: vytvorte odkaz pre pacienta
footer-embed = Pre personál: dajte tieto príručky na svoju webovú stránku
footer-not-nhs = Túto príručku nevytvorila NHS. Hovorí, ako služby NHS väčšinou spolupracujú.
footer-privacy = Nič z toho, čo tu robíte, sa nikam neposiela ani sa o vás neukladá.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Prepáčte, na tejto stránke sa niečo pokazilo
panic-body = To, čo vidíte na tejto stránke, stále platí. Ak to vyzerá zle, načítajte stránku znova.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Vyberte službu zo zoznamu vašej oblasti
make-link-pick-none = Žiadnu: údaje napíšem ručne
config-none = Táto stránka nemá miestne kontaktné údaje, preto každý krok dáva všeobecnú radu. Ak chcete pridať služby vašej oblasti, pozrite si súbor README.
config-loaded = Táto stránka ukazuje kontaktné údaje pre oblasť { $area }.
config-problems-title = Niektoré miestne kontaktné údaje treba opraviť
config-problems-intro = Pacientov sa to netýka: vidia údaje z poslednej dobrej verzie stránky alebo všeobecnú radu. Opravte tieto chyby a potom stránku znova zostavte.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: súbor tu nie je správne napísaný. Hľadajte chýbajúcu čiarku, úvodzovku alebo zátvorku.
config-problem-unknown-field = { $field }: toto pole nepoznáme. Skontrolujte pravopis.
config-problem-missing-field = { $field }: toto musí byť vyplnené.
config-problem-wrong-type = { $field }: toto je nesprávny druh hodnoty, napríklad číslo tam, kde majú byť slová.
config-problem-version = { $field }: toto musí byť 1.
config-problem-empty = { $field }: toto je prázdne.
config-problem-too-long = { $field }: toto je príliš dlhé. Musí to mať menej ako 120 znakov.
config-problem-hidden-characters = { $field }: toto obsahuje skryté znaky, ktoré môžu zmeniť, ako sa text číta. Napíšte to znova.
config-problem-bad-id = { $field }: použite iba malé písmená, čísla a pomlčky, napríklad skin-team.
config-problem-duplicate-id = { $field }: dve služby majú rovnaké id.
config-problem-bad-phone = { $field }: toto nie je telefónne číslo v Spojenom kráľovstve. Napíšte ho takto: 020 7946 0000.
config-problem-not-https = { $field }: webová stránka musí začínať na https, nie na http.
config-problem-bad-website = { $field }: toto nie je webová adresa. Napíšte ju takto: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: príručka s týmto názvom neexistuje.
config-problem-unknown-contact = { $field }: tento druh kontaktu nepoznáme. Príklad správneho druhu: hospital-team.
config-problem-unknown-service = { $field }: žiadna služba v zozname nemá toto id.
config-problem-unknown-language = { $field }: tento jazyk nemáme.
config-problem-missing-english = { $field }: text musí byť aj po anglicky, ako en-GB.

# Staff: put the guides on a practice's website.
embed-title = Dajte tieto príručky na svoju webovú stránku
embed-intro = Vyberte, čo sa má zobraziť, a potom skopírujte kód do svojej webovej stránky. Príručky sa zobrazia vo vnútri vašej stránky. Neposiela nič o ľuďoch, ktorí vašu stránku používajú.
embed-journey = Príručka, ktorá sa zobrazí
embed-all-guides = Všetky príručky ako zoznam
embed-language = Jazyk, v ktorom sa otvorí
embed-accent = Hlavná farba vašej webovej stránky (ak chcete)
embed-accent-hint = Šesť písmen alebo číslic za znakom #, napríklad #00703c.
embed-accent-bad = Toto nie je kód farby. Napíšte ho takto: #00703c.
embed-accent-low-contrast = Táto farba je príliš svetlá na čítanie na bledej stránke. Jej kontrast je { $ratio } ku 1 a potrebuje 4,5 ku 1. Vyberte tmavšiu farbu. Dovtedy príručka ponechá svoju vlastnú modrú.
embed-list = Na konci ukázať zoznam ostatných príručiek
embed-code = Kód pre vašu webovú stránku
embed-copy = Skopírovať kód
embed-copied = Skopírované
embed-preview = Ako to bude vyzerať
embed-hosting = Kód funguje na každej webovej stránke, ktorá dovoľuje pridať rámec (frame). Nepotrebuje účet a nenastavuje súbory cookie.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Kroky v skratke
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Ľahko čitateľná verzia
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Ľahko čitateľná verzia (po anglicky)
