# Words used on every page: the frame around the journeys.

site-name = Maxaa xiga?
site-tagline = Cidda waxa qabata marka daryeelkaagu u kala guuro GP-gaaga (dhakhtarka qoyska) iyo isbitaalka.
skip-to-content = U gudub qoraalka ugu muhiimsan
home-link = Dhammaan hagayaasha

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Ma u baahan tahay caawimaad hadda?
safety-emergency = Xaaladaha degdegga ah, wac { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Haddii adiga ama ilmahaaga midkiin xanuunsan yahay oo aadan garanayn waxa aad samayso, wac { -urgent-number } ama xarunta GP-gaaga.
       *[other] Haddii aad xanuunsan tahay oo aadan garanayn waxa aad samayso, wac { -urgent-number } ama xarunta GP-gaaga.
    }
safety-online = Ama internetka ka gal 111.nhs.uk.
safety-mental-health = Haddii aad ku jirto xaalad adag oo caafimaadka maskaxda ah (crisis), wac { -urgent-number } oo dooro doorashada caafimaadka maskaxda.
safety-deaf = Haddii aad dhagool tahay, wac 18001 111 adiga oo isticmaalaya Relay UK, ama isticmaal adeegyada BSL (luqadda calaamadaha) ee NHS 111 iyo 999.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Hagayaashani waxay ku saabsan yihiin adeegyada NHS ee England. Wales, Scotland iyo Northern Ireland, waxyaabaha qaar si kale ayay u shaqeeyaan.

home-title = Daryeelkaaga maxaa ku xiga?
home-intro = Dooro hagaha kugu habboon. Mid kasta wuxuu sheegayaa cidda qabata tallaabo kasta iyo sida aad ula xiriiri karto.

