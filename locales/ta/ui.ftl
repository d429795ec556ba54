# Words used on every page: the frame around the journeys.

site-name = அடுத்து என்ன?
site-tagline = உங்கள் சிகிச்சை உங்கள் GP மருத்துவருக்கும் (குடும்ப மருத்துவர்) மருத்துவமனைக்கும் இடையே மாறும்போது, யார் என்ன செய்கிறார்கள்.
skip-to-content = முதன்மைப் பகுதிக்குச் செல்லுங்கள்
home-link = எல்லா வழிகாட்டிகளும்

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = இப்போதே உதவி தேவையா?
safety-emergency = அவசரநிலையில், { -emergency-number } எண்ணை அழையுங்கள்.
safety-urgent = { $audience ->
        [parent] உங்களுக்கோ உங்கள் பிள்ளைக்கோ உடல்நலம் சரியில்லாமல், என்ன செய்வது என்று உறுதியாகத் தெரியாவிட்டால், { -urgent-number } எண்ணையோ உங்கள் GP மருத்துவ நிலையத்தையோ அழையுங்கள்.
       *[other] உங்களுக்கு உடல்நலம் சரியில்லாமல், என்ன செய்வது என்று உறுதியாகத் தெரியாவிட்டால், { -urgent-number } எண்ணையோ உங்கள் GP மருத்துவ நிலையத்தையோ அழையுங்கள்.
    }
safety-online = அல்லது இணையத்தில் 111.nhs.uk தளத்திற்குச் செல்லுங்கள்.
safety-mental-health = மனநல நெருக்கடியில், { -urgent-number } எண்ணை அழைத்து, மனநல உதவிக்கான தெரிவைத் தேர்ந்தெடுங்கள்.
safety-deaf = நீங்கள் காது கேளாதவர் என்றால், Relay UK மூலம் 18001 111 எண்ணை அழையுங்கள், அல்லது NHS 111, 999 ஆகியவற்றின் BSL (பிரிட்டிஷ் சைகை மொழி) சேவைகளைப் பயன்படுத்துங்கள்.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = இந்த வழிகாட்டிகள் இங்கிலாந்தில் உள்ள NHS சேவைகளைப் பற்றியவை. வேல்ஸ், ஸ்காட்லாந்து, வட அயர்லாந்து ஆகிய இடங்களில் சில விஷயங்கள் வேறு விதமாக நடக்கின்றன.

home-title = உங்கள் சிகிச்சையில் அடுத்து என்ன நடக்கும்?
home-intro = உங்களுக்குப் பொருந்தும் வழிகாட்டியைத் தேர்ந்தெடுங்கள். ஒவ்வொரு படியையும் யார் செய்கிறார்கள், அவர்களை எப்படித் தொடர்புகொள்வது என்று ஒவ்வொரு வழிகாட்டியும் சொல்கிறது.

