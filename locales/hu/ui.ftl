# Words used on every page: the frame around the journeys.
# Hungarian (hu) draft. Register: formal "Ön" (magázás), plain everyday words.

site-name = Mi következik?
site-tagline = Ki mit csinál, amikor az ellátása a GP (háziorvos) és a kórház között mozog.
skip-to-content = Ugrás a fő tartalomra
home-link = Összes útmutató

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Azonnal segítség kell?
safety-emergency = Vészhelyzetben hívja a { -emergency-number } számot.
safety-urgent = { $audience ->
        [parent] Ha Ön vagy a gyermeke rosszul van, és nem biztos benne, mit tegyen, hívja az { -urgent-number } számot vagy a háziorvosi rendelőjét (GP practice).
       *[other] Ha rosszul van, és nem biztos benne, mit tegyen, hívja az { -urgent-number } számot vagy a háziorvosi rendelőjét (GP practice).
    }
safety-online = Vagy nézze meg online a 111.nhs.uk oldalt.
safety-mental-health = Lelki válsághelyzetben hívja az { -urgent-number } számot, és válassza a lelki egészség (mental health) lehetőséget.
safety-deaf = Ha Ön siket, hívja a 18001 111 számot a Relay UK szolgáltatással, vagy használja az NHS 111 és a 999 BSL (brit jelnyelvi) szolgáltatását.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Ezek az útmutatók az NHS (állami egészségügyi szolgálat) angliai szolgáltatásairól szólnak. Walesben, Skóciában és Észak-Írországban néhány dolog másképp működik.

home-title = Mi történik ezután az ellátásával?
home-intro = Válassza ki az Önnek megfelelő útmutatót. Mindegyik leírja, ki végzi az egyes lépéseket, és hogyan érheti el őket.

