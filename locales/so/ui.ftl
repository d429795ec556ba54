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

not-found-title = Bogga ma helin
not-found-body = Linkigu waxaa laga yaabaa inuu khaldan yahay ama duug yahay. Halkan waa dhammaan hagayaashayada. Dooro midka kugu habboon.

unknown-language = Luqaddaas wali ma haysanno, sidaas darteed boggan wuxuu ku qoran yahay Ingiriisi.

# The language picker on every page.
language-picker-label = Dooro luqaddaada
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Turjumaaddan wali lama hubin. Haddii wax kuu caddayn waayaan, weydiiso turjubaan. Waa bilaash.

footer-not-nhs = Hagahan ma samayn NHS. Wuxuu sharxayaa sida adeegyada NHS inta badan u wada shaqeeyaan.
footer-privacy = Waxaad halkan ku samayso meelna looma diro, wax kugu saabsanna lama kaydiyo.
