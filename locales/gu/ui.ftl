# Words used on every page: the frame around the journeys.

site-name = હવે પછી શું?
site-tagline = જ્યારે તમારી સંભાળ તમારા GP (ફેમિલી ડૉક્ટર) અને હોસ્પિટલ વચ્ચે બદલાય, ત્યારે કોણ શું કરે છે.
skip-to-content = મુખ્ય ભાગ પર જાઓ
home-link = બધી માર્ગદર્શિકાઓ

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = શું તમને હમણાં જ મદદની જરૂર છે?
safety-emergency = કટોકટીમાં (ઇમરજન્સીમાં), { -emergency-number } પર ફોન કરો.
safety-urgent = { $audience ->
        [parent] જો તમે અથવા તમારું બાળક બીમાર હોય, અને તમને ખાતરી ન હોય કે શું કરવું, તો { -urgent-number } ને અથવા તમારી GP પ્રેક્ટિસને ફોન કરો.
       *[other] જો તમે બીમાર હો અને શું કરવું તેની ખાતરી ન હોય, તો { -urgent-number } ને અથવા તમારી GP પ્રેક્ટિસને ફોન કરો.
    }
safety-online = અથવા ઓનલાઇન 111.nhs.uk પર જાઓ.
safety-mental-health = માનસિક આરોગ્યની ક્રાઇસિસ (અચાનક ગંભીર માનસિક તકલીફ) માં, { -urgent-number } ને ફોન કરો અને માનસિક આરોગ્ય માટેનો વિકલ્પ પસંદ કરો.
safety-deaf = જો તમે સાંભળી ન શકતા હો (બહેરા હો), તો Relay UK થી 18001 111 પર ફોન કરો, અથવા NHS 111 અને 999 ની BSL (બ્રિટિશ સાંકેતિક ભાષા) સેવાઓ વાપરો.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = આ માર્ગદર્શિકાઓ ઇંગ્લેન્ડમાં NHS ની સેવાઓ વિશે છે. વેલ્સ, સ્કોટલેન્ડ અને નોર્ધન આયર્લેન્ડમાં કેટલીક બાબતો અલગ રીતે ચાલે છે.

home-title = તમારી સંભાળમાં હવે પછી શું થશે?
home-intro = તમને લાગુ પડતી માર્ગદર્શિકા પસંદ કરો. દરેક માર્ગદર્શિકા જણાવે છે કે દરેક પગલું કોણ ભરે છે અને તેમનો સંપર્ક કેવી રીતે કરવો.

