# Words used on every page: the frame around the journeys.

site-name = Ce urmează?
site-tagline = Cine ce face când îngrijirea dumneavoastră trece de la medicul de familie (GP) la spital sau invers.
skip-to-content = Mergeți la conținutul principal
home-link = Toate ghidurile

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Aveți nevoie de ajutor acum?
safety-emergency = În caz de urgență, sunați la { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Dacă dumneavoastră sau copilul dumneavoastră vă simțiți rău și nu știți ce să faceți, sunați la { -urgent-number } sau la cabinetul medicului de familie (GP).
       *[other] Dacă vă simțiți rău și nu știți ce să faceți, sunați la { -urgent-number } sau la cabinetul medicului de familie (GP).
    }
safety-online = Sau intrați online pe 111.nhs.uk.
safety-mental-health = Într-o criză de sănătate mintală, sunați la { -urgent-number } și alegeți opțiunea pentru sănătate mintală.
safety-deaf = Dacă sunteți o persoană surdă, sunați la 18001 111 prin Relay UK sau folosiți serviciile NHS 111 și 999 în BSL (limba semnelor britanică).
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Aceste ghiduri sunt despre serviciile NHS din Anglia. În Țara Galilor, Scoția și Irlanda de Nord, unele lucruri funcționează altfel.

home-title = Ce urmează în îngrijirea dumneavoastră?
home-intro = Alegeți ghidul potrivit pentru dumneavoastră. Fiecare ghid spune cine face fiecare pas și cum îl puteți contacta.