# The search box on the home page.
search-label = Ka raadi hagayaasha
search-hint = Tusaale: baaritaanka dhiigga, sick note, warqadda daawada.
search-results = { $count ->
        [0] Hage ku habboon lama helin. Isku day erayo kale, ama ka dooro liiska hoose.
        [one] 1 hage ayaa ku habboon.
       *[other] { $count } hage ayaa ku habboon.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = oo iyo ee ka ku u la waa ma maxaa maxay sidee sida goorma yaa ayaa aan aad anigu aniga adiga adigu waxaan waxaad wax in uu ay miyaa mise ah ahay yahay tahay ii kuu noo kale kee kan kani tan tani haddii ayuu ayay

# Group headings on the home page: the question people start from.
topic-referred = Waa la i gudbiyay
topic-waiting = Waan sugayaa
topic-test = Baaritaan ayaa la ii sameeyay
topic-after-appointment = Waxaan tagay ballan isbitaal
topic-leaving-hospital = Waxaan ka baxayaa isbitaalka
topic-medicines-fit-notes = Daawooyinka iyo fit note
topic-child = Waxay ku saabsan tahay ilmahayga
topic-mental-health = Waxay ku saabsan tahay caafimaadka maskaxdayda
topic-gp-practice = Caawimaad ka helidda xarunta GP-gayga, ama iyada la'aanteed

journey-steps-heading = Waxa dhaca, tallaabo tallaabo
# Under a guide shown inside a practice's website.
journey-more-guides = Hagayaashayada kale
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Boggan waxaan qornay { $date }, annaga oo ka soo qaadanayna ilaha dadweynaha. Xirfadle caafimaad weli ma hubin.
journey-reviewed = Xirfadle caafimaad, { $reviewer }, ayaa boggan hubiyay { $date }.
step-number = Tallaabada { $number }
step-who = Cidda qabata
step-contact = Sida loola xiriiro
step-if-not = Haddii tani aanay dhicin
step-ask = Su'aalo aad weydiin karto

# Who is responsible for a step.
who-gp-practice = Xarunta GP-gaaga
who-hospital-team = Kooxda isbitaalka
who-patient-or-parent = { $audience ->
        [parent] Adiga, waalidka ama daryeelaha
       *[other] Adiga
    }
who-pharmacy = Farmashiye kuu dhow
who-nhs-111 = NHS 111
who-mental-health-team = Kooxda caafimaadka maskaxda
who-private-clinic = Kilinikka gaarka ah (private)
who-other = Qof kale: tallaabada ayaa sheegaysa cidda uu yahay

# How to reach whoever is responsible.
contact-hospital-team = Wac kooxda isbitaalka. Lambarkooda wuxuu ku qoran yahay warqaddaada ama fariintaada qoraalka ah.
contact-referral-booking = Isticmaal linkiga ku jira fariintaada qoraalka ah ama iimaylkaaga, ama wac lambarka ku qoran warqaddaada.
contact-gp-practice = Wac xarunta GP-gaaga, isticmaal foomkeeda internetka, ama u tag miiska soo dhaweynta.
contact-hospital-ward = Weydii shaqaalaha qaybta (ward) ka hor intaadan bixin. Intaas kadib, wac lambarka ku qoran warqadda qaybta lagaa siiyay.
contact-test-requester = La xiriir kooxda codsatay baaritaanka. Macluumaadkooda waxay ku qoran yihiin warqaddaada ama foomkaaga.
contact-pharmacy = U tag ama wac farmashiye kasta. Uma baahnid inaad ballan qabsato.
contact-link-worker = Weydii xarunta GP-gaaga inay kugu xiriiriyaan link worker.
contact-patient-advice = Weydiiso kooxda talobixinta bukaanka ee isbitaalka. Way ku caawiyaan marka wax khaldamaan.
contact-nhs-111 = Wac NHS 111, habeen iyo maalin, ama gal 111.nhs.uk.
contact-self-referral = Adigu la xiriir adeegga, internetka ama taleefanka. Ka raadi website-ka NHS, ama weydii xarunta GP-gaaga sida aad ula xiriirto.
contact-mental-health-team = Isticmaal lambarka taleefanka ee ku qoran qorshahaaga daryeelka. Haddii aad ku jirto xaalad adag (crisis), wac NHS 111 oo dooro doorashada caafimaadka maskaxda.
contact-private-clinic = La xiriir kilinikka gaarka ah. Macluumaadkooda waxay ku qoran yihiin warqaddaada ama biilkaaga.
contact-urgent-care = Wac A&E ama xarunta daaweynta degdegga ah ee aad tagtay. Lambarku wuxuu ku qoran yahay warqadda talada (advice sheet), ama wac lambarka guud ee isbitaalka.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Wac { $service }. Lambarkoodu waa { $phone }.
contact-local-other = La xiriir { $service }.
contact-local-hours = Saacadaha taleefanka laga jawaabo: { $hours }
contact-local-website = Boggooda internetka: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = Goorta warqadda kilinikku gaarto GP-gaaga
timing-discharge-summary = Goorta warbixinta ka bixitaanku (discharge summary) gaarto GP-gaaga
timing-cancer-diagnosis = Goorta NHS-ku higsanayo inuu kuu sheego inaad kansar qabto iyo in kale
timing-cancelled-operation = Goorta ay tahay inaad hesho taariikh cusub, haddii qalliinkaaga la joojiyo maalintii uu ahaa
timing-within = { $limit } { $unit ->
        [hours] { $limit ->
            [one] saacad gudaheed
           *[other] saacadood gudahood
        }
        [days] { $limit ->
            [one] maalin gudaheed
           *[other] maalmood gudahood
        }
        [months] { $limit ->
            [one] bil gudaheed
           *[other] bilood gudahood
        }
       *[weeks] { $limit ->
            [one] toddobaad gudihiis
           *[other] toddobaad gudahood
        }
    } laga bilaabo { $from ->
        [appointment] ballanta kilinikkaaga
        [discharge] markaad isbitaalka ka baxdo
        [referral] u-gudbinta
       *[cancellation] maalinta la joojiyay
    }.

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] Janaayo
        [2] Febraayo
        [3] Maarso
        [4] Abriil
        [5] Maajo
        [6] Juun
        [7] Luuliyo
        [8] Agoosto
        [9] Sebtembar
        [10] Oktoobar
        [11] Nofembar
       *[12] Desembar
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Macluumaadkaaga
details-service = Tani waxay ku saabsan tahay: { $service }
details-expect-by = Waa inaad war heshaa ugu dambeyn { $date }.
details-phone = Haddii aadan war helin, ama aad su'aal qabto, wac { $phone }.
details-web = Waxaad sidoo kale gali kartaa { $web }.
details-broken = Macluumaadka linkigaaga qaarkood lama isticmaali karin. Inta kale ee boggan weli waa kuu sax.