# The search box on the home page.
search-label = வழிகாட்டிகளில் தேடுங்கள்
search-hint = உதாரணமாக: இரத்தப் பரிசோதனை, நோய்ச் சான்று, மருந்துச் சீட்டு.
search-results = { $count ->
        [0] எந்த வழிகாட்டியும் பொருந்தவில்லை. வேறு சொற்களை முயலுங்கள், அல்லது கீழே உள்ள பட்டியலிலிருந்து தேர்ந்தெடுங்கள்.
        [one] 1 வழிகாட்டி பொருந்துகிறது.
       *[other] { $count } வழிகாட்டிகள் பொருந்துகின்றன.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = ஒரு மற்றும் அல்லது நான் என் எனது என்னை எனக்கு என்னுடைய நாங்கள் நாம் நீங்கள் உங்கள் உங்களுக்கு உங்களை இது அது இந்த அந்த இதை அதை என்ன எப்படி எப்போது யார் ஏன் எங்கே எந்த உள்ளது உள்ளன இருக்கிறது இருக்கிறேன் இருந்தது வேண்டும் செய்வது செய்ய செய்வேன் பற்றி பற்றிய போது பிறகு முன் கூட ஆனால் இல்லை ஆம் a an and the my i me is am are was to for of in on at do does did how what when who why can will with about from it this that have has had be been get got your you

# Group headings on the home page: the question people start from.
topic-referred = நான் பரிந்துரைக்கப்பட்டுள்ளேன்
topic-waiting = நான் காத்திருக்கிறேன்
topic-test = நான் ஒரு பரிசோதனை செய்துகொண்டேன்
topic-after-appointment = நான் மருத்துவமனைச் சந்திப்புக்குச் சென்று வந்தேன்
topic-leaving-hospital = நான் மருத்துவமனையிலிருந்து வீடு செல்கிறேன்
topic-medicines-fit-notes = மருந்துகளும் வேலைத் தகுதிச் சான்றுகளும் (fit notes)
topic-child = இது என் பிள்ளையைப் பற்றியது
topic-mental-health = இது என் மனநலத்தைப் பற்றியது
topic-gp-practice = என் GP மருத்துவ நிலையம் மூலமோ, அது இல்லாமலோ உதவி பெறுதல்

journey-steps-heading = படிப்படியாக என்ன நடக்கும்
# Under a guide shown inside a practice's website.
journey-more-guides = எங்கள் மேலும் சில வழிகாட்டிகள்
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = இந்தப் பக்கத்தை { $date } அன்று பொதுத் தகவல் மூலங்களிலிருந்து எழுதினோம். ஒரு மருத்துவப் பணியாளர் இதை இன்னும் சரிபார்க்கவில்லை.
journey-reviewed = { $reviewer } என்ற மருத்துவப் பணியாளர் இந்தப் பக்கத்தை { $date } அன்று சரிபார்த்தார்.
step-number = படி { $number }
step-who = இதை யார் செய்கிறார்கள்
step-contact = அவர்களை எப்படித் தொடர்புகொள்வது
step-if-not = இது நடக்காவிட்டால்
step-ask = நீங்கள் கேட்கக்கூடிய கேள்விகள்

# Who is responsible for a step.
who-gp-practice = உங்கள் GP மருத்துவ நிலையம்
who-hospital-team = மருத்துவமனைக் குழு
who-patient-or-parent = { $audience ->
        [parent] நீங்கள், பெற்றோர் அல்லது பராமரிப்பாளர்
       *[other] நீங்கள்
    }
who-pharmacy = உங்களுக்கு அருகிலுள்ள ஒரு மருந்தகம்
who-nhs-111 = NHS 111
who-mental-health-team = மனநலக் குழு
who-private-clinic = தனியார் கிளினிக்
who-other = வேறு ஒருவர்: யார் என்று அந்தப் படி சொல்கிறது

# How to reach whoever is responsible.
contact-hospital-team = மருத்துவமனைக் குழுவை அழையுங்கள். அவர்களின் தொலைபேசி எண் உங்கள் கடிதத்திலோ குறுஞ்செய்தியிலோ உள்ளது.
contact-referral-booking = உங்கள் குறுஞ்செய்தியிலோ மின்னஞ்சலிலோ உள்ள இணைப்பைப் பயன்படுத்துங்கள், அல்லது உங்கள் கடிதத்தில் உள்ள எண்ணை அழையுங்கள்.
contact-gp-practice = உங்கள் GP மருத்துவ நிலையத்தை அழையுங்கள், அதன் இணையப் படிவத்தைப் பயன்படுத்துங்கள், அல்லது வரவேற்பு மேசைக்கு நேரில் செல்லுங்கள்.
contact-hospital-ward = நீங்கள் புறப்படுவதற்கு முன் வார்டு ஊழியர்களிடம் கேளுங்கள். அதன் பிறகு, வார்டிலிருந்து வந்த உங்கள் கடிதத்தில் உள்ள எண்ணை அழையுங்கள்.
contact-test-requester = பரிசோதனையைக் கேட்ட குழுவைத் தொடர்புகொள்ளுங்கள். அவர்களின் விவரங்கள் உங்கள் கடிதத்திலோ படிவத்திலோ உள்ளன.
contact-pharmacy = எந்த மருந்தகத்திற்கும் நேரில் செல்லுங்கள், அல்லது அழையுங்கள். முன்பதிவு செய்யத் தேவையில்லை.
contact-link-worker = ஒரு இணைப்புப் பணியாளருடன் (link worker) உங்களைத் தொடர்புபடுத்தும்படி உங்கள் GP மருத்துவ நிலையத்திடம் கேளுங்கள்.
contact-patient-advice = மருத்துவமனையின் நோயாளி ஆலோசனைக் குழுவைக் கேளுங்கள். ஏதாவது தவறாகப் போகும்போது அவர்கள் உதவுவார்கள்.
contact-nhs-111 = இரவோ பகலோ NHS 111 எண்ணை அழையுங்கள், அல்லது 111.nhs.uk தளத்திற்குச் செல்லுங்கள்.
contact-self-referral = அந்தச் சேவையை நீங்களே இணையம் மூலமோ தொலைபேசி மூலமோ தொடர்புகொள்ளுங்கள். NHS website (NHS இணையதளம்) தளத்தில் அதைத் தேடுங்கள், அல்லது அதை எப்படித் தொடர்புகொள்வது என்று உங்கள் GP மருத்துவ நிலையத்திடம் கேளுங்கள்.
contact-mental-health-team = உங்கள் பராமரிப்புத் திட்டத்தில் உள்ள தொலைபேசி எண்ணைப் பயன்படுத்துங்கள். நெருக்கடியில், NHS 111 எண்ணை அழைத்து, மனநல உதவிக்கான தெரிவைத் தேர்ந்தெடுங்கள்.
contact-private-clinic = தனியார் கிளினிக்கைத் தொடர்புகொள்ளுங்கள். அவர்களின் விவரங்கள் உங்கள் கடிதத்திலோ கட்டணச் சீட்டிலோ உள்ளன.
contact-urgent-care = நீங்கள் சென்ற A&E (விபத்து மற்றும் அவசரப் பிரிவு) அல்லது அவசர சிகிச்சை மையத்தை அழையுங்கள். எண் உங்கள் ஆலோசனைத் தாளில் உள்ளது. அல்லது மருத்துவமனையின் முதன்மை எண்ணை அழையுங்கள்.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = { $service } சேவையை { $phone } என்ற எண்ணில் அழையுங்கள்.
contact-local-other = { $service } சேவையைத் தொடர்புகொள்ளுங்கள்.
contact-local-hours = தொலைபேசிக்குப் பதில் அளிக்கும் நேரம்: { $hours }
contact-local-website = அவர்களின் இணையப் பக்கம்: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = கிளினிக் கடிதம் உங்கள் GP மருத்துவருக்குப் போய்ச் சேர வேண்டிய நேரம்
timing-discharge-summary = வெளியேற்றச் சுருக்கம் (discharge summary) உங்கள் GP மருத்துவருக்குப் போய்ச் சேர வேண்டிய நேரம்
timing-cancer-diagnosis = உங்களுக்குப் புற்றுநோய் உள்ளதா இல்லையா என்று சொல்ல NHS இலக்கு வைத்துள்ள நேரம்
timing-cancelled-operation = அன்றைய நாளிலேயே ரத்து செய்யப்பட்ட அறுவை சிகிச்சைக்கு நீங்கள் புதிய தேதி பெற வேண்டிய நேரம்
timing-within = { $from ->
        [appointment] உங்கள் கிளினிக் சந்திப்பிலிருந்து
        [discharge] நீங்கள் மருத்துவமனையிலிருந்து வெளியேறியதிலிருந்து
        [referral] பரிந்துரை செய்யப்பட்டதிலிருந்து
       *[cancellation] அது ரத்து செய்யப்பட்ட நாளிலிருந்து
    } { $limit } { $unit ->
        [hours] { $limit ->
            [one] மணி நேரத்திற்குள்
           *[other] மணி நேரத்திற்குள்
        }
        [days] { $limit ->
            [one] நாளுக்குள்
           *[other] நாட்களுக்குள்
        }
        [months] { $limit ->
            [one] மாதத்திற்குள்
           *[other] மாதங்களுக்குள்
        }
       *[weeks] { $limit ->
            [one] வாரத்திற்குள்
           *[other] வாரங்களுக்குள்
        }
    }.

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] ஜனவரி
        [2] பிப்ரவரி
        [3] மார்ச்
        [4] ஏப்ரல்
        [5] மே
        [6] ஜூன்
        [7] ஜூலை
        [8] ஆகஸ்ட்
        [9] செப்டம்பர்
        [10] அக்டோபர்
        [11] நவம்பர்
       *[12] டிசம்பர்
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = உங்கள் விவரங்கள்
details-service = இது இதைப் பற்றியது: { $service }
details-expect-by = { $date } தேதிக்குள் உங்களுக்குத் தகவல் வர வேண்டும்.
details-phone = உங்களுக்குத் தகவல் வராவிட்டால், அல்லது உங்களிடம் ஒரு கேள்வி இருந்தால், { $phone } எண்ணை அழையுங்கள்.
details-web = நீங்கள் { $web } தளத்திற்கும் செல்லலாம்.
details-broken = உங்கள் இணைப்பில் உள்ள சில விவரங்களைப் பயன்படுத்த முடியவில்லை. இந்தப் பக்கத்தின் மற்ற பகுதி இன்னும் உங்களுக்குச் சரியானதே.

