# Words used on every page: the frame around the journeys. (ኣብ ኩሉ ገጽ ዝርከቡ ቃላት።)

site-name = ቀጺሉ እንታይ ይኸውን?
site-tagline = ክንክንኩም ካብ ናትኩም GP (ሓኪም ስድራቤት) ናብ ሆስፒታል፡ ወይ ካብ ሆስፒታል ናብ GP ክሰጋገር ከሎ፡ መን እንታይ ከም ዝገብር።
skip-to-content = ናብ ቀንዲ ትሕዝቶ ሕለፉ
home-link = ኩሎም መምርሒታት

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = ሕጂ ሓገዝ የድልየኩም ድዩ?
safety-emergency = ኣብ ህጹጽ ሓደጋ፡ ናብ { -emergency-number } ደውሉ።
safety-urgent = { $audience ->
        [parent] ንስኹም ወይ ውላድኩም እንተ ሓሚምኩም፡ እንታይ ክትገብሩ ከም ዘለኩም ድማ ርግጸኛታት እንተ ዘይኮንኩም፡ ናብ { -urgent-number } ወይ ናብ ናይ GP ክሊኒክኩም ደውሉ።
       *[other] እንተ ሓሚምኩም፡ እንታይ ክትገብሩ ከም ዘለኩም ድማ ርግጸኛታት እንተ ዘይኮንኩም፡ ናብ { -urgent-number } ወይ ናብ ናይ GP ክሊኒክኩም ደውሉ።
    }
safety-online = ወይ ከኣ ብኢንተርነት ናብ 111.nhs.uk ኪዱ።
safety-mental-health = ኣብ ህጹጽ ጸገም ኣእምሮኣዊ ጥዕና፡ ናብ { -urgent-number } ደውሉ እሞ ናይ ኣእምሮኣዊ ጥዕና ምርጫ ምረጹ።
safety-deaf = ጽሙማት እንተ ኾይንኩም፡ ብመገዲ Relay UK ናብ 18001 111 ደውሉ፡ ወይ ከኣ ኣገልግሎታት BSL (ቋንቋ ምልክት ብሪጣንያ) ናይ NHS 111 ከምኡ'ውን ናይ 999 ተጠቐሙ።
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = እዞም መምርሒታት ብዛዕባ ኣገልግሎታት NHS (ሃገራዊ ኣገልግሎት ጥዕና) ኣብ ኢንግላንድ እዮም። ኣብ ዌልስ፡ ስኮትላንድን ሰሜን ኣየርላንድን፡ ገለ ነገራት ብኻልእ መንገዲ እዮም ዝሰርሑ።

home-title = ቀጺሉ ኣብ ክንክንኩም እንታይ ይኸውን?
home-intro = ንዓኹም ዝሰማማዕ መምርሒ ምረጹ። ነፍሲ ወከፍ መምርሒ፡ ነፍሲ ወከፍ ስጉምቲ መን ከም ዝገብሮን ብኸመይ ክትረኽብዎም ከም እትኽእሉን ይነግር።