# The search box on the home page.
search-label = Keresés az útmutatókban
search-hint = Például: vérvizsgálat, táppénzes papír, recept.
search-results = { $count ->
        [0] Nincs megfelelő útmutató. Próbáljon más szavakat, vagy válasszon az alábbi listából.
        [one] 1 útmutató felel meg.
       *[other] { $count } útmutató felel meg.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = a az egy és meg vagy de is ha hogy mi mit mikor ki kit kinek miért hogyan hol van vannak volt lesz nem én engem nekem nálam ez ezt azt ezek azok itt ott már még csak kell kellene lehet tudok tudom mire milyen melyik mennyi sok velem rólam nekünk

# Group headings on the home page: the question people start from.
topic-referred = Beutaltak
topic-waiting = Várok
topic-test = Vizsgálaton voltam
topic-after-appointment = Kórházi rendelésen voltam
topic-leaving-hospital = Hazamegyek a kórházból
topic-medicines-fit-notes = Gyógyszerek és munkaképességi igazolások
topic-child = A gyermekemről van szó
topic-mental-health = A lelki egészségemről van szó
topic-gp-practice = Segítség a háziorvosi rendelőtől, vagy nélküle

journey-steps-heading = Mi történik, lépésről lépésre
# Under a guide shown inside a practice's website.
journey-more-guides = További útmutatóink
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Ezt az oldalt { $date } napján írtuk, nyilvános források alapján. Egészségügyi szakember még nem ellenőrizte.
journey-reviewed = Egy egészségügyi szakember, { $reviewer }, { $date } napján ellenőrizte ezt az oldalt.
step-number = { $number }. lépés
step-who = Ki végzi ezt
step-contact = Hogyan érheti el
step-if-not = Ha ez nem történik meg
step-ask = Kérdések, amelyeket feltehet

# Who is responsible for a step.
who-gp-practice = Az Ön háziorvosi rendelője
who-hospital-team = A kórházi csapat
who-patient-or-parent = { $audience ->
        [parent] Ön, a szülő vagy gondozó
       *[other] Ön
    }
who-pharmacy = Egy gyógyszertár a közelében
who-nhs-111 = NHS 111
who-mental-health-team = A lelki egészségügyi csapat
who-private-clinic = A magánklinika
who-other = Valaki más: a lépés leírja, ki

# How to reach whoever is responsible.
contact-hospital-team = Hívja fel a kórházi csapatot. A számuk rajta van a levelén vagy az SMS-ében.
contact-referral-booking = Használja az SMS-ben vagy e-mailben kapott linket, vagy hívja fel a levelén lévő számot.
contact-gp-practice = Hívja fel a háziorvosi rendelőjét, töltse ki az online űrlapjukat, vagy menjen be a recepcióra.
contact-hospital-ward = Mielőtt hazamegy, kérdezze meg az osztály dolgozóit. Utána hívja fel azt a számot, amely az osztálytól kapott levelén van.
contact-test-requester = Keresse meg azt a csapatot, amely a vizsgálatot kérte. Az elérhetőségük rajta van a levelén vagy a nyomtatványon.
contact-pharmacy = Menjen be vagy telefonáljon bármelyik gyógyszertárba. Nem kell időpontot foglalnia.
contact-link-worker = Kérje meg a háziorvosi rendelőjét, hogy hozza össze egy link workerrel (közösségi segítővel).
contact-patient-advice = Kérje a kórház betegtanácsadó csapatát. Ők segítenek, ha valami rosszul megy.
contact-nhs-111 = Hívja az NHS 111-et éjjel vagy nappal, vagy menjen a 111.nhs.uk oldalra.
contact-self-referral = Keresse meg a szolgáltatást saját maga, online vagy telefonon. Keressen rá az NHS website honlapon, vagy kérdezze meg a háziorvosi rendelőjét, hogyan érheti el.
contact-mental-health-team = Hívja az ellátási tervében (care plan) lévő telefonszámot. Válsághelyzetben hívja az NHS 111-et, és válassza a lelki egészség (mental health) lehetőséget.
contact-private-clinic = Keresse meg a magánklinikát. Az elérhetőségük rajta van a levelén vagy a számláján.
contact-urgent-care = Hívja fel azt az A&E osztályt (sürgősségi osztályt) vagy sürgősségi ellátóközpontot, ahol járt. A szám rajta van a tájékoztató lapján, vagy hívja a kórház központi számát.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Hívja fel ezt a szolgáltatást: { $service }. Telefonszám: { $phone }.
contact-local-other = Keresse meg ezt a szolgáltatást: { $service }.
contact-local-hours = Ekkor veszik fel a telefont: { $hours }
contact-local-website = A weboldaluk: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
# Hungarian: the starting point comes first ("A beutalástól számított 14 napon belül.").
# Nouns after a number stay singular in Hungarian, so [one] and [other] are the same word.
timing-clinic-letter = Mikorra kapja meg a GP-je az ambuláns levelet (clinic letter)
timing-discharge-summary = Mikorra kapja meg a GP-je a zárójelentést (discharge summary)
timing-cancer-diagnosis = Mikorra tűzte ki célul az NHS, hogy megmondja Önnek, rákról van-e szó, vagy nem
timing-cancelled-operation = Mikorra kellene új időpontot kapnia, ha a műtétjét a műtét napján mondták le
timing-within = { $from ->
        [appointment] A szakrendelési időpontjától
        [discharge] A kórházból való hazamenetelétől
        [referral] A beutalástól
       *[cancellation] A lemondás napjától
    } számított { $limit } { $unit ->
        [hours] { $limit ->
            [one] órán
           *[other] órán
        }
        [days] { $limit ->
            [one] napon
           *[other] napon
        }
        [months] { $limit ->
            [one] hónapon
           *[other] hónapon
        }
       *[weeks] { $limit ->
            [one] héten
           *[other] héten
        }
    } belül.

# A date such as 21 November 2026.
# Hungarian order: 2026. november 21.
date = { $year }. { $month ->
        [1] január
        [2] február
        [3] március
        [4] április
        [5] május
        [6] június
        [7] július
        [8] augusztus
        [9] szeptember
        [10] október
        [11] november
       *[12] december
    } { $day }.

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Az Ön adatai
details-service = Ez erről szól: { $service }
details-expect-by = Legkésőbb { $date } napjáig hírt kell kapnia.
details-phone = Ha nem kapott hírt, vagy kérdése van, hívja ezt a számot: { $phone }.
details-web = Ezt az oldalt is megnézheti: { $web }.
details-broken = A linkjében lévő néhány adatot nem tudtuk használni. Az oldal többi része ettől még érvényes Önre.

# The Listen button on a journey page (it reads the page aloud).
listen = Az oldal felolvasása
listen-stop = A felolvasás leállítása

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Olvassa be ezt a kódot a telefonja kamerájával, és újra megnyílik ez az oldal.

# Desk mode: a reception screen turned to the patient.
desk-title = Válassza ki a nyelvét
desk-journeys = Válassza ki, mi illik Önre
desk-take-home = Vigye magával ezt az oldalt: tartsa a telefonja kameráját erre a kódra.
desk-start-again = Újrakezdés

# The link maker, for staff at a GP practice or hospital.
make-link-title = Link készítése egy betegnek
make-link-intro = Válassza ki az útmutatót és a beteg nyelvét. A beteg adatait is megadhatja. Amit beír, az ezen az eszközön marad.
make-link-journey = Útmutató
make-link-language = A beteg nyelve
make-link-service = Szolgáltatás vagy rendelés (ha szeretné)
make-link-start = A beutalás, a vizsgálat vagy a hazabocsátás dátuma (ha szeretné)
make-link-wait = Mennyi időn belül kell hírt kapnia (ha szeretné)
make-link-wait-days = nap
make-link-wait-weeks = hét
make-link-wait-months = hónap
make-link-phone = A csapat telefonszáma (ha szeretné)
make-link-web = A csapat weboldala (ha szeretné)
make-link-bad-phone = Ez nem tűnik brit telefonszámnak, ezért nem került bele a linkbe.
make-link-bad-web = Olyan weboldalt adjon meg, amely https-sel kezdődik. Ez nem került bele a linkbe.
make-link-link = A link
make-link-message = SMS
make-link-characters = Betűk és szóközök
make-link-segments = Ennyi SMS lesz belőle
make-link-unicode = Ebben az üzenetben olyan betűk vannak, amelyek nincsenek benne az alapkészletben, ezért egy SMS-be kevesebb fér belőlük.
make-link-copy = Másolás
make-link-copied = Kimásolva
make-link-qr = QR-kód ehhez a linkhez
make-link-print = Nyomtatás
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: mi jön ezután, és kit keressen: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Mi jön ezután, és kit keressen: { $link }

not-found-title = Nem találjuk ezt az oldalt
not-found-body = Lehet, hogy a link hibás vagy régi. Itt van az összes útmutatónk. Válassza ki az Önnek megfelelőt.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Ezen a telefonon most nincs internet, és ez az oldal még nincs elmentve rá. Próbálja újra a linket, amikor lesz internet. A korábban megnyitott útmutatók továbbra is működnek.

unknown-language = Ez a nyelv még nincs meg nálunk, ezért ez az oldal angolul van.

# The language picker on every page.
language-picker-label = Válassza ki a nyelvét
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Olvassa ezt az útmutatót úgy, hogy minden rész alatt ott van az angol szöveg is
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Ezt a fordítást még nem ellenőrizték. Ha valami nem világos, kérjen tolmácsot. A tolmács ingyenes.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Képzett fordítók { $date } napján ellenőrizték ezt a fordítást. Ha valami nem világos, kérjen tolmácsot. A tolmács ingyenes.

footer-make-link = Dolgozóknak: link készítése egy betegnek
footer-embed = Dolgozóknak: tegye ki ezeket az útmutatókat a honlapjára
footer-not-nhs = Ezt az útmutatót nem az NHS készítette. Azt írja le, hogyan működnek együtt az NHS szolgáltatásai a legtöbb esetben.
footer-privacy = Semmi, amit itt csinál, nem megy el sehova, és semmit nem tárolunk Önről.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Elnézést, hiba történt ezen az oldalon
panic-body = Amit ezen az oldalon lát, az továbbra is helyes. Ha hibásnak tűnik, töltse be újra az oldalt.
# Always in English: a link to this page in English.
panic-english = Az oldal megnyitása angolul

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Válasszon szolgáltatást a térsége listájából
make-link-pick-none = Egyik sem: beírom az adatokat
config-none = Ezen a webhelyen nincsenek helyi elérhetőségek, ezért minden lépés az általános tanácsot adja. A térsége szolgáltatásainak hozzáadásáról a README fájlban olvashat.
config-loaded = Ez a webhely ennek a térségnek az elérhetőségeit mutatja: { $area }.
config-problems-title = Néhány helyi elérhetőséget javítani kell
config-problems-intro = A betegeket ez nem érinti: ők az utolsó jó build adatait, vagy az általános tanácsot látják. Javítsa ki ezeket, majd építse újra a webhelyet.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: a fájl itt nincs helyesen megírva. Keressen hiányzó vesszőt, idézőjelet vagy zárójelet.
config-problem-unknown-field = { $field }: ezt a mezőt nem ismerjük. Ellenőrizze a helyesírást.
config-problem-missing-field = { $field }: ezt ki kell tölteni.
config-problem-wrong-type = { $field }: ez rossz fajta érték, például szám ott, ahol szavaknak kellene lenniük.
config-problem-version = { $field }: ennek 1-nek kell lennie.
config-problem-empty = { $field }: ez üres.
config-problem-too-long = { $field }: ez túl hosszú. Legyen 120 betűnél rövidebb.
config-problem-hidden-characters = { $field }: ebben rejtett karakterek vannak, amelyek megváltoztathatják, hogyan olvasható. Írja be újra.
config-problem-bad-id = { $field }: csak kisbetűket, számokat és kötőjeleket használjon, például: skin-team.
config-problem-duplicate-id = { $field }: két szolgáltatásnak is ez az azonosítója (id).
config-problem-bad-phone = { $field }: ez nem brit telefonszám. Így írja: 020 7946 0000.
config-problem-not-https = { $field }: a weboldalnak https-sel kell kezdődnie, nem http-vel.
config-problem-bad-website = { $field }: ez nem webcím. Így írja: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: nincs ilyen nevű útmutató.
config-problem-unknown-contact = { $field }: ezt az elérhetőség-fajtát nem ismerjük. Egy ismert fajta például: hospital-team.
config-problem-unknown-service = { $field }: a listában egyik szolgáltatásnak sincs ilyen azonosítója (id).
config-problem-unknown-language = { $field }: ez a nyelv nincs meg nálunk.
config-problem-missing-english = { $field }: a szöveget angolul is meg kell adni, en-GB kóddal.

# Staff: put the guides on a practice's website.
embed-title = Tegye ki ezeket az útmutatókat a honlapjára
embed-intro = Válassza ki, mit mutasson, majd másolja be a kódot a weboldalába. Az útmutatók az Ön oldalán belül jelennek meg. Semmit nem küld el azokról, akik az Ön oldalát használják.
embed-journey = A megjelenítendő útmutató
embed-all-guides = Az összes útmutató, listában
embed-language = Ezen a nyelven nyílik meg
embed-accent = A honlapja fő színe (ha szeretné)
embed-accent-hint = Hat betű vagy szám egy # jel után, például #00703c.
embed-accent-bad = Ez nem színkód. Így írja: #00703c.
embed-accent-low-contrast = Ez a szín túl világos ahhoz, hogy halvány oldalon olvasni lehessen. A kontrasztja { $ratio } az 1-hez, de 4.5 az 1-hez kellene. Válasszon sötétebb színt. Addig az útmutató megtartja a saját kék színét.
embed-list = A többi útmutató listájának megjelenítése a végén
embed-code = Kód a weboldalához
embed-copy = A kód másolása
embed-copied = Kimásolva
embed-preview = Így fog kinézni
embed-hosting = A kód minden olyan honlapon működik, amely engedi keret (frame) hozzáadását. Nem kell hozzá fiók, és nem állít be sütiket.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = A lépések röviden
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Könnyen érthető változat
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Könnyen érthető változat (angolul)