# The Listen button on a journey page (it reads the page aloud).
listen = Dhageyso boggan
listen-stop = Jooji akhriska

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Koodhkan ku akhri kamaradda taleefankaaga si aad boggan mar kale u furto.

# Desk mode: a reception screen turned to the patient.
desk-title = Dooro luqaddaada
desk-journeys = Dooro waxa kugu habboon
desk-take-home = Boggan qaado: kamaradda taleefankaaga u jeedi koodhkan.
desk-start-again = Dib u bilow

# The link maker, for staff at a GP practice or hospital.
make-link-title = Link u samee bukaan
make-link-intro = Dooro hagaha iyo luqadda bukaanka. Waxaad ku dari kartaa macluumaadka bukaanka. Waxa aad qorto qalabkan oo keliya ayay ku jiraan.
make-link-journey = Hage
make-link-language = Luqadda bukaanka
make-link-service = Adeegga ama kilinikka (haddii aad rabto)
make-link-start = Taariikhda u-gudbinta, baaritaanka ama ka bixitaanka isbitaalka (haddii aad rabto)
make-link-wait = Muddada ay tahay inuu bukaanku war ku helo (haddii aad rabto)
make-link-wait-days = maalmood
make-link-wait-weeks = toddobaad
make-link-wait-months = bilood
make-link-phone = Lambarka taleefanka kooxda (haddii aad rabto)
make-link-web = Bogga internetka ee kooxda (haddii aad rabto)
make-link-bad-phone = Tani uma eka lambar taleefan oo UK ah, sidaas darteed kuma jirto linkiga.
make-link-bad-web = Isticmaal bog internet oo ku bilaabma https. Kan kuma jiro linkiga.
make-link-link = Linkiga
make-link-message = Fariin qoraal ah
make-link-characters = Xarfaha iyo meelaha bannaan
make-link-segments = Inta fariin ee ay qaadanayso
make-link-unicode = Fariintan waxaa ku jira xarfo aan ku jirin xarfaha caadiga ah, sidaas darteed fariin kasta xarfo ka yar ayay qaadi kartaa.
make-link-copy = Koobiyee
make-link-copied = Waa la koobiyeeyay
make-link-qr = Koodhka QR ee linkigan
make-link-print = Daabac
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: waxa xiga iyo cidda aad la xiriirto: { $link }
sms-message-short = Waxa xiga iyo cidda aad la xiriirto: { $link }

not-found-title = Bogga ma helin
not-found-body = Linkigu waxaa laga yaabaa inuu khaldan yahay ama duug yahay. Halkan waa dhammaan hagayaashayada. Dooro midka kugu habboon.
not-found-offline = Taleefankan hadda internet ma laha, boggani weli kuma kaydsana. Mar kale fur linkiga marka aad internet hesho. Hagayaasha aad hore u furtay weli way shaqeeyaan.

unknown-language = Luqaddaas wali ma haysanno, sidaas darteed boggan wuxuu ku qoran yahay Ingiriisi.

# The language picker on every page.
language-picker-label = Dooro luqaddaada
with-english-link = Ku akhri hagahan adigoo Ingiriisiga ka hooseeya qayb kasta
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Turjumaaddan wali lama hubin. Haddii wax kuu caddayn waayaan, weydiiso turjubaan. Waa bilaash.
translation-checked = Turjubaanno shahaado leh ayaa hubiyay turjumaaddan taariikhda { $date }. Haddii wax kuu caddayn waayaan, weydiiso turjubaan. Waa bilaash.

