# Fjalët që përdoren në çdo faqe: korniza rreth udhëzuesve. (Words used on every page: the frame around the journeys.)

site-name = Çfarë ndodh më pas?
site-tagline = Kush bën çfarë kur kujdesi juaj kalon mes mjekut tuaj GP (mjeku i familjes) dhe spitalit.
skip-to-content = Kaloni te përmbajtja kryesore
home-link = Të gjithë udhëzuesit

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Ju duhet ndihmë tani?
safety-emergency = Në rast emergjence, telefononi { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Nëse ju ose fëmija juaj nuk ndiheni mirë dhe nuk e dini me siguri çfarë të bëni, telefononi { -urgent-number } ose klinikën tuaj GP.
       *[other] Nëse nuk ndiheni mirë dhe nuk e dini me siguri çfarë të bëni, telefononi { -urgent-number } ose klinikën tuaj GP.
    }
safety-online = Ose shkoni në internet te 111.nhs.uk.
safety-mental-health = Në rast krize të shëndetit mendor, telefononi { -urgent-number } dhe zgjidhni opsionin për shëndetin mendor.
safety-deaf = Nëse jeni person i shurdhër, telefononi 18001 111 përmes Relay UK, ose përdorni shërbimet BSL (gjuha britanike e shenjave) të NHS 111 dhe të 999.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Këta udhëzues flasin për shërbimet e NHS (shërbimi publik shëndetësor) në Angli. Në Uells, në Skoci dhe në Irlandën e Veriut, disa gjëra funksionojnë ndryshe.

home-title = Çfarë ndodh më pas me kujdesin tuaj?
home-intro = Zgjidhni udhëzuesin që ju përshtatet. Secili thotë kush e bën çdo hap dhe si t'i kontaktoni.