# The Listen button on a journey page (it reads the page aloud).
listen = இந்தப் பக்கத்தைக் கேளுங்கள்
listen-stop = வாசிப்பதை நிறுத்துங்கள்

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = இந்தப் பக்கத்தை மீண்டும் திறக்க, உங்கள் தொலைபேசி கேமராவால் இந்தக் குறியீட்டை ஸ்கேன் செய்யுங்கள்.

# Desk mode: a reception screen turned to the patient.
desk-title = உங்கள் மொழியைத் தேர்ந்தெடுங்கள்
desk-journeys = உங்களுக்குப் பொருந்துவதைத் தேர்ந்தெடுங்கள்
desk-take-home = இந்தப் பக்கத்தை உங்களுடன் எடுத்துச் செல்லுங்கள்: உங்கள் தொலைபேசி கேமராவை இந்தக் குறியீட்டை நோக்கிக் காட்டுங்கள்.
desk-start-again = மீண்டும் தொடங்குங்கள்

# The link maker, for staff at a GP practice or hospital.
make-link-title = ஒரு நோயாளிக்கான இணைப்பை உருவாக்குங்கள்
make-link-intro = வழிகாட்டியையும் நோயாளியின் மொழியையும் தேர்ந்தெடுங்கள். அவர்களின் விவரங்களையும் சேர்க்கலாம். நீங்கள் தட்டச்சு செய்வது இந்தச் சாதனத்திலேயே இருக்கும்.
make-link-journey = வழிகாட்டி
make-link-language = நோயாளியின் மொழி
make-link-service = சேவை அல்லது கிளினிக் (விரும்பினால்)
make-link-start = பரிந்துரை, பரிசோதனை அல்லது மருத்துவமனையிலிருந்து வெளியேறிய தேதி (விரும்பினால்)
make-link-wait = எவ்வளவு காலத்திற்குள் அவர்களுக்குத் தகவல் வர வேண்டும் (விரும்பினால்)
make-link-wait-days = நாட்கள்
make-link-wait-weeks = வாரங்கள்
make-link-wait-months = மாதங்கள்
make-link-phone = குழுவின் தொலைபேசி எண் (விரும்பினால்)
make-link-web = குழுவின் இணையப் பக்கம் (விரும்பினால்)
make-link-bad-phone = இது UK தொலைபேசி எண் போலத் தெரியவில்லை, எனவே இது இணைப்பில் சேர்க்கப்படவில்லை.
make-link-bad-web = https என்று தொடங்கும் இணையப் பக்கத்தைப் பயன்படுத்துங்கள். இது இணைப்பில் சேர்க்கப்படவில்லை.
make-link-link = இணைப்பு
make-link-message = குறுஞ்செய்தி
make-link-characters = எழுத்துகளும் இடைவெளிகளும்
make-link-segments = இதற்குத் தேவைப்படும் குறுஞ்செய்திகள்
make-link-unicode = இந்தச் செய்தியில் அடிப்படைத் தொகுப்பில் இல்லாத எழுத்துகள் உள்ளன, எனவே ஒவ்வொரு குறுஞ்செய்தியிலும் குறைவான எழுத்துகளே அடங்கும்.
make-link-copy = நகலெடுங்கள்
make-link-copied = நகலெடுக்கப்பட்டது
make-link-qr = இந்த இணைப்புக்கான QR குறியீடு
make-link-print = அச்சிடுங்கள்
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: அடுத்து என்ன நடக்கும், யாரைத் தொடர்புகொள்வது: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = அடுத்து என்ன நடக்கும், யாரைத் தொடர்புகொள்வது: { $link }