footer-make-link = Shaqaalaha: link u samee bukaan
footer-embed = Shaqaalaha: hagayaashan dhig website-kaaga
footer-not-nhs = Hagahan ma aha mid uu NHS-ku sameeyay. Wuxuu sheegayaa sida adeegyada NHS ay u wada shaqeeyaan inta badan.
footer-privacy = Waxaad halkan ku samayso meelna looma diro, wax kugu saabsanna lama kaydiyo.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Waan ka xunnahay, wax ayaa ku khaldamay boggan
panic-body = Waxa aad boggan ku aragto weli waa sax. Haddii uu khaldan u muuqdo, boggan mar kale soo deji.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Ka dooro adeeg liiska deegaankaaga
make-link-pick-none = Midna: anigaa qori doona macluumaadka
config-none = Website-kan ma laha macluumaad xiriir oo deegaanka ah, sidaas darteed tallaabo kasta waxay bixisaa talada guud. Si aad ugu darto adeegyada deegaankaaga, eeg README.
config-loaded = Website-kan wuxuu muujinayaa macluumaadka xiriirka ee { $area }.
config-problems-title = Macluumaadka xiriirka deegaanka qaarkood waa in la saxo
config-problems-intro = Bukaannada wax dhib ah kama soo gaarayso: waxay arkaan macluumaadkii dhismihii (build) ugu dambeeyay ee saxda ahaa, ama talada guud. Kuwan sax, kadibna website-ka mar kale dhis (build).
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: faylka halkan si sax ah looguma qorin. Raadi hakad (comma), calaamad xigasho ama qaws (bracket) maqan.
config-problem-unknown-field = { $field }: tani ma aha goob (field) aan naqaanno. Hubi higaadda.
config-problem-missing-field = { $field }: tan waa in la buuxiyaa.
config-problem-wrong-type = { $field }: tani waa qiime nooc khaldan ah, tusaale ahaan lambar meel ay ahayd inay erayo ku jiraan.
config-problem-version = { $field }: tani waa inay ahaato 1.
config-problem-empty = { $field }: tani way bannaan tahay.
config-problem-too-long = { $field }: tani aad bay u dheer tahay. Ka dhig wax ka yar 120 xaraf.
config-problem-hidden-characters = { $field }: tan waxaa ku jira xarfo qarsoon oo beddeli kara sida loo akhriyo. Mar kale qor.
config-problem-bad-id = { $field }: isticmaal oo keliya xarfo yaryar, lambarro iyo jiitin (dash), sida skin-team.
config-problem-duplicate-id = { $field }: laba adeeg ayaa isku id leh.
config-problem-bad-phone = { $field }: tani ma aha lambar taleefan oo UK ah. U qor sidan: 020 7946 0000.
config-problem-not-https = { $field }: bogga internetku waa inuu ku bilaabmaa https, ma aha http.
config-problem-bad-website = { $field }: tani ma aha cinwaan internet. U qor sidan: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: ma jiro hage magacan leh.
config-problem-unknown-contact = { $field }: tani ma aha nooc xiriir oo aan naqaanno, sida hospital-team.
config-problem-unknown-service = { $field }: ma jiro adeeg liiska ku jira oo leh id-gan.
config-problem-unknown-language = { $field }: luqaddan ma haysanno.
config-problem-missing-english = { $field }: erayada waa in sidoo kale lagu qoraa Ingiriisi, sida en-GB.

# Staff: put the guides on a practice's website.
embed-title = Hagayaashan dhig website-kaaga
embed-intro = Dooro waxa la muujinayo, kadibna koodhka koobiyee oo ku dhig boggaaga internetka. Hagayaashu waxay ka muuqdaan boggaaga gudihiisa. Meelna uma diro wax ku saabsan dadka isticmaala website-kaaga.
embed-journey = Hagaha la muujinayo
embed-all-guides = Dhammaan hagayaasha, liis ahaan
embed-language = Luqadda uu ku furmayo
embed-accent = Midabka ugu muhiimsan ee website-kaaga (haddii aad rabto)
embed-accent-hint = Lix xaraf ama lambar oo ka dambeeya #, sida #00703c.
embed-accent-bad = Tani ma aha koodh midab. U qor sidan: #00703c.
embed-accent-low-contrast = Midabkan aad buu u furan yahay, sidaas darteed si fiican looguma akhrin karo bog cad. Kala-duwanaanshihiisu (contrast) waa { $ratio }:1, waxaana loo baahan yahay 4.5:1. Dooro midab ka mugdi badan. Ilaa markaas hagahu wuxuu isticmaalayaa midabkiisa buluugga ah.
embed-list = Dhammaadka ku muuji liiska hagayaasha kale
embed-code = Koodhka boggaaga internetka
embed-copy = Koobiyee koodhka
embed-copied = Waa la koobiyeeyay
embed-preview = Sida uu u muuqan doono
embed-hosting = Koodhku wuxuu ku shaqeeyaa website kasta oo kuu oggolaanaya inaad ku darto frame. Uma baahna akoon, mana kaydiyo wax cookies ah.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Tallaabooyinka oo kooban
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Nooca si fudud loo akhriyo
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Nooca si fudud loo akhriyo (ku qoran Ingiriisi)