# The search box on the home page.
search-label = ኣብ መምርሒታት ድለዩ
search-hint = ንኣብነት፦ መርመራ ደም፡ ናይ ሕማም ወረቐት፡ ትእዛዝ መድሃኒት።
search-results = { $count ->
        [0] ዝሰማማዕ መምርሒ የለን። ካልእ ቃላት ፈትኑ፡ ወይ ካብቲ ኣብ ታሕቲ ዘሎ ዝርዝር ምረጹ።
        [one] 1 መምርሒ ይሰማማዕ።
       *[other] { $count } መምርሒታት ይሰማምዑ።
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = ኣብ ናብ ካብ ምስ ናይ ናይቲ ናይታ ብዛዕባ እዩ ኢዩ እያ እዮም ኣሎ ኣላ ኣለዉ ኣለኹ ኣለና ነይሩ ነይረ እንታይ መን መዓስ ከመይ ብኸመይ ስለምንታይ ኣበይ እዚ እዚኣ እቲ እታ እቶም ኣነ ንሕና ንስኹም ንስኻ ንስኺ ንሱ ንሳ ወይ ከኣ እሞ ውን ድማ ዶ ድዩ ድየ ክኢለ ይኽእል ኣለኒ ኣለዎ ኣይ የለን ኩሉ እንተ ግን

# Group headings on the home page: the question people start from.
topic-referred = ሪፈር ተገይረ (ናብ ሆስፒታል ተላኢኸ) ኣለኹ
topic-waiting = እጽበ ኣለኹ
topic-test = መርመራ ገይረ ኣለኹ
topic-after-appointment = ናብ ቆጸራ ሆስፒታል ከይደ ነይረ
topic-leaving-hospital = ካብ ሆስፒታል ይወጽእ ኣለኹ
topic-medicines-fit-notes = መድሃኒታትን ናይ ሕማም ወረቐትን
topic-child = ብዛዕባ ውላደይ እዩ
topic-mental-health = ብዛዕባ ኣእምሮኣዊ ጥዕናይ እዩ
topic-gp-practice = ካብ ናይ GP ክሊኒከይ ሓገዝ ምርካብ፡ ወይ ብዘይኡ

journey-steps-heading = እንታይ ይኸውን፡ ስጉምቲ ብስጉምቲ
# Under a guide shown inside a practice's website.
journey-more-guides = ካልኦት መምርሒታትና
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = ነዚ ገጽ ኣብ { $date } ካብ ንህዝቢ ክፉታት ምንጭታት ጽሒፍናዮ። ገና ሓደ ሰራሕተኛ ሕክምና ኣይፈተሸዎን።
journey-reviewed = ሓደ ሰራሕተኛ ሕክምና፡ { $reviewer }፡ ነዚ ገጽ ኣብ { $date } ፈቲሽዎ።
step-number = ስጉምቲ { $number }
step-who = እዚ መን ይገብሮ
step-contact = ብኸመይ ትረኽብዎም
step-if-not = እዚ እንተ ዘይተፈጸመ
step-ask = ክትሓትዎም እትኽእሉ ሕቶታት

# Who is responsible for a step.
who-gp-practice = ናይ GP ክሊኒክኩም
who-hospital-team = ናይ ሆስፒታል ጉጅለ
who-patient-or-parent = { $audience ->
        [parent] ንስኹም፡ እቲ ወላዲ ወይ ሓላዪ
       *[other] ንስኹም
    }
who-pharmacy = ኣብ ጥቓኹም ዘሎ ፋርማሲ (ቤት መድሃኒት)
who-nhs-111 = NHS 111
who-mental-health-team = ጉጅለ ኣእምሮኣዊ ጥዕና
who-private-clinic = እቲ ብሕታዊ ክሊኒክ
who-other = ካልእ ሰብ፦ እቲ ስጉምቲ መን ምዃኑ ይነግር

# How to reach whoever is responsible.
contact-hospital-team = ናብ ናይ ሆስፒታል ጉጅለ ደውሉ። ቁጽሪ ተሌፎኖም ኣብ ደብዳበኹም ወይ ኣብ መልእኽቲ ጽሑፍኩም ኣሎ።
contact-referral-booking = ኣብ መልእኽቲ ጽሑፍኩም ወይ ኢመይልኩም ዘሎ ሊንክ ተጠቐሙ፡ ወይ ናብቲ ኣብ ደብዳበኹም ዘሎ ቁጽሪ ደውሉ።
contact-gp-practice = ናብ ናይ GP ክሊኒክኩም ደውሉ፡ ናይ ኢንተርነት ቅጥዖም ተጠቐሙ፡ ወይ ናብ መቐበሊ ሰባት ኪዱ።
contact-hospital-ward = ቅድሚ ምውጻእኩም ንሰራሕተኛታት ዋርድ (ሕሙማት ዝድቅሱሉ ክፍሊ) ሕተቱ። ድሕሪኡ፡ ናብቲ ኣብቲ ካብ ዋርድ ዝተዋህበኩም ደብዳበ ዘሎ ቁጽሪ ደውሉ።
contact-test-requester = ምስቲ ነቲ መርመራ ዝሓተተ ጉጅለ ተራኸቡ። ዝርዝር ሓበሬታኦም ኣብ ደብዳበኹም ወይ ኣብ ቅጥዕኹም ኣሎ።
contact-pharmacy = ናብ ዝኾነ ፋርማሲ ኪዱ ወይ ደውሉ። ቆጸራ ምሓዝ ኣየድልየኩምን።
contact-link-worker = ናይ GP ክሊኒክኩም ምስ ሓደ link worker (ምስ ሓገዛት ማሕበረሰብ ዘራኽብ ሰራሕተኛ) ከራኽቡኹም ሕተቱ።
contact-patient-advice = ንጉጅለ ምኽሪ ሕሙማት ናይቲ ሆስፒታል ሕተቱ። ነገራት ክጋገዩ ከለዉ ይሕግዙ።
contact-nhs-111 = ቀትሪ ይኹን ለይቲ ናብ NHS 111 ደውሉ፡ ወይ ናብ 111.nhs.uk ኪዱ።
contact-self-referral = ባዕልኹም ምስቲ ኣገልግሎት ብኢንተርነት ወይ ብተሌፎን ተራኸቡ። ኣብ NHS website ድለይዎ፡ ወይ ብኸመይ ክትረኽብዎ ከም እትኽእሉ ንናይ GP ክሊኒክኩም ሕተቱ።
contact-mental-health-team = ነቲ ኣብ ውጥን ክንክንኩም ዘሎ ቁጽሪ ተሌፎን ተጠቐሙ። ኣብ ህጹጽ ጸገም፡ ናብ NHS 111 ደውሉ እሞ ናይ ኣእምሮኣዊ ጥዕና ምርጫ ምረጹ።
contact-private-clinic = ምስቲ ብሕታዊ ክሊኒክ ተራኸቡ። ዝርዝር ሓበሬታኦም ኣብ ደብዳበኹም ወይ ኣብ ወረቐት ክፍሊትኩም ኣሎ።
contact-urgent-care = ናብቲ ዝኸድኩምሉ A&E ወይ ማእከል ህጹጽ ሕክምና ደውሉ። እቲ ቁጽሪ ኣብ ወረቐት ምኽሪኹም ኣሎ፡ ወይ ናብ ቀንዲ ቁጽሪ ናይቲ ሆስፒታል ደውሉ።
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = ናብ { $service } ብ { $phone } ደውሉ።
contact-local-other = ምስ { $service } ተራኸቡ።
contact-local-hours = ተሌፎን ዝምለሰሉ ግዜ፦ { $hours }
contact-local-website = ገጾም ኣብ ኢንተርነት፦ { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = ደብዳበ ክሊኒክ (clinic letter) ናብ ናትኩም GP ዝበጽሓሉ ግዜ
timing-discharge-summary = ጽማቝ ምውጻእ (discharge summary) ናብ ናትኩም GP ዝበጽሓሉ ግዜ
timing-cancer-diagnosis = NHS ካንሰር ምዃኑ ወይ ዘይምዃኑ ክነግረኩም ዕላማ ዝገበረሉ ግዜ
timing-cancelled-operation = ኣብታ መዓልቲ እቲኣ ንዝተሰረዘ መጥባሕቲ (operation) ሓድሽ ዕለት ክወሃበኩም ዝግባእ ግዜ
timing-within = { $from ->
        [appointment] ድሕሪ ቆጸራ ክሊኒክኩም
        [discharge] ካብ ሆስፒታል ድሕሪ ምውጻእኩም
        [referral] ካብቲ ሪፈራል ጀሚሩ
       *[cancellation] ካብታ ዝተሰረዘትሉ መዓልቲ ጀሚሩ
    } ኣብ ውሽጢ { $limit } { $unit ->
        [hours] { $limit ->
            [one] ሰዓት
           *[other] ሰዓታት
        }
        [days] { $limit ->
            [one] መዓልቲ
           *[other] መዓልታት
        }
        [months] { $limit ->
            [one] ወርሒ
           *[other] ኣዋርሕ
        }
       *[weeks] { $limit ->
            [one] ሰሙን
           *[other] ሰሙናት
        }
    }።

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] ጥሪ
        [2] ለካቲት
        [3] መጋቢት
        [4] ሚያዝያ
        [5] ግንቦት
        [6] ሰነ
        [7] ሓምለ
        [8] ነሓሰ
        [9] መስከረም
        [10] ጥቅምቲ
        [11] ሕዳር
       *[12] ታሕሳስ
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = ዝርዝር ሓበሬታኹም
details-service = እዚ ብዛዕባ፦ { $service }
details-expect-by = ክሳብ { $date } ሓበሬታ ክበጽሓኩም ይግባእ።
details-phone = ሓበሬታ እንተ ዘይበጽሓኩም፡ ወይ ሕቶ እንተ ኣልዩኩም፡ ናብ { $phone } ደውሉ።
details-web = ከምኡ'ውን ናብ { $web } ክትከዱ ትኽእሉ ኢኹም።
details-broken = ኣብ ሊንክኩም ዘሎ ገለ ሓበሬታ ክንጥቀመሉ ኣይከኣልናን። እቲ ዝተረፈ ትሕዝቶ ናይዚ ገጽ ግን ገና ንዓኹም ቅኑዕ እዩ።

# The Listen button on a journey page (it reads the page aloud).
listen = ነዚ ገጽ ብድምጺ ስምዕዎ
listen-stop = ምንባብ ኣቋርጹ

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = ነዚ ገጽ እንደገና ንምኽፋት፡ ነዚ ኮድ ብካሜራ ተሌፎንኩም ስካን ግበርዎ።

# Desk mode: a reception screen turned to the patient.
desk-title = ቋንቋኹም ምረጹ
desk-journeys = ንዓኹም ዝሰማማዕ ምረጹ
desk-take-home = ነዚ ገጽ ምሳኹም ውሰድዎ፦ ካሜራ ተሌፎንኩም ናብዚ ኮድ ኣቕንዑ።
desk-start-again = እንደገና ጀምሩ

# The link maker, for staff at a GP practice or hospital.
make-link-title = ንሕሙም ሊንክ ስርሑ
make-link-intro = እቲ መምርሒን ቋንቋ ናይቲ ሕሙምን ምረጹ። ዝርዝር ሓበሬታኦም ክትውስኹ ትኽእሉ ኢኹም። ዝጸሓፍኩሞ ኣብዚ መሳርሒ ጥራይ ይተርፍ።
make-link-journey = መምርሒ
make-link-language = ቋንቋ ናይቲ ሕሙም
make-link-service = ኣገልግሎት ወይ ክሊኒክ (እንተ ደሊኹም)
make-link-start = ዕለት ናይቲ ሪፈራል፡ መርመራ ወይ ምውጻእ ካብ ሆስፒታል (እንተ ደሊኹም)
make-link-wait = ሓበሬታ ክበጽሖም ዝግባእ ግዜ (እንተ ደሊኹም)
make-link-wait-days = መዓልታት
make-link-wait-weeks = ሰሙናት
make-link-wait-months = ኣዋርሕ
make-link-phone = ቁጽሪ ተሌፎን ናይቲ ጉጅለ (እንተ ደሊኹም)
make-link-web = ገጽ ኢንተርነት ናይቲ ጉጅለ (እንተ ደሊኹም)
make-link-bad-phone = እዚ ናይ UK ቁጽሪ ተሌፎን ኣይመስልን፡ ስለዚ ኣብቲ ሊንክ ኣይኣተወን።
make-link-bad-web = ብ https ዝጅምር ገጽ ኢንተርነት ተጠቐሙ። እዚ ኣብቲ ሊንክ ኣይኣተወን።
make-link-link = እቲ ሊንክ
make-link-message = መልእኽቲ ጽሑፍ
make-link-characters = ፊደላትን ባዶ ቦታታትን
make-link-segments = ክንደይ መልእኽቲ ጽሑፍ ከም ዝወስድ
make-link-unicode = እዚ መልእኽቲ ኣብቲ መሰረታዊ ስብስብ ዘየለዉ ፊደላት ስለ ዘለውዎ፡ ነፍሲ ወከፍ መልእኽቲ ጽሑፍ ውሑዳት ፊደላት ጥራይ ይሕዝ።
make-link-copy = ቅድሕዎ
make-link-copied = ተቐዲሑ
make-link-qr = QR ኮድ ናይዚ ሊንክ
make-link-print = ሕተምዎ
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }፦ ቀጺሉ እንታይ ይኸውን፡ ምስ መን ትራኸቡ፦ { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = ቀጺሉ እንታይ ይኸውን፡ ምስ መን ትራኸቡ፦ { $link }

not-found-title = ነቲ ገጽ ክንረኽቦ ኣይከኣልናን
not-found-body = እቲ ሊንክ ጌጋ ወይ ኣረጊት ክኸውን ይኽእል። ኩሎም መምርሒታትና ኣብዚ ኣለዉ። ንዓኹም ዝሰማማዕ ምረጹ።
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = እዚ ተሌፎን ሕጂ ኢንተርነት የብሉን፡ እዚ ገጽ ድማ ገና ኣብኡ ኣይተዓቀበን። ኢንተርነት ምስ ረኸብኩም፡ ነቲ ሊንክ እንደገና ፈትንዎ። ቅድሚ ሕጂ ዝኸፈትኩምዎም መምርሒታት ግን ይሰርሑ እዮም።

unknown-language = ነዚ ቋንቋ ገና የብልናዮን፡ ስለዚ እዚ ገጽ ብእንግሊዝኛ እዩ።

# The language picker on every page.
language-picker-label = ቋንቋኹም ምረጹ
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = ነዚ መምርሒ ኣንብብዎ፡ ኣብ ትሕቲ ነፍሲ ወከፍ ክፋል እንግሊዝኛ ኣሎ
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = እዚ ትርጉም ገና ኣይተፈተሸን። ዘይንጹር ነገር እንተሎ፡ ተርጓሚ ሕተቱ። ብነጻ እዩ።
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = ብቑዓት ተርጎምቲ ነዚ ትርጉም ኣብ { $date } ፈቲሾምዎ። ዘይንጹር ነገር እንተሎ፡ ተርጓሚ ሕተቱ። ብነጻ እዩ።

footer-make-link = ንሰራሕተኛታት፦ ንሕሙም ሊንክ ስርሑ
footer-embed = ንሰራሕተኛታት፦ ነዞም መምርሒታት ኣብ ገጽ ኢንተርነትኩም ኣቐምጥዎም
footer-not-nhs = እዚ መምርሒ ብ NHS ዝተዳለወ ኣይኮነን። ኣገልግሎታት NHS መብዛሕትኡ ግዜ ብኸመይ ብሓባር ከም ዝሰርሑ ይገልጽ።
footer-privacy = ኣብዚ እትገብርዎ ዝኾነ ነገር ናብ ዝኾነ ቦታ ኣይለኣኽን፡ ብዛዕባኹም ድማ ኣይዕቀብን።

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = ይቕሬታ፡ ኣብዚ ገጽ ገለ ጸገም ኣጋጢሙ
panic-body = ኣብዚ ገጽ እትርእይዎ ገና ቅኑዕ እዩ። ጌጋ እንተ መሰለኩም፡ ነቲ ገጽ እንደገና ክፈትዎ።
# Always in English: a link to this page in English.
panic-english = ነዚ ገጽ ብእንግሊዝኛ ክፈትዎ

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = ካብቲ ዝርዝር ኣገልግሎታት ከባቢኹም ሓደ ኣገልግሎት ምረጹ
make-link-pick-none = ዋላ ሓደ፦ ነቲ ዝርዝር ባዕለይ ክጽሕፎ እየ
config-none = እዚ ሳይት ናይ ከባቢ ዝርዝር ርክብ የብሉን፡ ስለዚ ነፍሲ ወከፍ ስጉምቲ ሓፈሻዊ ምኽሪ ይህብ። ኣገልግሎታት ከባቢኹም ንምውሳኽ፡ ነቲ README ርኣዩ።
config-loaded = እዚ ሳይት ዝርዝር ርክብ ናይ { $area } የርኢ።
config-problems-title = ገለ ናይ ከባቢ ዝርዝር ርክብ ምእራም የድልዮ
config-problems-intro = ሕሙማት ኣይተጸልዉን፦ ካብቲ ናይ መወዳእታ ጽቡቕ build ዝርዝር፡ ወይ ሓፈሻዊ ምኽሪ ይርእዩ። ነዚኦም ኣዐርዩ፡ ድሕሪኡ ነቲ ሳይት እንደገና build ግበርዎ።
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: እቲ ፋይል ኣብዚ ብቑዕ ኣይተጻሕፈን። ዝጎደለ ኮማ፡ ምልክት ጥቕሲ ወይ ቅንፍ ድለዩ።
config-problem-unknown-field = { $field }: እዚ ንፈልጦ field ኣይኮነን። ኣጻሕሕፋኡ ፈትሹ።
config-problem-missing-field = { $field }: እዚ ክምላእ ኣለዎ።
config-problem-wrong-type = { $field }: እዚ ጌጋ ዓይነት ትሕዝቶ እዩ፡ ንኣብነት ቃላት ክኸውን ዝነበሮ ቦታ ቁጽሪ።
config-problem-version = { $field }: እዚ 1 ክኸውን ኣለዎ።
config-problem-empty = { $field }: እዚ ባዶ እዩ።
config-problem-too-long = { $field }: እዚ ኣዝዩ ነዊሕ እዩ። ካብ 120 ፊደላት ንታሕቲ ግበርዎ።
config-problem-hidden-characters = { $field }: እዚ ኣንባብኡ ክቕይሩ ዝኽእሉ ሕቡኣት ፊደላት ኣለውዎ። እንደገና ጽሓፍዎ።
config-problem-bad-id = { $field }: ንኣሽቱ ፊደላት፡ ቁጽርታትን ሰረዛትን ጥራይ ተጠቐሙ፡ ከም skin-team።
config-problem-duplicate-id = { $field }: ክልተ ኣገልግሎታት እዚ ሓደ id ኣለዎም።
config-problem-bad-phone = { $field }: እዚ ናይ UK ቁጽሪ ተሌፎን ኣይኮነን። ከም 020 7946 0000 ጽሓፍዎ።
config-problem-not-https = { $field }: እቲ ገጽ ኢንተርነት ብ https ክጅምር ኣለዎ፡ ብ http ኣይኮነን።
config-problem-bad-website = { $field }: እዚ ኣድራሻ ኢንተርነት ኣይኮነን። ከም https://hospital.example/clinic ጽሓፍዎ።
config-problem-unknown-journey = { $field }: ብዚ ስም ዝኾነ መምርሒ የለን።
config-problem-unknown-contact = { $field }: እዚ ንፈልጦ ዓይነት ርክብ ኣይኮነን፡ ከም hospital-team።
config-problem-unknown-service = { $field }: ኣብቲ ዝርዝር ዘሎ ዝኾነ ኣገልግሎት እዚ id የብሉን።
config-problem-unknown-language = { $field }: እዚ ቋንቋ የብልናን።
config-problem-missing-english = { $field }: እቲ ቃላት ብእንግሊዝኛ ውን ክወሃብ ኣለዎ፡ ከም en-GB።

# Staff: put the guides on a practice's website.
embed-title = ነዞም መምርሒታት ኣብ ገጽ ኢንተርነትኩም ኣቐምጥዎም
embed-intro = እንታይ ክርአ ከም ዘለዎ ምረጹ፡ ድሕሪኡ ነቲ ኮድ ናብ ገጽ ኢንተርነትኩም ቅድሕዎ። እቶም መምርሒታት ኣብ ውሽጢ ገጽኩም ይርኣዩ። ብዛዕባ እቶም ነቲ ሳይትኩም ዝጥቀሙ ሰባት ዋላ ሓንቲ ኣይሰድድን።
embed-journey = ዝርአ መምርሒ
embed-all-guides = ኩሎም መምርሒታት፡ ከም ዝርዝር
embed-language = ዝኽፈተሉ ቋንቋ
embed-accent = ቀንዲ ሕብሪ ገጽ ኢንተርነትኩም (እንተ ደሊኹም)
embed-accent-hint = ድሕሪ # ሽዱሽተ ፊደላት ወይ ቁጽርታት፡ ከም #00703c።
embed-accent-bad = እዚ ኮድ ሕብሪ ኣይኮነን። ከም #00703c ጽሓፍዎ።
embed-accent-low-contrast = እዚ ሕብሪ ኣብ ፈኲስ ገጽ ንምንባብ ኣዝዩ ፈኲስ እዩ። ፍልልዩ (contrast) { $ratio } ናብ 1 እዩ፡ 4.5 ናብ 1 ድማ የድልዮ። ዝጸልመተ ሕብሪ ምረጹ። ክሳብ ሽዑ፡ እቲ መምርሒ ናይ ባዕሉ ሰማያዊ ሕብሪ ይሕዝ።
embed-list = ኣብ መወዳእታ ዝርዝር ናይቶም ካልኦት መምርሒታት ኣርእዩ
embed-code = ኮድ ንገጽ ኢንተርነትኩም
embed-copy = ነቲ ኮድ ቅድሕዎ
embed-copied = ተቐዲሑ
embed-preview = ከመይ ከም ዝመስል
embed-hosting = እቲ ኮድ ኣብ ዝኾነ frame ክትውስኹ ዘፍቅድ ገጽ ኢንተርነት ይሰርሕ። ኣካውንት ኣየድልዮን፡ cookies ድማ ኣየቐምጥን።

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = ስጉምትታት ብሓጺሩ
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = ብቐሊሉ ዝንበብ ቅዳሕ
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = ብቐሊሉ ዝንበብ ቅዳሕ (ብእንግሊዝኛ)