not-found-title = அந்தப் பக்கத்தைக் கண்டுபிடிக்க முடியவில்லை
not-found-body = இணைப்பு தவறாகவோ பழையதாகவோ இருக்கலாம். எங்கள் எல்லா வழிகாட்டிகளும் இங்கே உள்ளன. உங்களுக்குப் பொருந்துவதைத் தேர்ந்தெடுங்கள்.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = இந்தத் தொலைபேசியில் இப்போது இணையம் இல்லை, இந்தப் பக்கம் இதில் இன்னும் சேமிக்கப்படவில்லை. நீங்கள் இணையத்தில் இருக்கும்போது இணைப்பை மீண்டும் முயலுங்கள். நீங்கள் முன்பு திறந்த வழிகாட்டிகள் இன்னும் வேலை செய்யும்.

unknown-language = எங்களிடம் அந்த மொழி இன்னும் இல்லை, எனவே இந்தப் பக்கம் ஆங்கிலத்தில் உள்ளது.

# The language picker on every page.
language-picker-label = உங்கள் மொழியைத் தேர்ந்தெடுங்கள்
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = இந்த வழிகாட்டியை, ஒவ்வொரு பகுதியின் கீழும் ஆங்கிலத்துடன் சேர்த்துப் படியுங்கள்
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = இந்த மொழிபெயர்ப்பு இன்னும் சரிபார்க்கப்படவில்லை. ஏதாவது புரியாவிட்டால், ஒரு மொழிபெயர்ப்பாளர் (interpreter) வேண்டும் என்று கேளுங்கள். இது இலவசம்.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = தகுதியுள்ள மொழிபெயர்ப்பாளர்கள் இந்த மொழிபெயர்ப்பை { $date } அன்று சரிபார்த்தார்கள். ஏதாவது புரியாவிட்டால், ஒரு மொழிபெயர்ப்பாளர் (interpreter) வேண்டும் என்று கேளுங்கள். இது இலவசம்.