# The search box on the home page.
search-label = માર્ગદર્શિકાઓમાં શોધો
search-hint = ઉદાહરણ તરીકે: લોહીની તપાસ, બીમારીની નોંધ (sick note), દવાની ચિઠ્ઠી.
search-results = { $count ->
        [0] કોઈ માર્ગદર્શિકા મળી નથી. બીજા શબ્દો લખી જુઓ, અથવા નીચેની યાદીમાંથી પસંદ કરો.
        [one] { $count } માર્ગદર્શિકા મળી.
       *[other] { $count } માર્ગદર્શિકાઓ મળી.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = હું મારું મારો મારી મારા મને અમે અમારું અમારો અમારી અમારા તમે તમારું તમારો તમારી તમારા તમને આ તે એ છે છું છો હતું હતો હતી હતા હોય નું ની નો ના ને થી માં પર માટે સાથે વિશે અને અથવા કે જો તો પણ શું કેવી રીતે કેમ કોણ કયું કયો કયા કઈ કોઈ કરો કરવું કરી થાય થશે

# Group headings on the home page: the question people start from.
topic-referred = મને હોસ્પિટલમાં મોકલવામાં આવ્યું છે (રેફરલ)
topic-waiting = હું રાહ જોઉં છું
topic-test = મારો ટેસ્ટ થયો છે
topic-after-appointment = હોસ્પિટલમાં મારી મુલાકાત થઈ ગઈ છે
topic-leaving-hospital = મને હોસ્પિટલમાંથી રજા મળી રહી છે
topic-medicines-fit-notes = દવાઓ અને ફિટ નોટ
topic-child = આ મારા બાળક વિશે છે
topic-mental-health = આ મારા માનસિક આરોગ્ય વિશે છે
topic-gp-practice = મારી GP પ્રેક્ટિસ પાસેથી, અથવા તેના વગર મદદ મેળવવી

journey-steps-heading = શું થાય છે, એક પછી એક પગલું
# Under a guide shown inside a practice's website.
journey-more-guides = અમારી બીજી માર્ગદર્શિકાઓ
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = અમે આ પાનું { $date } ના રોજ, જાહેર સ્રોતોના આધારે લખ્યું છે. કોઈ ક્લિનિશિયને (ડૉક્ટર, નર્સ જેવા આરોગ્ય કર્મચારીએ) હજી તેને તપાસ્યું નથી.
journey-reviewed = એક ક્લિનિશિયન, { $reviewer }, એ આ પાનું { $date } ના રોજ તપાસ્યું હતું.
step-number = પગલું { $number }
step-who = આ કોણ કરે છે
step-contact = તેમનો સંપર્ક કેવી રીતે કરવો
step-if-not = જો આવું ન થાય
step-ask = તમે પૂછી શકો એવા પ્રશ્નો

# Who is responsible for a step.
who-gp-practice = તમારી GP પ્રેક્ટિસ
who-hospital-team = હોસ્પિટલની ટીમ
who-patient-or-parent = { $audience ->
        [parent] તમે, માતા-પિતા અથવા સંભાળ રાખનાર
       *[other] તમે
    }
who-pharmacy = તમારી નજીકની કોઈ ફાર્મસી (દવાની દુકાન)
who-nhs-111 = NHS 111
who-mental-health-team = માનસિક આરોગ્ય ટીમ
who-private-clinic = પ્રાઇવેટ ક્લિનિક
who-other = બીજું કોઈ: તે કોણ છે તે પગલામાં જણાવ્યું છે

# How to reach whoever is responsible.
contact-hospital-team = હોસ્પિટલની ટીમને ફોન કરો. તેમનો નંબર તમારા પત્ર અથવા ટેક્સ્ટ મેસેજમાં છે.
contact-referral-booking = તમારા ટેક્સ્ટ મેસેજ અથવા ઇમેઇલમાંની લિંક વાપરો, અથવા તમારા પત્ર પર આપેલા નંબર પર ફોન કરો.
contact-gp-practice = તમારી GP પ્રેક્ટિસને ફોન કરો, તેમનું ઓનલાઇન ફોર્મ ભરો, અથવા રિસેપ્શન પર જાઓ.
contact-hospital-ward = જતા પહેલાં વોર્ડના સ્ટાફને પૂછો. તે પછી, વોર્ડ તરફથી મળેલા પત્ર પર આપેલા નંબર પર ફોન કરો.
contact-test-requester = જે ટીમે ટેસ્ટ કરાવવાનું કહ્યું હતું તેનો સંપર્ક કરો. તેમની વિગતો તમારા પત્ર અથવા ફોર્મ પર છે.
contact-pharmacy = કોઈ પણ ફાર્મસીમાં જાઓ અથવા ફોન કરો. પહેલાંથી સમય લેવાની જરૂર નથી.
contact-link-worker = તમારી GP પ્રેક્ટિસને કહો કે તેઓ તમારો સંપર્ક કોઈ લિંક વર્કર સાથે કરાવે.
contact-patient-advice = હોસ્પિટલની દર્દી સલાહ ટીમ સાથે વાત કરવાનું કહો. જ્યારે કંઈક ખોટું થાય, ત્યારે તેઓ મદદ કરે છે.
contact-nhs-111 = NHS 111 ને ફોન કરો, દિવસે કે રાત્રે, અથવા 111.nhs.uk પર જાઓ.
contact-self-referral = સેવાનો જાતે સંપર્ક કરો, ઓનલાઇન અથવા ફોનથી. NHS ની વેબસાઇટ પર તેને શોધો, અથવા તમારી GP પ્રેક્ટિસને પૂછો કે તેનો સંપર્ક કેવી રીતે કરવો.
contact-mental-health-team = તમારી સંભાળ યોજના (care plan) માં આપેલો ફોન નંબર વાપરો. ક્રાઇસિસમાં (ગંભીર માનસિક તકલીફ વખતે), NHS 111 ને ફોન કરો અને માનસિક આરોગ્ય માટેનો વિકલ્પ પસંદ કરો.
contact-private-clinic = પ્રાઇવેટ ક્લિનિકનો સંપર્ક કરો. તેમની વિગતો તમારા પત્ર અથવા બિલ પર છે.
contact-urgent-care = તમે જે A&E અથવા અર્જન્ટ ટ્રીટમેન્ટ સેન્ટર (urgent treatment centre) માં ગયા હતા, ત્યાં ફોન કરો. નંબર તમને મળેલી સલાહની શીટ (advice sheet) પર છે. અથવા હોસ્પિટલના મુખ્ય નંબર પર ફોન કરો.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = { $service } ને { $phone } પર ફોન કરો.
contact-local-other = { $service } નો સંપર્ક કરો.
contact-local-hours = ફોન આ સમયે ઉપાડવામાં આવે છે: { $hours }
contact-local-website = તેમનું વેબ પેજ: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = ક્લિનિકનો પત્ર તમારા GP પાસે ક્યારે પહોંચે
timing-discharge-summary = ડિસ્ચાર્જ સારાંશ (હોસ્પિટલમાંથી રજાનો પત્ર) તમારા GP પાસે ક્યારે પહોંચે
timing-cancer-diagnosis = કેન્સર છે કે નહીં, તે NHS તમને ક્યાં સુધીમાં જણાવવાનો પ્રયત્ન કરે છે
timing-cancelled-operation = જે દિવસે ઓપરેશન હતું તે જ દિવસે તે રદ થાય, તો તમને નવી તારીખ ક્યાં સુધીમાં મળવી જોઈએ
# Gujarati plural categories (CLDR): one (0 and 1), other. Word order: "<from> પછી <limit> <unit>ની અંદર".
# After "ની અંદર" the noun has the same form for one and other; both variants are kept anyway.
timing-within = { $from ->
        [appointment] તમારી ક્લિનિકની મુલાકાત
        [discharge] હોસ્પિટલમાંથી નીકળ્યા
        [referral] રેફરલ
       *[cancellation] તે રદ થયું તે દિવસ
    } પછી { $limit } { $unit ->
        [hours] { $limit ->
            [one] કલાકની
           *[other] કલાકની
        }
        [days] { $limit ->
            [one] દિવસની
           *[other] દિવસની
        }
        [months] { $limit ->
            [one] મહિનાની
           *[other] મહિનાની
        }
       *[weeks] { $limit ->
            [one] અઠવાડિયાની
           *[other] અઠવાડિયાની
        }
    } અંદર.

# A date such as 21 નવેમ્બર 2026.
date = { $day } { $month ->
        [1] જાન્યુઆરી
        [2] ફેબ્રુઆરી
        [3] માર્ચ
        [4] એપ્રિલ
        [5] મે
        [6] જૂન
        [7] જુલાઈ
        [8] ઑગસ્ટ
        [9] સપ્ટેમ્બર
        [10] ઑક્ટોબર
        [11] નવેમ્બર
       *[12] ડિસેમ્બર
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = તમારી વિગતો
details-service = આ શેના વિશે છે: { $service }
details-expect-by = તમને { $date } સુધીમાં જાણ થવી જોઈએ.
details-phone = જો તમને જાણ ન થઈ હોય, અથવા તમારે કોઈ પ્રશ્ન પૂછવો હોય, તો { $phone } પર ફોન કરો.
details-web = તમે { $web } પર પણ જઈ શકો છો.
details-broken = તમારી લિંકમાંની કેટલીક વિગતો વાપરી શકાઈ નથી. આ પાનાની બાકીની માહિતી હજી પણ તમારા માટે સાચી છે.

# The Listen button on a journey page (it reads the page aloud).
listen = આ પાનું સાંભળો
listen-stop = વાંચવાનું બંધ કરો

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = આ પાનું ફરીથી ખોલવા માટે, તમારા ફોનના કેમેરાથી આ કોડ સ્કેન કરો.

# Desk mode: a reception screen turned to the patient.
desk-title = તમારી ભાષા પસંદ કરો
desk-journeys = તમને લાગુ પડતું હોય તે પસંદ કરો
desk-take-home = આ પાનું તમારી સાથે લઈ જાઓ: તમારા ફોનનો કેમેરા આ કોડ તરફ રાખો.
desk-start-again = ફરીથી શરૂ કરો

# The link maker, for staff at a GP practice or hospital.
make-link-title = દર્દી માટે લિંક બનાવો
make-link-intro = માર્ગદર્શિકા અને દર્દીની ભાષા પસંદ કરો. તમે તેમની વિગતો ઉમેરી શકો છો. તમે જે લખો છો તે આ ડિવાઇસ પર જ રહે છે.
make-link-journey = માર્ગદર્શિકા
make-link-language = દર્દીની ભાષા
make-link-service = સેવા અથવા ક્લિનિક (જો તમે ઇચ્છો તો)
make-link-start = રેફરલ, ટેસ્ટ અથવા હોસ્પિટલમાંથી રજાની તારીખ (જો તમે ઇચ્છો તો)
make-link-wait = તેમને કેટલા સમયમાં જાણ થવી જોઈએ (જો તમે ઇચ્છો તો)
make-link-wait-days = દિવસ
make-link-wait-weeks = અઠવાડિયાં
make-link-wait-months = મહિના
make-link-phone = ટીમનો ફોન નંબર (જો તમે ઇચ્છો તો)
make-link-web = ટીમનું વેબ પેજ (જો તમે ઇચ્છો તો)
make-link-bad-phone = આ UK નો ફોન નંબર લાગતો નથી, તેથી તે લિંકમાં નથી.
make-link-bad-web = https થી શરૂ થતું વેબ પેજ વાપરો. આ વેબ પેજ લિંકમાં નથી.
make-link-link = લિંક
make-link-message = ટેક્સ્ટ મેસેજ
make-link-characters = અક્ષરો અને ખાલી જગ્યાઓ
make-link-segments = આ કેટલા ટેક્સ્ટ મેસેજમાં જશે
make-link-unicode = આ મેસેજમાં એવા અક્ષરો છે જે મૂળ સેટમાં નથી, તેથી દરેક ટેક્સ્ટ મેસેજમાં ઓછા અક્ષરો સમાય છે.
make-link-copy = કૉપિ કરો
make-link-copied = કૉપિ થઈ ગયું
make-link-qr = આ લિંકનો QR કોડ
make-link-print = પ્રિન્ટ કરો
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: હવે પછી શું થશે, અને કોનો સંપર્ક કરવો: { $link }
sms-message-short = હવે પછી શું થશે, અને કોનો સંપર્ક કરવો: { $link }

not-found-title = અમને તે પાનું મળતું નથી
not-found-body = કદાચ લિંક ખોટી અથવા જૂની છે. અહીં અમારી બધી માર્ગદર્શિકાઓ છે. તમને લાગુ પડતી માર્ગદર્શિકા પસંદ કરો.
not-found-offline = આ ફોનમાં અત્યારે ઇન્ટરનેટ નથી, અને આ પાનું હજી ફોનમાં સાચવેલું નથી. ઇન્ટરનેટ પાછું આવે ત્યારે લિંક ફરી ખોલો. તમે પહેલાં ખોલેલી માર્ગદર્શિકાઓ હજી ચાલે છે.

unknown-language = અમારી પાસે હજી આ ભાષા નથી, તેથી આ પાનું અંગ્રેજીમાં છે.

# The language picker on every page.
language-picker-label = તમારી ભાષા પસંદ કરો
with-english-link = દરેક ભાગ નીચે અંગ્રેજી લખાણ સાથે આ માર્ગદર્શિકા વાંચો
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = આ અનુવાદ હજી તપાસવામાં આવ્યો નથી. જો કંઈ સ્પષ્ટ ન હોય, તો દુભાષિયા (ઇન્ટરપ્રિટર) માટે પૂછો. તે મફત છે.
translation-checked = લાયકાત ધરાવતા અનુવાદકોએ { $date } ના રોજ આ અનુવાદ તપાસ્યો. જો કંઈ સ્પષ્ટ ન હોય, તો દુભાષિયા (ઇન્ટરપ્રિટર) માટે પૂછો. તે મફત છે.

footer-make-link = સ્ટાફ માટે: દર્દી માટે લિંક બનાવો
footer-embed = સ્ટાફ માટે: આ માર્ગદર્શિકાઓ તમારી વેબસાઇટ પર મૂકો
footer-not-nhs = આ માર્ગદર્શિકા NHS દ્વારા બનાવવામાં આવી નથી. તે સમજાવે છે કે NHS ની સેવાઓ સામાન્ય રીતે સાથે મળીને કેવી રીતે કામ કરે છે.
footer-privacy = તમે અહીં જે કંઈ કરો છો તે ક્યાંય મોકલવામાં આવતું નથી, અને તમારા વિશે કંઈ પણ સાચવવામાં આવતું નથી.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = માફ કરશો, આ પાના પર કંઈક ખોટું થયું
panic-body = આ પાના પર તમે જે જુઓ છો તે હજી પણ સાચું છે. જો તે ખોટું લાગે, તો પાનું ફરીથી લોડ કરો.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = તમારા વિસ્તારની યાદીમાંથી કોઈ સેવા પસંદ કરો
make-link-pick-none = કોઈ નહીં: હું વિગતો જાતે લખીશ
config-none = આ સાઇટ પર કોઈ સ્થાનિક સંપર્ક વિગતો નથી, તેથી દરેક પગલા પર સામાન્ય સલાહ બતાવાય છે. તમારા વિસ્તારની સેવાઓ ઉમેરવા માટે, README જુઓ.
config-loaded = આ સાઇટ { $area } માટેની સંપર્ક વિગતો બતાવે છે.
config-problems-title = કેટલીક સ્થાનિક સંપર્ક વિગતો સુધારવાની જરૂર છે
config-problems-intro = દર્દીઓ પર કોઈ અસર થતી નથી: તેઓ છેલ્લા સાચા બિલ્ડની વિગતો, અથવા સામાન્ય સલાહ જુએ છે. આ ભૂલો સુધારો, પછી સાઇટ ફરીથી બિલ્ડ કરો.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: અહીં ફાઇલ બરાબર લખાયેલી નથી. ક્યાંક અલ્પવિરામ (કોમા), અવતરણ ચિહ્ન અથવા કૌંસ ખૂટે છે કે નહીં તે જુઓ.
config-problem-unknown-field = { $field }: આ કોઈ જાણીતું ફીલ્ડ (field) નથી. જોડણી તપાસો.
config-problem-missing-field = { $field }: આ ભરવું જરૂરી છે.
config-problem-wrong-type = { $field }: આ ખોટા પ્રકારની કિંમત છે, ઉદાહરણ તરીકે જ્યાં શબ્દો હોવા જોઈએ ત્યાં નંબર.
config-problem-version = { $field }: આ 1 હોવું જોઈએ.
config-problem-empty = { $field }: આ ખાલી છે.
config-problem-too-long = { $field }: આ ખૂબ લાંબું છે. તેને 120 અક્ષરોથી ઓછું રાખો.
config-problem-hidden-characters = { $field }: આમાં છુપાયેલા અક્ષરો છે, જે તે કેવી રીતે વંચાય છે તે બદલી શકે છે. તેને ફરીથી લખો.
config-problem-bad-id = { $field }: ફક્ત નાના અંગ્રેજી અક્ષરો (a-z), નંબરો અને ડૅશ વાપરો, જેમ કે skin-team.
config-problem-duplicate-id = { $field }: આ id બે સેવાઓને આપવામાં આવી છે.
config-problem-bad-phone = { $field }: આ UK નો ફોન નંબર નથી. તેને 020 7946 0000 ની જેમ લખો.
config-problem-not-https = { $field }: વેબ પેજ https થી શરૂ થવું જોઈએ, http થી નહીં.
config-problem-bad-website = { $field }: આ વેબ સરનામું નથી. તેને https://hospital.example/clinic ની જેમ લખો.
config-problem-unknown-journey = { $field }: આ નામની કોઈ માર્ગદર્શિકા નથી.
config-problem-unknown-contact = { $field }: અમે સંપર્કના આ પ્રકારને ઓળખતા નથી. અમે જાણીએ છીએ એવો પ્રકાર વાપરો, જેમ કે hospital-team.
config-problem-unknown-service = { $field }: યાદીમાં કોઈ પણ સેવાની આ id નથી.
config-problem-unknown-language = { $field }: અમારી પાસે આ ભાષા નથી.
config-problem-missing-english = { $field }: શબ્દો અંગ્રેજીમાં પણ, en-GB તરીકે, આપવા જરૂરી છે.

# Staff: put the guides on a practice's website.
embed-title = આ માર્ગદર્શિકાઓ તમારી વેબસાઇટ પર મૂકો
embed-intro = શું બતાવવું તે પસંદ કરો, પછી કોડ કૉપિ કરીને તમારા વેબ પેજમાં મૂકો. માર્ગદર્શિકાઓ તમારા પેજની અંદર દેખાય છે. તમારી વેબસાઇટ પર આવનારા લોકો વિશે કંઈ પણ ક્યાંય મોકલવામાં આવતું નથી.
embed-journey = બતાવવાની માર્ગદર્શિકા
embed-all-guides = બધી માર્ગદર્શિકાઓ, યાદી તરીકે
embed-language = તે કઈ ભાષામાં ખૂલે
embed-accent = તમારી વેબસાઇટનો મુખ્ય રંગ (જો તમે ઇચ્છો તો)
embed-accent-hint = એક # અને તેના પછી છ અક્ષરો અથવા નંબરો, જેમ કે #00703c.
embed-accent-bad = આ રંગનો કોડ નથી. તેને #00703c ની જેમ લખો.
embed-accent-low-contrast = આ રંગ એટલો આછો છે કે હળવા રંગના પાના પર સહેલાઈથી વાંચી શકાતો નથી. તેનો કોન્ટ્રાસ્ટ { $ratio }:1 છે, અને ઓછામાં ઓછો 4.5:1 જોઈએ. વધુ ઘેરો રંગ પસંદ કરો. ત્યાં સુધી માર્ગદર્શિકા પોતાનો વાદળી રંગ જ રાખશે.
embed-list = અંતમાં બીજી માર્ગદર્શિકાઓની યાદી બતાવો
embed-code = તમારા વેબ પેજ માટેનો કોડ
embed-copy = કોડ કૉપિ કરો
embed-copied = કૉપિ થઈ ગયું
embed-preview = તે કેવું દેખાશે
embed-hosting = આ કોડ એવી કોઈ પણ વેબસાઇટ પર કામ કરે છે જે તમને ફ્રેમ (frame) ઉમેરવા દે. તેને કોઈ એકાઉન્ટની જરૂર નથી, અને તે કોઈ કૂકીઝ સેટ કરતો નથી.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = એક નજરે પગલાં
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = વાંચવામાં સરળ આવૃત્તિ
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = વાંચવામાં સરળ આવૃત્તિ (અંગ્રેજીમાં)
