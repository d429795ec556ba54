# Words used on every page: the frame around the journeys.

site-name = Kas toliau?
site-tagline = Kas ką daro, kai jūsų sveikatos priežiūra pereina tarp GP gydytojo ir ligoninės.
skip-to-content = Pereiti prie pagrindinio turinio
home-link = Visi gidai

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Reikia pagalbos dabar?
safety-emergency = Skubiu atveju skambinkite { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Jei jūs ar jūsų vaikas blogai jaučiatės ir nežinote, ką daryti, skambinkite { -urgent-number } arba į savo GP kliniką.
       *[other] Jei blogai jaučiatės ir nežinote, ką daryti, skambinkite { -urgent-number } arba į savo GP kliniką.
    }
safety-online = Arba apsilankykite 111.nhs.uk internete.
safety-mental-health = Jei ištiko psichikos sveikatos krizė, skambinkite { -urgent-number } ir pasirinkite psichikos sveikatos parinktį.
safety-deaf = Jei esate kurčias, skambinkite 18001 111 per Relay UK arba naudokitės NHS 111 ir 999 paslaugomis BSL (britų gestų kalba).
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Šie gidai yra apie NHS paslaugas Anglijoje. Velse, Škotijoje ir Šiaurės Airijoje kai kas veikia kitaip.

home-title = Kas toliau vyks su jūsų sveikatos priežiūra?
home-intro = Pasirinkite jums tinkantį gidą. Kiekviename gide parašyta, kas atlieka kiekvieną žingsnį ir kaip su juo susisiekti.