footer-make-link = ஊழியர்களுக்கு: ஒரு நோயாளிக்கான இணைப்பை உருவாக்குங்கள்
footer-embed = ஊழியர்களுக்கு: இந்த வழிகாட்டிகளை உங்கள் இணையதளத்தில் சேருங்கள்
footer-not-nhs = இந்த வழிகாட்டி NHS ஆல் உருவாக்கப்படவில்லை. பெரும்பாலான நேரங்களில் NHS சேவைகள் எப்படி ஒன்றாகச் செயல்படுகின்றன என்று இது சொல்கிறது.
footer-privacy = நீங்கள் இங்கே செய்யும் எதுவும் எங்கும் அனுப்பப்படுவதில்லை. உங்களைப் பற்றி எதுவும் சேமிக்கப்படுவதும் இல்லை.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = மன்னிக்கவும், இந்தப் பக்கத்தில் ஏதோ தவறு நடந்துவிட்டது
panic-body = இந்தப் பக்கத்தில் நீங்கள் பார்ப்பது இன்னும் சரியானதே. அது தவறாகத் தெரிந்தால், பக்கத்தை மீண்டும் ஏற்றுங்கள்.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = உங்கள் பகுதியின் பட்டியலிலிருந்து ஒரு சேவையைத் தேர்ந்தெடுங்கள்
make-link-pick-none = எதுவுமில்லை: நான் விவரங்களைத் தட்டச்சு செய்வேன்
config-none = இந்தத் தளத்தில் உள்ளூர் தொடர்பு விவரங்கள் இல்லை, எனவே ஒவ்வொரு படியும் பொதுவான ஆலோசனையைத் தருகிறது. உங்கள் பகுதியின் சேவைகளைச் சேர்க்க, README கோப்பைப் பாருங்கள்.
config-loaded = இந்தத் தளம் { $area } பகுதிக்கான தொடர்பு விவரங்களைக் காட்டுகிறது.
config-problems-title = சில உள்ளூர் தொடர்பு விவரங்களைச் சரிசெய்ய வேண்டும்
config-problems-intro = நோயாளிகள் பாதிக்கப்படுவதில்லை: கடைசியாகச் சரியாக உருவான பதிப்பின் விவரங்களையோ பொதுவான ஆலோசனையையோ அவர்கள் பார்க்கிறார்கள். இவற்றைச் சரிசெய்து, பின்னர் தளத்தை மீண்டும் உருவாக்குங்கள் (build).
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: இங்கே கோப்பு சரியாக எழுதப்படவில்லை. விடுபட்ட காற்புள்ளி, மேற்கோள் குறி அல்லது அடைப்புக்குறி உள்ளதா என்று பாருங்கள்.
config-problem-unknown-field = { $field }: இது எங்களுக்குத் தெரிந்த புலம் (field) அல்ல. எழுத்துக்கூட்டலைச் சரிபாருங்கள்.
config-problem-missing-field = { $field }: இது நிரப்பப்பட வேண்டும்.
config-problem-wrong-type = { $field }: இது தவறான வகை மதிப்பு, உதாரணமாக சொற்கள் இருக்க வேண்டிய இடத்தில் ஒரு எண்.
config-problem-version = { $field }: இது 1 ஆக இருக்க வேண்டும்.
config-problem-empty = { $field }: இது காலியாக உள்ளது.
config-problem-too-long = { $field }: இது மிக நீளமாக உள்ளது. 120 எழுத்துகளுக்குள் வையுங்கள்.
config-problem-hidden-characters = { $field }: இதில் மறைந்த எழுத்துகள் உள்ளன. அவை இது வாசிக்கப்படும் விதத்தை மாற்றலாம். இதை மீண்டும் தட்டச்சு செய்யுங்கள்.
config-problem-bad-id = { $field }: skin-team போல, சிறிய ஆங்கில எழுத்துகள், எண்கள், இடைக்கோடுகள் மட்டுமே பயன்படுத்துங்கள்.
config-problem-duplicate-id = { $field }: இரண்டு சேவைகளுக்கு இதே id உள்ளது.
config-problem-bad-phone = { $field }: இது UK தொலைபேசி எண் அல்ல. 020 7946 0000 போல எழுதுங்கள்.
config-problem-not-https = { $field }: இணையப் பக்கம் http அல்ல, https என்று தொடங்க வேண்டும்.
config-problem-bad-website = { $field }: இது இணைய முகவரி அல்ல. https://hospital.example/clinic போல எழுதுங்கள்.
config-problem-unknown-journey = { $field }: இந்தப் பெயரில் எந்த வழிகாட்டியும் இல்லை.
config-problem-unknown-contact = { $field }: இது hospital-team போல, எங்களுக்குத் தெரிந்த தொடர்பு வகை அல்ல.
config-problem-unknown-service = { $field }: பட்டியலில் உள்ள எந்தச் சேவைக்கும் இந்த id இல்லை.
config-problem-unknown-language = { $field }: எங்களிடம் இந்த மொழி இல்லை.
config-problem-missing-english = { $field }: சொற்கள் ஆங்கிலத்திலும் (en-GB ஆக) கொடுக்கப்பட வேண்டும்.