# The search box on the home page.
search-label = Căutați în ghiduri
search-hint = De exemplu: analize de sânge, certificat medical, rețetă.
search-results = { $count ->
        [0] Niciun ghid nu se potrivește. Încercați alte cuvinte sau alegeți din lista de mai jos.
        [one] Am găsit 1 ghid.
        [few] Am găsit { $count } ghiduri.
       *[other] Am găsit { $count } de ghiduri.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = a al ai ale și si sau ori în in la pe de din cu pentru despre ce cum când cand cine unde care este e sunt am are au fost mă ma mi îmi imi meu mea mei mele eu tu el ea ei un o unui unei să sa se nu dacă daca că ca mai dumneavoastră dvs vă va

# Group headings on the home page: the question people start from.
topic-referred = Am primit o trimitere
topic-waiting = Aștept o programare
topic-test = Am făcut un test sau analize
topic-after-appointment = Am fost la o consultație la spital
topic-leaving-hospital = Plec acasă din spital
topic-medicines-fit-notes = Medicamente și certificate medicale
topic-child = Este vorba despre copilul meu
topic-mental-health = Este vorba despre sănătatea mea mintală
topic-gp-practice = Ajutor de la cabinetul medicului de familie (GP) sau fără el

journey-steps-heading = Ce se întâmplă, pas cu pas
# Under a guide shown inside a practice's website.
journey-more-guides = Mai multe ghiduri de la noi
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Am scris această pagină pe { $date } pe baza surselor publice. Niciun cadru medical nu a verificat-o încă.
journey-reviewed = Un cadru medical, { $reviewer }, a verificat această pagină pe { $date }.
step-number = Pasul { $number }
step-who = Cine face asta
step-contact = Cum îi contactați
step-if-not = Dacă nu se întâmplă asta
step-ask = Întrebări pe care le puteți pune

# Who is responsible for a step.
who-gp-practice = Cabinetul medicului de familie (GP)
who-hospital-team = Echipa de la spital
who-patient-or-parent = { $audience ->
        [parent] Dumneavoastră, părintele sau îngrijitorul
       *[other] Dumneavoastră
    }
who-pharmacy = O farmacie din apropiere
who-nhs-111 = NHS 111
who-mental-health-team = Echipa de sănătate mintală
who-private-clinic = Clinica privată
who-other = Altcineva: pasul spune cine

# How to reach whoever is responsible.
contact-hospital-team = Sunați echipa de la spital. Numărul este în scrisoarea sau în mesajul primit.
contact-referral-booking = Folosiți linkul din mesaj sau din e-mail ori sunați la numărul din scrisoare.
contact-gp-practice = Sunați la cabinetul GP, folosiți formularul online al cabinetului sau mergeți la recepție.
contact-hospital-ward = Întrebați personalul secției înainte să plecați. După aceea, sunați la numărul din scrisoarea primită de la secție.
contact-test-requester = Contactați echipa care a cerut testul. Datele echipei sunt în scrisoare sau pe formular.
contact-pharmacy = Mergeți la orice farmacie sau sunați acolo. Nu aveți nevoie de programare.
contact-link-worker = Rugați cabinetul GP să vă pună în legătură cu un consilier comunitar (link worker).
contact-patient-advice = Cereți să vorbiți cu serviciul de consiliere pentru pacienți al spitalului. Ei vă ajută când ceva nu merge bine.
contact-nhs-111 = Sunați la NHS 111, zi și noapte, sau intrați pe 111.nhs.uk.
contact-self-referral = Contactați chiar dumneavoastră serviciul, online sau la telefon. Căutați-l pe site-ul NHS sau întrebați la cabinetul GP cum îl puteți contacta.
contact-mental-health-team = Folosiți numărul de telefon din planul dumneavoastră de îngrijire. Într-o criză, sunați la NHS 111 și alegeți opțiunea pentru sănătate mintală.
contact-private-clinic = Contactați clinica privată. Datele ei sunt în scrisoare sau pe factură.
contact-urgent-care = Sunați la A&E (urgențe) sau la centrul de tratament urgent (urgent treatment centre) unde ați fost. Numărul este pe fișa cu sfaturi. Sau sunați la numărul principal al spitalului.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Sunați la { $service }, la numărul { $phone }.
contact-local-other = Contactați { $service }.
contact-local-hours = Se răspunde la telefon: { $hours }
contact-local-website = Pagina lor web: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
# Romanian: 1 takes the singular; 0 and 2–19 (and 102–119 …) the plural ("few");
# 20 and above (CLDR "other") need "de" before the plural: "24 de ore".
timing-clinic-letter = Când ajunge scrisoarea de la clinică la medicul GP
timing-discharge-summary = Când ajunge scrisoarea medicală de externare la medicul GP
timing-cancer-diagnosis = Când își propune NHS să vă spună dacă este cancer sau nu
timing-cancelled-operation = Când ar trebui să aveți o nouă dată pentru o operație anulată chiar în ziua ei
timing-within = În termen de { $limit } { $unit ->
        [hours] { $limit ->
            [one] oră
            [few] ore
           *[other] de ore
        }
        [days] { $limit ->
            [one] zi
            [few] zile
           *[other] de zile
        }
        [months] { $limit ->
            [one] lună
            [few] luni
           *[other] de luni
        }
       *[weeks] { $limit ->
            [one] săptămână
            [few] săptămâni
           *[other] de săptămâni
        }
    } de la { $from ->
        [appointment] consultația la clinică
        [discharge] plecarea din spital
        [referral] trimitere
       *[cancellation] ziua în care a fost anulată
    }.

# A date such as 21 noiembrie 2026.
date = { $day } { $month ->
        [1] ianuarie
        [2] februarie
        [3] martie
        [4] aprilie
        [5] mai
        [6] iunie
        [7] iulie
        [8] august
        [9] septembrie
        [10] octombrie
        [11] noiembrie
       *[12] decembrie
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Datele dumneavoastră
details-service = Este vorba despre: { $service }
details-expect-by = Ar trebui să primiți vești până la { $date }.
details-phone = Dacă nu ați primit vești sau aveți o întrebare, sunați la { $phone }.
details-web = De asemenea, puteți intra pe { $web }.
details-broken = Unele date din linkul dumneavoastră nu au putut fi folosite. Restul paginii este în continuare potrivit pentru dumneavoastră.

# The Listen button on a journey page (it reads the page aloud).
listen = Ascultați această pagină
listen-stop = Opriți citirea

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Scanați acest cod cu camera telefonului ca să deschideți din nou această pagină.

# Desk mode: a reception screen turned to the patient.
desk-title = Alegeți limba
desk-journeys = Alegeți ce vi se potrivește
desk-take-home = Luați această pagină cu dumneavoastră: îndreptați camera telefonului spre acest cod.
desk-start-again = Începeți din nou

# The link maker, for staff at a GP practice or hospital.
make-link-title = Creați un link pentru un pacient
make-link-intro = Alegeți ghidul și limba pacientului. Puteți adăuga datele pacientului. Ce scrieți rămâne pe acest dispozitiv.
make-link-journey = Ghidul
make-link-language = Limba pacientului
make-link-service = Serviciul sau clinica (opțional)
make-link-start = Data trimiterii, a testului sau a externării (opțional)
make-link-wait = În cât timp ar trebui să primească vești (opțional)
make-link-wait-days = zile
make-link-wait-weeks = săptămâni
make-link-wait-months = luni
make-link-phone = Numărul de telefon al echipei (opțional)
make-link-web = Pagina web a echipei (opțional)
make-link-bad-phone = Acesta nu pare un număr de telefon din Regatul Unit, așa că nu este inclus în link.
make-link-bad-web = Folosiți o pagină web care începe cu https. Aceasta nu este inclusă în link.
make-link-link = Linkul
make-link-message = Mesajul SMS
make-link-characters = Litere și spații
make-link-segments = Câte SMS-uri vor fi necesare
make-link-unicode = Acest mesaj are litere care nu sunt în setul de bază, așa că fiecare SMS cuprinde mai puține litere.
make-link-copy = Copiați
make-link-copied = Copiat
make-link-qr = Codul QR pentru acest link
make-link-print = Tipăriți
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: ce urmează și pe cine contactați: { $link }
sms-message-short = Ce urmează și pe cine contactați: { $link }

not-found-title = Nu găsim această pagină
not-found-body = Linkul poate fi greșit sau vechi. Iată toate ghidurile noastre. Alegeți ghidul potrivit pentru dumneavoastră.
not-found-offline = Acest telefon nu are internet acum, iar această pagină nu este încă salvată pe el. Deschideți din nou linkul când aveți internet. Ghidurile pe care le-ați deschis înainte funcționează în continuare.

unknown-language = Nu avem încă această limbă, așa că pagina este în engleză.

# The language picker on every page.
language-picker-label = Alegeți limba
with-english-link = Citiți acest ghid cu textul în engleză sub fiecare parte
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Această traducere nu a fost încă verificată. Dacă ceva nu este clar, cereți un interpret. Este gratuit.
translation-checked = Această traducere a fost verificată de traducători calificați pe { $date }. Dacă ceva nu este clar, cereți un interpret. Este gratuit.

footer-make-link = Pentru personal: creați un link pentru un pacient
footer-embed = Pentru personal: puneți aceste ghiduri pe site-ul dumneavoastră
footer-not-nhs = Acest ghid nu este făcut de NHS. El spune cum lucrează împreună serviciile NHS în cele mai multe cazuri.
footer-privacy = Nimic din ce faceți aici nu este trimis nicăieri și nu se păstrează nicio informație despre dumneavoastră.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Ne pare rău, ceva nu a funcționat pe această pagină
panic-body = Ce vedeți pe această pagină este în continuare corect. Dacă pare greșit, încărcați din nou pagina.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Alegeți un serviciu din lista zonei dumneavoastră
make-link-pick-none = Niciunul: scriu eu datele
config-none = Acest site nu are date de contact locale, așa că fiecare pas dă sfaturile generale. Ca să adăugați serviciile din zona dumneavoastră, citiți README.
config-loaded = Acest site arată datele de contact pentru { $area }.
config-problems-title = Unele date de contact locale trebuie corectate
config-problems-intro = Pacienții nu sunt afectați: ei văd datele din ultima versiune bună a site-ului sau sfaturile generale. Corectați aceste probleme, apoi generați din nou site-ul.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: fișierul nu este scris corect aici. Căutați o virgulă, o ghilimea sau o paranteză care lipsește.
config-problem-unknown-field = { $field }: nu cunoaștem acest câmp. Verificați cum este scris.
config-problem-missing-field = { $field }: acest câmp trebuie completat.
config-problem-wrong-type = { $field }: valoarea nu este de tipul potrivit, de exemplu este un număr acolo unde trebuie să fie cuvinte.
config-problem-version = { $field }: valoarea trebuie să fie 1.
config-problem-empty = { $field }: acest câmp este gol.
config-problem-too-long = { $field }: textul este prea lung. Folosiți mai puțin de 120 de caractere.
config-problem-hidden-characters = { $field }: textul are caractere ascunse care pot schimba felul în care se citește. Scrieți-l din nou.
config-problem-bad-id = { $field }: folosiți doar litere mici, cifre și cratime, de exemplu skin-team.
config-problem-duplicate-id = { $field }: două servicii au același id.
config-problem-bad-phone = { $field }: acesta nu este un număr de telefon din Regatul Unit. Scrieți-l așa: 020 7946 0000.
config-problem-not-https = { $field }: pagina web trebuie să înceapă cu https, nu cu http.
config-problem-bad-website = { $field }: aceasta nu este o adresă web. Scrieți-o așa: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: nu există niciun ghid cu acest nume.
config-problem-unknown-contact = { $field }: nu cunoaștem acest tip de contact. Folosiți un tip cunoscut, de exemplu hospital-team.
config-problem-unknown-service = { $field }: niciun serviciu din listă nu are acest id.
config-problem-unknown-language = { $field }: nu avem această limbă.
config-problem-missing-english = { $field }: textul trebuie dat și în engleză, sub codul en-GB.

# Staff: put the guides on a practice's website.
embed-title = Puneți aceste ghiduri pe site-ul dumneavoastră
embed-intro = Alegeți ce să arătați, apoi copiați codul în pagina dumneavoastră web. Ghidurile apar în interiorul paginii dumneavoastră. Codul nu trimite nimic despre oamenii care vă folosesc site-ul.
embed-journey = Ghidul de afișat
embed-all-guides = Toate ghidurile, sub formă de listă
embed-language = Limba în care se deschide
embed-accent = Culoarea principală a site-ului dumneavoastră (opțional)
embed-accent-hint = Șase litere sau cifre după un #, de exemplu #00703c.
embed-accent-bad = Acesta nu este un cod de culoare. Scrieți-l așa: #00703c.
embed-accent-low-contrast = Această culoare este prea deschisă ca să se poată citi pe un fundal deschis. Contrastul ei este de { $ratio } la 1, dar trebuie să fie de cel puțin 4.5 la 1. Alegeți o culoare mai închisă. Până atunci, ghidul își păstrează albastrul lui.
embed-list = Afișați la final o listă cu celelalte ghiduri
embed-code = Codul pentru pagina dumneavoastră web
embed-copy = Copiați codul
embed-copied = Copiat
embed-preview = Cum va arăta
embed-hosting = Codul funcționează pe orice site care vă permite să adăugați un cadru (frame). Nu are nevoie de cont și nu folosește cookie-uri.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Pașii pe scurt
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Versiune ușor de citit
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Versiune ușor de citit (în engleză)