# The search box on the home page.
search-label = Ieškoti giduose
search-hint = Pavyzdžiui: kraujo tyrimas, nedarbingumo pažyma, receptas.
search-results = { $count ->
        [0] Nė vienas gidas netinka. Pabandykite kitus žodžius arba pasirinkite iš sąrašo žemiau.
        [one] Tinka { $count } gidas.
        [few] Tinka { $count } gidai.
        [many] Tinka { $count } gido.
       *[other] Tinka { $count } gidų.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = ir ar bet o kad kaip kas ką kur kada kodėl kuris kuri kurie kokia koks mano man mane mes mūsų jūs jūsų jums jus aš tu tavo jis ji jie jos jo yra buvo bus esu į iš su be apie per už prie po nuo iki ant pas tai tas ta tą šis ši šį taip gali galiu galima reikia turiu turi savo dar jau tik irgi

# Group headings on the home page: the question people start from.
topic-referred = Gavau siuntimą
topic-waiting = Aš laukiu
topic-test = Man atliko tyrimą
topic-after-appointment = Buvau vizite ligoninėje
topic-leaving-hospital = Išeinu iš ligoninės
topic-medicines-fit-notes = Vaistai ir nedarbingumo pažymos
topic-child = Tai apie mano vaiką
topic-mental-health = Tai apie mano psichikos sveikatą
topic-gp-practice = Pagalba iš mano GP klinikos arba be jos

journey-steps-heading = Kas vyksta, žingsnis po žingsnio
# Under a guide shown inside a practice's website.
journey-more-guides = Daugiau mūsų gidų
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Šį puslapį parašėme { $date } pagal viešus šaltinius. Medikas jo dar nepatikrino.
journey-reviewed = Medikas { $reviewer } patikrino šį puslapį { $date }.
step-number = { $number } žingsnis
step-who = Kas tai daro
step-contact = Kaip su jais susisiekti
step-if-not = Jei taip neįvyksta
step-ask = Ką galite paklausti

# Who is responsible for a step.
who-gp-practice = Jūsų GP klinika
who-hospital-team = Ligoninės komanda
who-patient-or-parent = { $audience ->
        [parent] Jūs, vienas iš tėvų ar globėjas
       *[other] Jūs
    }
who-pharmacy = Vaistinė netoli jūsų
who-nhs-111 = NHS 111
who-mental-health-team = Psichikos sveikatos komanda
who-private-clinic = Privati klinika
who-other = Kažkas kitas: žingsnyje parašyta, kas

# How to reach whoever is responsible.
contact-hospital-team = Paskambinkite ligoninės komandai. Jų numeris yra jūsų laiške arba SMS žinutėje.
contact-referral-booking = Naudokite nuorodą iš SMS žinutės ar el. laiško arba paskambinkite numeriu, kuris yra jūsų laiške.
contact-gp-practice = Paskambinkite į savo GP kliniką, užpildykite jos internetinę formą arba nueikite į registratūrą.
contact-hospital-ward = Prieš išeidami paklauskite skyriaus personalo. Vėliau skambinkite numeriu, kuris yra laiške, gautame iš skyriaus.
contact-test-requester = Susisiekite su komanda, kuri paskyrė tyrimą. Jų kontaktai yra jūsų laiške arba formoje.
contact-pharmacy = Nueikite arba paskambinkite į bet kurią vaistinę. Registruotis iš anksto nereikia.
contact-link-worker = Paprašykite savo GP klinikos, kad jus suvestų su socialiniu patarėju (link worker).
contact-patient-advice = Kreipkitės į ligoninės pacientų patarimų komandą. Jie padeda, kai kas nors vyksta ne taip.
contact-nhs-111 = Skambinkite NHS 111 dieną ar naktį arba apsilankykite 111.nhs.uk.
contact-self-referral = Susisiekite su paslauga patys, internetu arba telefonu. Ieškokite jos NHS svetainėje (NHS website) arba paklauskite savo GP klinikos, kaip su ja susisiekti.
contact-mental-health-team = Skambinkite telefono numeriu, kuris yra jūsų priežiūros plane. Krizės atveju skambinkite NHS 111 ir pasirinkite psichikos sveikatos parinktį.
contact-private-clinic = Susisiekite su privačia klinika. Jos kontaktai yra jūsų laiške arba sąskaitoje.
contact-urgent-care = Paskambinkite į A&E (skubios pagalbos skyrių) arba skubaus gydymo centrą (urgent treatment centre), kur buvote. Numeris yra jūsų patarimų lape. Arba skambinkite pagrindiniu ligoninės numeriu.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = { $service }: skambinkite { $phone }.
contact-local-other = Susisiekite: { $service }.
contact-local-hours = Telefonu atsiliepiama: { $hours }
contact-local-website = Jų tinklalapis: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = Kada laiškas po vizito (clinic letter) pasiekia jūsų GP gydytoją
timing-discharge-summary = Kada išrašas iš ligoninės (discharge summary) pasiekia jūsų GP gydytoją
timing-cancer-diagnosis = Kada NHS siekia jums pasakyti, ar tai vėžys, ar ne
timing-cancelled-operation = Kada turėtumėte gauti naują datą operacijai, kuri buvo atšaukta operacijos dieną
timing-within = Per { $limit } { $unit ->
        [hours] { $limit ->
            [one] valandą
            [few] valandas
            [many] valandos
           *[other] valandų
        }
        [days] { $limit ->
            [one] dieną
            [few] dienas
            [many] dienos
           *[other] dienų
        }
        [months] { $limit ->
            [one] mėnesį
            [few] mėnesius
            [many] mėnesio
           *[other] mėnesių
        }
       *[weeks] { $limit ->
            [one] savaitę
            [few] savaites
            [many] savaitės
           *[other] savaičių
        }
    } nuo { $from ->
        [appointment] jūsų vizito klinikoje
        [discharge] išėjimo iš ligoninės
        [referral] siuntimo
       *[cancellation] atšaukimo dienos
    }.

# A date such as 2026 m. lapkričio 21 d. (month in the genitive).
date = { $year } m. { $month ->
        [1] sausio
        [2] vasario
        [3] kovo
        [4] balandžio
        [5] gegužės
        [6] birželio
        [7] liepos
        [8] rugpjūčio
        [9] rugsėjo
        [10] spalio
        [11] lapkričio
       *[12] gruodžio
    } { $day } d.

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Jūsų duomenys
details-service = Tai susiję su: { $service }
details-expect-by = Turėtumėte gauti žinių iki { $date }.
details-phone = Jei negavote žinių arba turite klausimą, skambinkite { $phone }.
details-web = Taip pat galite apsilankyti { $web }.
details-broken = Kai kurių duomenų iš jūsų nuorodos nepavyko panaudoti. Likusi šio puslapio dalis vis tiek jums tinka.

# The Listen button on a journey page (it reads the page aloud).
listen = Klausytis šio puslapio
listen-stop = Nustoti skaityti

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Nuskenuokite šį kodą telefono kamera, kad vėl atidarytumėte šį puslapį.

# Desk mode: a reception screen turned to the patient.
desk-title = Pasirinkite savo kalbą
desk-journeys = Pasirinkite, kas jums tinka
desk-take-home = Pasiimkite šį puslapį su savimi: nukreipkite telefono kamerą į šį kodą.
desk-start-again = Pradėti iš naujo

# The link maker, for staff at a GP practice or hospital.
make-link-title = Sukurti nuorodą pacientui
make-link-intro = Pasirinkite gidą ir paciento kalbą. Galite pridėti paciento duomenis. Tai, ką įvedate, lieka šiame įrenginyje.
make-link-journey = Gidas
make-link-language = Paciento kalba
make-link-service = Paslauga arba klinika (jei norite)
make-link-start = Siuntimo, tyrimo ar išrašymo data (jei norite)
make-link-wait = Per kiek laiko pacientas turėtų gauti žinių (jei norite)
make-link-wait-days = dienos
make-link-wait-weeks = savaitės
make-link-wait-months = mėnesiai
make-link-phone = Komandos telefono numeris (jei norite)
make-link-web = Komandos tinklalapis (jei norite)
make-link-bad-phone = Tai neatrodo kaip JK telefono numeris, todėl jo nėra nuorodoje.
make-link-bad-web = Naudokite tinklalapį, kurio adresas prasideda https. Šio tinklalapio nuorodoje nėra.
make-link-link = Nuoroda
make-link-message = SMS žinutė
make-link-characters = Raidės ir tarpai
make-link-segments = Kiek žinučių reikės
make-link-unicode = Šioje žinutėje yra raidžių, kurių nėra pagrindiniame rinkinyje, todėl vienoje žinutėje jų telpa mažiau.
make-link-copy = Kopijuoti
make-link-copied = Nukopijuota
make-link-qr = Šios nuorodos QR kodas
make-link-print = Spausdinti
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: kas bus toliau ir į ką kreiptis: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Kas bus toliau ir į ką kreiptis: { $link }

not-found-title = Negalime rasti šio puslapio
not-found-body = Nuoroda gali būti neteisinga arba sena. Čia yra visi mūsų gidai. Pasirinkite jums tinkantį.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Šis telefonas dabar neprisijungęs prie interneto, o šis puslapis jame dar neišsaugotas. Pabandykite atidaryti nuorodą dar kartą, kai būsite prisijungę. Gidai, kuriuos atidarėte anksčiau, vis tiek veikia.

unknown-language = Šios kalbos dar neturime, todėl šis puslapis yra anglų kalba.

# The language picker on every page.
language-picker-label = Pasirinkite savo kalbą
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Skaityti šį gidą su anglišku tekstu po kiekviena dalimi
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Šis vertimas dar nepatikrintas. Jei kas nors neaišku, paprašykite vertėjo. Tai nemokama.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Kvalifikuoti vertėjai patikrino šį vertimą { $date }. Jei kas nors neaišku, paprašykite vertėjo. Tai nemokama.

footer-make-link = Darbuotojams: sukurti nuorodą pacientui
footer-embed = Darbuotojams: įdėti šiuos gidus į savo svetainę
footer-not-nhs = Šio gido nesukūrė NHS. Jame aprašyta, kaip NHS paslaugos dažniausiai veikia kartu.
footer-privacy = Niekas, ką čia darote, niekur nesiunčiama ir apie jus nesaugoma.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Atsiprašome, šiame puslapyje kažkas nepavyko
panic-body = Tai, ką matote šiame puslapyje, vis tiek teisinga. Jei kas nors atrodo ne taip, įkelkite puslapį iš naujo.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Pasirinkite paslaugą iš savo regiono sąrašo
make-link-pick-none = Nė viena: duomenis įvesiu ranka
config-none = Šioje svetainėje nėra vietinių kontaktų, todėl kiekviename žingsnyje pateikiami bendri patarimai. Kaip pridėti savo regiono paslaugas, žr. README.
config-loaded = Ši svetainė rodo šio regiono kontaktus: { $area }.
config-problems-title = Kai kuriuos vietinius kontaktus reikia pataisyti
config-problems-intro = Pacientams tai neturi įtakos: jie mato duomenis iš paskutinio sėkmingo svetainės sukūrimo (build) arba bendrus patarimus. Pataisykite šias klaidas ir vėl sukurkite svetainę.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: failas čia parašytas neteisingai. Ieškokite trūkstamo kablelio, kabutės ar skliaustelio.
config-problem-unknown-field = { $field }: tokio lauko nežinome. Patikrinkite rašybą.
config-problem-missing-field = { $field }: šį lauką būtina užpildyti.
config-problem-wrong-type = { $field }: tai netinkamos rūšies reikšmė, pavyzdžiui, skaičius ten, kur turėtų būti žodžiai.
config-problem-version = { $field }: čia turi būti 1.
config-problem-empty = { $field }: šis laukas tuščias.
config-problem-too-long = { $field }: per ilgas tekstas. Neviršykite 120 raidžių.
config-problem-hidden-characters = { $field }: čia yra paslėptų simbolių, kurie gali pakeisti, kaip tekstas skaitomas. Įveskite jį iš naujo.
config-problem-bad-id = { $field }: naudokite tik mažąsias raides, skaičius ir brūkšnelius, pavyzdžiui, skin-team.
config-problem-duplicate-id = { $field }: dvi paslaugos turi tą patį id.
config-problem-bad-phone = { $field }: tai ne JK telefono numeris. Rašykite taip: 020 7946 0000.
config-problem-not-https = { $field }: tinklalapio adresas turi prasidėti https, ne http.
config-problem-bad-website = { $field }: tai ne interneto adresas. Rašykite taip: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: gido tokiu pavadinimu nėra.
config-problem-unknown-contact = { $field }: tokios kontakto rūšies nežinome. Žinomos rūšys yra, pavyzdžiui, hospital-team.
config-problem-unknown-service = { $field }: sąraše nėra paslaugos su šiuo id.
config-problem-unknown-language = { $field }: šios kalbos neturime.
config-problem-missing-english = { $field }: žodžiai taip pat turi būti pateikti anglų kalba, kaip en-GB.

# Staff: put the guides on a practice's website.
embed-title = Įdėkite šiuos gidus į savo svetainę
embed-intro = Pasirinkite, ką rodyti, tada nukopijuokite kodą į savo tinklalapį. Gidai rodomi jūsų puslapio viduje. Kodas nesiunčia jokių duomenų apie žmones, kurie lankosi jūsų svetainėje.
embed-journey = Rodomas gidas
embed-all-guides = Visi gidai, sąrašu
embed-language = Kalba, kuria atsidaro
embed-accent = Pagrindinė jūsų svetainės spalva (jei norite)
embed-accent-hint = Šeši simboliai (raidės ar skaitmenys) po #, pavyzdžiui, #00703c.
embed-accent-bad = Tai ne spalvos kodas. Rašykite taip: #00703c.
embed-accent-low-contrast = Ši spalva per šviesi, kad ją būtų lengva perskaityti šviesiame puslapyje. Jos kontrastas yra { $ratio } su 1, o reikia 4,5 su 1. Pasirinkite tamsesnę spalvą. Kol to nepadarysite, gidas naudos savo mėlyną spalvą.
embed-list = Pabaigoje rodyti kitų gidų sąrašą
embed-code = Kodas jūsų tinklalapiui
embed-copy = Kopijuoti kodą
embed-copied = Nukopijuota
embed-preview = Kaip tai atrodys
embed-hosting = Kodas veikia bet kurioje svetainėje, kurioje galima įdėti rėmelį (frame). Jam nereikia paskyros ir jis nenaudoja slapukų.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Žingsniai trumpai
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Lengvai skaitoma versija
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Lengvai skaitoma versija (anglų kalba)