# Staff: put the guides on a practice's website.
embed-title = இந்த வழிகாட்டிகளை உங்கள் இணையதளத்தில் சேருங்கள்
embed-intro = எதைக் காட்டுவது என்று தேர்ந்தெடுங்கள். பின்னர் குறியீட்டை நகலெடுத்து உங்கள் இணையப் பக்கத்தில் ஒட்டுங்கள். வழிகாட்டிகள் உங்கள் பக்கத்திற்குள்ளேயே தெரியும். உங்கள் தளத்தைப் பயன்படுத்துபவர்களைப் பற்றி இது எதையும் அனுப்புவதில்லை.
embed-journey = காட்ட வேண்டிய வழிகாட்டி
embed-all-guides = எல்லா வழிகாட்டிகளும், ஒரு பட்டியலாக
embed-language = திறக்கும் மொழி
embed-accent = உங்கள் இணையதளத்தின் முதன்மை நிறம் (விரும்பினால்)
embed-accent-hint = #00703c போல, # குறிக்குப் பின் ஆறு எழுத்துகள் அல்லது எண்கள்.
embed-accent-bad = இது நிறக் குறியீடு அல்ல. #00703c போல எழுதுங்கள்.
embed-accent-low-contrast = இந்த நிறம் வெளிர் பக்கத்தில் படிக்க முடியாத அளவுக்கு வெளிராக உள்ளது. அதன் வேறுபாட்டு அளவு (contrast) { $ratio } க்கு 1. அது 4.5 க்கு 1 ஆக இருக்க வேண்டும். அடர்த்தியான நிறத்தைத் தேர்ந்தெடுங்கள். அதுவரை வழிகாட்டி அதன் சொந்த நீல நிறத்தையே வைத்திருக்கும்.
embed-list = இறுதியில் மற்ற வழிகாட்டிகளின் பட்டியலைக் காட்டுங்கள்
embed-code = உங்கள் இணையப் பக்கத்திற்கான குறியீடு
embed-copy = குறியீட்டை நகலெடுங்கள்
embed-copied = நகலெடுக்கப்பட்டது
embed-preview = இது எப்படித் தெரியும்
embed-hosting = ஒரு frame-ஐச் சேர்க்க அனுமதிக்கும் எந்த இணையதளத்திலும் இந்தக் குறியீடு வேலை செய்யும். இதற்குக் கணக்கு எதுவும் தேவையில்லை. இது cookies எதையும் வைப்பதில்லை.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = படிகள் ஒரே பார்வையில்
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = எளிதாகப் படிக்கக்கூடிய பதிப்பு
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = எளிதாகப் படிக்கக்கூடிய பதிப்பு (ஆங்கிலத்தில்)