# The search box on the home page.
search-label = Kërkoni në udhëzues
search-hint = Për shembull: analizë gjaku, raport mjekësor, recetë.
search-results = { $count ->
        [0] Asnjë udhëzues nuk përputhet. Provoni fjalë të tjera, ose zgjidhni nga lista më poshtë.
        [one] 1 udhëzues përputhet.
       *[other] { $count } udhëzues përputhen.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = a një dhe e i të së në me për nga si çfarë ç kur kush kë pse ku mund do jam je është jemi jeni janë isha ishte kam ke ka kemi keni kanë u më mua unë ti ju juaj im ime tim time ky kjo këtë ai ajo se që te tek apo ose po nuk s

# Group headings on the home page: the question people start from.
topic-referred = Më kanë referuar
topic-waiting = Jam në pritje
topic-test = Kam bërë një analizë
topic-after-appointment = Kam qenë për vizitë në spital
topic-leaving-hospital = Po dal nga spitali
topic-medicines-fit-notes = Ilaçet dhe raportet mjekësore
topic-child = Ka të bëjë me fëmijën tim
topic-mental-health = Ka të bëjë me shëndetin tim mendor
topic-gp-practice = Si të marr ndihmë nga klinika ime GP, ose pa të

journey-steps-heading = Çfarë ndodh, hap pas hapi
# Under a guide shown inside a practice's website.
journey-more-guides = Udhëzues të tjerë nga ne
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Këtë faqe e shkruam më { $date } nga burime publike. Një profesionist shëndetësor nuk e ka kontrolluar ende.
journey-reviewed = Një profesionist shëndetësor, { $reviewer }, e kontrolloi këtë faqe më { $date }.
step-number = Hapi { $number }
step-who = Kush e bën këtë
step-contact = Si t'i kontaktoni
step-if-not = Nëse kjo nuk ndodh
step-ask = Pyetje që mund të bëni

# Who is responsible for a step.
who-gp-practice = Klinika juaj GP
who-hospital-team = Ekipi i spitalit
who-patient-or-parent = { $audience ->
        [parent] Ju, prindi ose kujdestari
       *[other] Ju
    }
who-pharmacy = Një farmaci pranë jush
who-nhs-111 = NHS 111
who-mental-health-team = Ekipi i shëndetit mendor
who-private-clinic = Klinika private
who-other = Dikush tjetër: hapi thotë kush

# How to reach whoever is responsible.
contact-hospital-team = Telefononi ekipin e spitalit. Numri i tyre është në letrën ose në mesazhin tuaj.
contact-referral-booking = Përdorni lidhjen në mesazhin ose në emailin tuaj, ose telefononi numrin në letrën tuaj.
contact-gp-practice = Telefononi klinikën tuaj GP, përdorni formularin e saj në internet, ose shkoni te recepsioni.
contact-hospital-ward = Pyetni stafin e repartit para se të largoheni. Pas kësaj, telefononi numrin në letrën që ju dha reparti.
contact-test-requester = Kontaktoni ekipin që kërkoi analizën. Të dhënat e tyre janë në letrën ose në formularin tuaj.
contact-pharmacy = Shkoni ose telefononi në çdo farmaci. Nuk keni nevojë të lini takim.
contact-link-worker = Kërkojini klinikës suaj GP t'ju vërë në kontakt me një punonjës ndërlidhës (link worker: një person që ju lidh me grupe dhe shërbime pranë jush).
contact-patient-advice = Kërkoni të flisni me ekipin e këshillimit të pacientëve në spital. Ky ekip ndihmon kur diçka shkon keq.
contact-nhs-111 = Telefononi NHS 111, ditën ose natën, ose shkoni te 111.nhs.uk.
contact-self-referral = Kontaktoni vetë shërbimin, në internet ose me telefon. Kërkojeni në NHS website (faqja e internetit e NHS), ose pyesni klinikën tuaj GP si ta kontaktoni.
contact-mental-health-team = Përdorni numrin e telefonit në planin tuaj të kujdesit. Në rast krize, telefononi NHS 111 dhe zgjidhni opsionin për shëndetin mendor.
contact-private-clinic = Kontaktoni klinikën private. Të dhënat e saj janë në letrën ose në faturën tuaj.
contact-urgent-care = Telefononi A&E (urgjenca e spitalit) ose qendrën e trajtimit urgjent (urgent treatment centre) ku shkuat. Numri është në fletën tuaj të këshillave, ose telefononi numrin kryesor të spitalit.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Telefononi { $service } në numrin { $phone }.
contact-local-other = Kontaktoni { $service }.
contact-local-hours = Ju përgjigjen në telefon: { $hours }
contact-local-website = Faqja e tyre e internetit: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = Kur letra e klinikës (clinic letter) arrin te mjeku juaj GP
timing-discharge-summary = Kur përmbledhja e lirimit nga spitali (discharge summary) arrin te mjeku juaj GP
timing-cancer-diagnosis = Kur NHS synon t'ju thotë nëse keni kancer apo jo
timing-cancelled-operation = Kur duhet të keni një datë të re për një operacion që u anulua në vetë ditën e operacionit
timing-within = Brenda { $limit } { $unit ->
        [hours] { $limit ->
            [one] ore
           *[other] orësh
        }
        [days] { $limit ->
            [one] dite
           *[other] ditësh
        }
        [months] { $limit ->
            [one] muaji
           *[other] muajsh
        }
       *[weeks] { $limit ->
            [one] jave
           *[other] javësh
        }
    } nga { $from ->
        [appointment] vizita juaj në klinikë
        [discharge] dita kur dolët nga spitali
        [referral] referimi
       *[cancellation] dita kur u anulua
    }.

# A date such as 21 nëntor 2026.
date = { $day } { $month ->
        [1] janar
        [2] shkurt
        [3] mars
        [4] prill
        [5] maj
        [6] qershor
        [7] korrik
        [8] gusht
        [9] shtator
        [10] tetor
        [11] nëntor
       *[12] dhjetor
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Të dhënat tuaja
details-service = Kjo ka të bëjë me: { $service }
details-expect-by = Duhet të merrni lajm deri më { $date }.
details-phone = Nëse nuk keni marrë lajm, ose keni një pyetje, telefononi { $phone }.
details-web = Mund të shkoni edhe te { $web }.
details-broken = Disa të dhëna në lidhjen tuaj nuk mund të përdoreshin. Pjesa tjetër e kësaj faqeje është ende e saktë për ju.

# The Listen button on a journey page (it reads the page aloud).
listen = Dëgjojeni këtë faqe
listen-stop = Ndaloni leximin

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Skanoni këtë kod me kamerën e telefonit për ta hapur sërish këtë faqe.

# Desk mode: a reception screen turned to the patient.
desk-title = Zgjidhni gjuhën tuaj
desk-journeys = Zgjidhni atë që ju përshtatet
desk-take-home = Merreni këtë faqe me vete: drejtojeni kamerën e telefonit nga ky kod.
desk-start-again = Filloni sërish

# The link maker, for staff at a GP practice or hospital.
make-link-title = Krijoni një lidhje për një pacient
make-link-intro = Zgjidhni udhëzuesin dhe gjuhën e pacientit. Mund të shtoni të dhënat e pacientit. Çfarë shkruani mbetet në këtë pajisje.
make-link-journey = Udhëzuesi
make-link-language = Gjuha e pacientit
make-link-service = Shërbimi ose klinika (nëse dëshironi)
make-link-start = Data e referimit, e analizës ose e lirimit nga spitali (nëse dëshironi)
make-link-wait = Brenda sa kohe duhet të marrin lajm (nëse dëshironi)
make-link-wait-days = ditë
make-link-wait-weeks = javë
make-link-wait-months = muaj
make-link-phone = Numri i telefonit të ekipit (nëse dëshironi)
make-link-web = Faqja e internetit e ekipit (nëse dëshironi)
make-link-bad-phone = Ky nuk duket si numër telefoni i Mbretërisë së Bashkuar, prandaj nuk është në lidhje.
make-link-bad-web = Përdorni një faqe interneti që fillon me https. Kjo nuk është në lidhje.
make-link-link = Lidhja
make-link-message = Mesazhi
make-link-characters = Shkronja dhe hapësira
make-link-segments = Sa mesazhe do të zërë
make-link-unicode = Ky mesazh ka shkronja që nuk janë në grupin bazë, prandaj çdo mesazh mban më pak prej tyre.
make-link-copy = Kopjojeni
make-link-copied = U kopjua
make-link-qr = Kodi QR për këtë lidhje
make-link-print = Printojeni
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: çfarë ndodh më pas dhe kë të kontaktoni: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Çfarë ndodh më pas dhe kë të kontaktoni: { $link }

not-found-title = Nuk e gjejmë këtë faqe
not-found-body = Lidhja mund të jetë e gabuar ose e vjetër. Ja të gjithë udhëzuesit tanë. Zgjidhni atë që ju përshtatet.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Ky telefon nuk ka internet tani, dhe kjo faqe nuk është ruajtur ende në të. Provoni sërish lidhjen kur të keni internet. Udhëzuesit që keni hapur më parë funksionojnë ende.

unknown-language = Nuk e kemi ende këtë gjuhë, prandaj kjo faqe është në anglisht.

# The language picker on every page.
language-picker-label = Zgjidhni gjuhën tuaj
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Lexojeni këtë udhëzues me tekstin anglisht poshtë çdo pjese
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Ky përkthim nuk është kontrolluar ende. Nëse diçka nuk është e qartë, kërkoni një përkthyes gojor. Është falas.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Përkthyes të kualifikuar e kontrolluan këtë përkthim më { $date }. Nëse diçka nuk është e qartë, kërkoni një përkthyes gojor. Është falas.

footer-make-link = Për stafin: krijoni një lidhje për një pacient
footer-embed = Për stafin: vendosini këta udhëzues në faqen tuaj të internetit
footer-not-nhs = Ky udhëzues nuk është bërë nga NHS. Ai tregon si punojnë së bashku shërbimet e NHS në shumicën e rasteve.
footer-privacy = Asgjë që bëni këtu nuk dërgohet askund dhe asgjë për ju nuk ruhet.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Na vjen keq, diçka shkoi keq në këtë faqe
panic-body = Çfarë shihni në këtë faqe është ende e saktë. Nëse duket gabim, ngarkojeni faqen sërish.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Zgjidhni një shërbim nga lista e zonës suaj
make-link-pick-none = Asnjë: do t'i shkruaj vetë të dhënat
config-none = Kjo faqe nuk ka të dhëna kontakti vendore, prandaj çdo hap jep këshillën e përgjithshme. Për të shtuar shërbimet e zonës suaj, shihni README.
config-loaded = Kjo faqe tregon të dhënat e kontaktit për { $area }.
config-problems-title = Disa të dhëna kontakti vendore duhen rregulluar
config-problems-intro = Pacientët nuk preken: ata shohin të dhënat nga ndërtimi i fundit i mirë, ose këshillën e përgjithshme. Rregullojini këto, pastaj ndërtojeni faqen sërish.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: skedari nuk është shkruar saktë këtu. Shikoni nëse mungon një presje, një thonjëz ose një kllapë.
config-problem-unknown-field = { $field }: kjo nuk është një fushë që e njohim. Kontrolloni drejtshkrimin.
config-problem-missing-field = { $field }: kjo duhet plotësuar.
config-problem-wrong-type = { $field }: kjo është lloj i gabuar vlere, për shembull një numër aty ku duhet të ketë fjalë.
config-problem-version = { $field }: kjo duhet të jetë 1.
config-problem-empty = { $field }: kjo është bosh.
config-problem-too-long = { $field }: kjo është shumë e gjatë. Mbajeni nën 120 shkronja.
config-problem-hidden-characters = { $field }: kjo ka shenja të fshehura që mund të ndryshojnë si lexohet. Shkruajeni sërish.
config-problem-bad-id = { $field }: përdorni vetëm shkronja të vogla, numra dhe viza, si skin-team.
config-problem-duplicate-id = { $field }: dy shërbime kanë të njëjtin id.
config-problem-bad-phone = { $field }: ky nuk është numër telefoni i Mbretërisë së Bashkuar. Shkruajeni si 020 7946 0000.
config-problem-not-https = { $field }: faqja e internetit duhet të fillojë me https, jo me http.
config-problem-bad-website = { $field }: kjo nuk është adresë interneti. Shkruajeni si https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: nuk ka udhëzues me këtë emër.
config-problem-unknown-contact = { $field }: ky nuk është një lloj kontakti që e njohim, si hospital-team.
config-problem-unknown-service = { $field }: asnjë shërbim në listë nuk e ka këtë id.
config-problem-unknown-language = { $field }: nuk e kemi këtë gjuhë.
config-problem-missing-english = { $field }: fjalët duhet të jepen edhe në anglisht, si en-GB.

# Staff: put the guides on a practice's website.
embed-title = Vendosini këta udhëzues në faqen tuaj të internetit
embed-intro = Zgjidhni çfarë do të tregohet, pastaj kopjojeni kodin në faqen tuaj të internetit. Udhëzuesit shfaqen brenda faqes suaj. Kodi nuk dërgon asgjë për njerëzit që përdorin faqen tuaj.
embed-journey = Udhëzuesi që do të tregohet
embed-all-guides = Të gjithë udhëzuesit, si listë
embed-language = Gjuha në të cilën hapet
embed-accent = Ngjyra kryesore e faqes suaj të internetit (nëse dëshironi)
embed-accent-hint = Gjashtë shkronja ose numra pas një #, si #00703c.
embed-accent-bad = Ky nuk është kod ngjyre. Shkruajeni si #00703c.
embed-accent-low-contrast = Kjo ngjyrë është shumë e çelët për t'u lexuar në një faqe të zbehtë. Kontrasti i saj është { $ratio } me 1, dhe duhet të jetë 4.5 me 1. Zgjidhni një ngjyrë më të errët. Deri atëherë udhëzuesi mban ngjyrën e vet blu.
embed-list = Tregoni në fund një listë me udhëzuesit e tjerë
embed-code = Kodi për faqen tuaj të internetit
embed-copy = Kopjojeni kodin
embed-copied = U kopjua
embed-preview = Si do të duket
embed-hosting = Kodi funksionon në çdo faqe interneti që ju lejon të shtoni një kornizë (frame). Nuk ka nevojë për llogari dhe nuk vendos cookies.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Hapat shkurtimisht
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Versioni i lehtë për t'u lexuar
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Versioni i lehtë për t'u lexuar (në anglisht)
