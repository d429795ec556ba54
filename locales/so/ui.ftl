# Words used on every page: the frame around the journeys.

site-name = Maxaa xiga?
site-tagline = Cidda waxa qabata marka daryeelkaagu u kala guuro GP-gaaga (dhakhtarka qoyska) iyo isbitaalka.
skip-to-content = U gudub qoraalka ugu muhiimsan
home-link = Dhammaan hagayaasha

# The safety line shown on every page.
safety-title = Ma u baahan tahay caawimaad hadda?
safety-emergency = Xaaladaha degdegga ah, wac { -emergency-number }.
safety-urgent = Haddii aad xanuunsan tahay oo aadan garanayn waxa aad samayso, wac { -urgent-number } ama xarunta GP-gaaga.
-emergency-number = 999
-urgent-number = NHS 111

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
topic-gp-practice = Xarunta GP-gayga

journey-steps-heading = Waxa dhaca, tallaabo tallaabo
# Under a guide shown inside a practice's website.
journey-more-guides = Hagayaashayada kale
journey-reviewed = Markii ugu dambeysay ee aan boggan hubinnay waxay ahayd { $date }.
step-number = Tallaabada { $number }
step-who = Cidda qabata
step-contact = Sida loola xiriiro
step-timing = Muddada ay qaadato
step-if-not = Haddii tani aanay dhicin
step-ask = Su'aalo aad weydiin karto

# Who is responsible for a step.
who-gp-practice = Xarunta GP-gaaga
who-hospital-team = Kooxda isbitaalka
who-patient-or-parent = { $audience ->
        [parent] Adiga, waalidka ama daryeelaha
       *[other] Adiga
    }
who-pharmacy = Farmashiye
who-other = Qof kale, sida link worker (shaqaale ku xira adeegyada)

# How to reach whoever is responsible.
contact-hospital-team = Wac kooxda isbitaalka. Lambarkooda wuxuu ku qoran yahay warqaddaada ama fariintaada qoraalka ah.
contact-referral-booking = Isticmaal linkiga ku jira fariintaada qoraalka ah ama iimaylkaaga, ama wac lambarka ku qoran warqaddaada.
contact-gp-practice = Wac xarunta GP-gaaga, isticmaal foomkeeda internetka, ama u tag miiska soo dhaweynta.
contact-hospital-ward = Weydii shaqaalaha qaybta (ward) ka hor intaadan bixin. Intaas kadib, wac lambarka ku qoran warqadda qaybta lagaa siiyay.
contact-test-requester = La xiriir kooxda codsatay baaritaanka. Macluumaadkooda waxay ku qoran yihiin warqaddaada ama foomkaaga.
contact-pharmacy = U tag ama wac farmashiye kasta. Uma baahnid inaad ballan qabsato.
contact-link-worker = Weydii xarunta GP-gaaga inay kugu xiriiriyaan link worker.
contact-patient-advice = Weydiiso kooxda talobixinta bukaanka ee isbitaalka. Way ku caawiyaan marka wax khaldamaan.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Wac { $service }. Lambarkoodu waa { $phone }.
contact-local-other = La xiriir { $service }.
contact-local-hours = Saacadaha taleefanka laga jawaabo: { $hours }
contact-local-website = Boggooda internetka: { $website }

# How long a step takes. $unit is one of hours, days, working-days, weeks, months.
timing-range = Inta badan waxay qaadataa { $from } ilaa { $to } { $unit ->
        [hours] { $to ->
            [one] saacad
           *[other] saacadood
        }
        [days] { $to ->
            [one] maalin
           *[other] maalmood
        }
        [working-days] { $to ->
            [one] maalin shaqo
           *[other] maalmood oo shaqo
        }
        [months] { $to ->
            [one] bil
           *[other] bilood
        }
       *[weeks] toddobaad
    }. Tani way ku kala duwan tahay isbitaal ilaa isbitaal.
timing-within = { $limit } { $unit ->
        [hours] { $limit ->
            [one] saacad gudaheed
           *[other] saacadood gudahood
        }
        [days] { $limit ->
            [one] maalin gudaheed
           *[other] maalmood gudahood
        }
        [working-days] { $limit ->
            [one] maalin shaqo gudaheed
           *[other] maalmood oo shaqo gudahood
        }
        [months] { $limit ->
            [one] bil gudaheed
           *[other] bilood gudahood
        }
       *[weeks] { $limit ->
            [one] toddobaad gudihiis
           *[other] toddobaad gudahood
        }
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

not-found-title = Bogga ma helin
not-found-body = Linkigu waxaa laga yaabaa inuu khaldan yahay ama duug yahay. Halkan waa dhammaan hagayaashayada. Dooro midka kugu habboon.
not-found-offline = Taleefankan hadda internet ma laha, boggani weli kuma kaydsana. Mar kale fur linkiga marka aad internet hesho. Hagayaasha aad hore u furtay weli way shaqeeyaan.

unknown-language = Luqaddaas wali ma haysanno, sidaas darteed boggan wuxuu ku qoran yahay Ingiriisi.

# The language picker on every page.
language-picker-label = Dooro luqaddaada
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Turjumaaddan wali lama hubin. Haddii wax kuu caddayn waayaan, weydiiso turjubaan. Waa bilaash.

footer-make-link = Shaqaalaha: link u samee bukaan
footer-embed = Shaqaalaha: hagayaashan dhig website-kaaga
footer-not-nhs = Hagahan ma samayn NHS. Wuxuu sharxayaa sida adeegyada NHS inta badan u wada shaqeeyaan.
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
embed-intro = Dooro waxa la muujinayo, kadibna koodhka koobiyee oo ku dhig boggaaga internetka. Hagayaashu waxay ka muuqdaan boggaaga gudihiisa. Wax ku saabsan dadka booqda boggaaga meelna looma diro.
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
