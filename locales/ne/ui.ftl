# Words used on every page: the frame around the journeys.
# (हरेक पेजमा देखिने शब्दहरू।)

site-name = अब के हुन्छ?
site-tagline = तपाईंको हेरचाह GP (पारिवारिक डाक्टर) र अस्पतालको बीचमा सर्दा कसले के गर्छ।
skip-to-content = मुख्य सामग्रीमा जानुहोस्
home-link = सबै गाइडहरू

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = अहिले नै मद्दत चाहिन्छ?
safety-emergency = आपत्कालमा { -emergency-number } मा फोन गर्नुहोस्।
safety-urgent = { $audience ->
        [parent] यदि तपाईंलाई वा तपाईंको बच्चालाई सन्चो छैन र के गर्ने भनेर पक्का थाहा छैन भने, { -urgent-number } मा वा आफ्नो GP प्र्याक्टिसमा फोन गर्नुहोस्।
       *[other] यदि तपाईंलाई सन्चो छैन र के गर्ने भनेर पक्का थाहा छैन भने, { -urgent-number } मा वा आफ्नो GP प्र्याक्टिसमा फोन गर्नुहोस्।
    }
safety-online = वा अनलाइन 111.nhs.uk मा जानुहोस्।
safety-mental-health = मानसिक स्वास्थ्य संकटमा { -urgent-number } मा फोन गर्नुहोस् र मानसिक स्वास्थ्यको विकल्प छान्नुहोस्।
safety-deaf = यदि तपाईं बहिरा हुनुहुन्छ भने, Relay UK मार्फत 18001 111 मा फोन गर्नुहोस्, वा NHS 111 र 999 का BSL (ब्रिटिश साङ्केतिक भाषा) सेवाहरू प्रयोग गर्नुहोस्।
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = यी गाइडहरू इङ्ल्यान्डका NHS (सरकारी स्वास्थ्य सेवा) सेवाहरूबारे हुन्। वेल्स, स्कटल्यान्ड र उत्तरी आयरल्यान्डमा केही कुराहरू अर्कै तरिकाले हुन्छन्।

home-title = तपाईंको हेरचाहमा अब के हुन्छ?
home-intro = तपाईंलाई मिल्ने गाइड छान्नुहोस्। हरेक गाइडले हरेक चरण कसले गर्छ र उनीहरूलाई कसरी सम्पर्क गर्ने भनेर बताउँछ।

# The search box on the home page.
search-label = गाइडहरूमा खोज्नुहोस्
search-hint = जस्तै: रगत जाँच, सिक नोट, प्रेस्क्रिप्सन।
search-results = { $count ->
        [0] कुनै गाइड मिलेन। अरू शब्दहरू प्रयोग गर्नुहोस्, वा तलको सूचीबाट छान्नुहोस्।
        [one] 1 गाइड मिल्छ।
       *[other] { $count } गाइड मिल्छन्।
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = को का की ले लाई मा बाट सँग सम्म र अनि वा पनि छ छन् छु छौं हो हुन् हुन्छ थियो थिए म मेरो मेरा मेरी मलाई मैले हामी हाम्रो तपाईं तपाईंको तपाईंलाई तपाईंले यो यी त्यो ती के कसरी कहिले कसले कसलाई किन कहाँ कुन एक भने कि त होइन छैन गर्ने गर्न गर्नु लागि आफ्नो a an and the my i me is am are was to for of in on at do does did how what when who why can will with about from it this that have has had be been get got your you

# Group headings on the home page: the question people start from.
topic-referred = मलाई रेफर गरिएको छ
topic-waiting = म पर्खिरहेको छु
topic-test = मेरो जाँच भयो
topic-after-appointment = म अस्पतालमा भेट गरेर आएँ
topic-leaving-hospital = म अस्पतालबाट घर जाँदैछु
topic-medicines-fit-notes = औषधि र फिट नोट
topic-child = यो मेरो बच्चाबारे हो
topic-mental-health = यो मेरो मानसिक स्वास्थ्यबारे हो
topic-gp-practice = मेरो GP प्र्याक्टिसबाट, वा त्यसबिना मद्दत पाउने

journey-steps-heading = के हुन्छ, एक-एक चरण गरेर
# Under a guide shown inside a practice's website.
journey-more-guides = हाम्रा अरू गाइडहरू
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = हामीले यो पेज { $date } मा सार्वजनिक स्रोतहरूबाट लेख्यौं। कुनै चिकित्सकले यसलाई अहिलेसम्म जाँचेका छैनन्।
journey-reviewed = { $reviewer } नामका चिकित्सकले यो पेज { $date } मा जाँचे।
step-number = चरण { $number }
step-who = यो कसले गर्छ
step-contact = उनीहरूलाई कसरी सम्पर्क गर्ने
step-if-not = यसो भएन भने
step-ask = तपाईंले सोध्न सक्ने प्रश्नहरू

# Who is responsible for a step.
who-gp-practice = तपाईंको GP प्र्याक्टिस
who-hospital-team = अस्पतालको टोली
who-patient-or-parent = { $audience ->
        [parent] तपाईं, अभिभावक वा हेरचाह गर्ने व्यक्ति
       *[other] तपाईं
    }
who-pharmacy = तपाईंको नजिकैको फार्मेसी
who-nhs-111 = NHS 111
who-mental-health-team = मानसिक स्वास्थ्य टोली
who-private-clinic = निजी क्लिनिक
who-other = अरू कोही: को हो भनेर चरणमा लेखिएको छ

# How to reach whoever is responsible.
contact-hospital-team = अस्पतालको टोलीलाई फोन गर्नुहोस्। उनीहरूको नम्बर तपाईंको पत्र वा टेक्स्ट सन्देशमा छ।
contact-referral-booking = तपाईंको टेक्स्ट सन्देश वा इमेलमा भएको लिंक प्रयोग गर्नुहोस्, वा तपाईंको पत्रमा भएको नम्बरमा फोन गर्नुहोस्।
contact-gp-practice = आफ्नो GP प्र्याक्टिसमा फोन गर्नुहोस्, त्यसको अनलाइन फारम प्रयोग गर्नुहोस्, वा अगाडिको डेस्क (रिसेप्सन) मा जानुहोस्।
contact-hospital-ward = जानुअघि वार्डका कर्मचारीलाई सोध्नुहोस्। त्यसपछि, वार्डबाट पाएको पत्रमा भएको नम्बरमा फोन गर्नुहोस्।
contact-test-requester = जाँच गर्न भन्ने टोलीलाई सम्पर्क गर्नुहोस्। उनीहरूको विवरण तपाईंको पत्र वा फारममा छ।
contact-pharmacy = जुनसुकै फार्मेसीमा जानुहोस् वा फोन गर्नुहोस्। बुक गर्नु पर्दैन।
contact-link-worker = तपाईंलाई लिंक वर्कर (स्थानीय समूह र सेवासँग जोडिदिने व्यक्ति) सँग सम्पर्क गराइदिन आफ्नो GP प्र्याक्टिसलाई भन्नुहोस्।
contact-patient-advice = अस्पतालको बिरामी सल्लाह टोली माग्नुहोस्। केही गडबड हुँदा उनीहरूले मद्दत गर्छन्।
contact-nhs-111 = दिन होस् वा रात, NHS 111 मा फोन गर्नुहोस्, वा 111.nhs.uk मा जानुहोस्।
contact-self-referral = सेवालाई आफैं, अनलाइन वा फोनबाट सम्पर्क गर्नुहोस्। NHS वेबसाइटमा यसलाई खोज्नुहोस्, वा यसलाई कसरी सम्पर्क गर्ने भनेर आफ्नो GP प्र्याक्टिसलाई सोध्नुहोस्।
contact-mental-health-team = तपाईंको हेरचाह योजनामा भएको फोन नम्बर प्रयोग गर्नुहोस्। संकटमा, NHS 111 मा फोन गर्नुहोस् र मानसिक स्वास्थ्यको विकल्प छान्नुहोस्।
contact-private-clinic = निजी क्लिनिकलाई सम्पर्क गर्नुहोस्। उनीहरूको विवरण तपाईंको पत्र वा बिलमा छ।
contact-urgent-care = तपाईं गएको A&E (अस्पतालको आपत्कालीन विभाग) वा अर्जेन्ट उपचार केन्द्रमा फोन गर्नुहोस्। नम्बर तपाईंको सल्लाह पानामा छ, नत्र अस्पतालको मुख्य नम्बरमा फोन गर्नुहोस्।
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = { $service } लाई { $phone } मा फोन गर्नुहोस्।
contact-local-other = { $service } लाई सम्पर्क गर्नुहोस्।
contact-local-hours = फोन उठाइने समय: { $hours }
contact-local-website = उनीहरूको वेब पेज: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = क्लिनिक पत्र तपाईंको GP कहाँ कहिले पुग्छ
timing-discharge-summary = डिस्चार्ज सारांश (अस्पताल छोड्दाको पत्र) तपाईंको GP कहाँ कहिले पुग्छ
timing-cancer-diagnosis = क्यान्सर हो कि होइन भनेर NHS ले तपाईंलाई कहिलेसम्म बताउने लक्ष्य राख्छ
timing-cancelled-operation = उही दिन रद्द भएको अप्रेसनको लागि तपाईंले नयाँ मिति कहिलेसम्म पाउनुपर्छ
timing-within = { $from ->
        [appointment] तपाईंको क्लिनिक भेटको
        [discharge] अस्पताल छोडेको
        [referral] रेफरल भएको
       *[cancellation] रद्द भएको दिनको
    } { $limit } { $unit ->
        [hours] { $limit ->
            [one] घण्टा
           *[other] घण्टा
        }
        [days] { $limit ->
            [one] दिन
           *[other] दिन
        }
        [months] { $limit ->
            [one] महिना
           *[other] महिना
        }
       *[weeks] { $limit ->
            [one] हप्ता
           *[other] हप्ता
        }
    }भित्र।

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] जनवरी
        [2] फेब्रुअरी
        [3] मार्च
        [4] अप्रिल
        [5] मे
        [6] जुन
        [7] जुलाई
        [8] अगस्ट
        [9] सेप्टेम्बर
        [10] अक्टोबर
        [11] नोभेम्बर
       *[12] डिसेम्बर
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = तपाईंको विवरण
details-service = यो यसबारे हो: { $service }
details-expect-by = तपाईंले { $date } सम्म खबर पाउनुपर्छ।
details-phone = यदि खबर आएको छैन, वा तपाईंको कुनै प्रश्न छ भने, { $phone } मा फोन गर्नुहोस्।
details-web = तपाईं { $web } मा पनि जान सक्नुहुन्छ।
details-broken = तपाईंको लिंकका केही विवरणहरू प्रयोग गर्न सकिएन। यो पेजको बाँकी भाग अझै तपाईंको लागि सही छ।

# The Listen button on a journey page (it reads the page aloud).
listen = यो पेज सुन्नुहोस्
listen-stop = पढ्न बन्द गर्नुहोस्

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = यो पेज फेरि खोल्न आफ्नो फोनको क्यामेराले यो कोड स्क्यान गर्नुहोस्।

# Desk mode: a reception screen turned to the patient.
desk-title = आफ्नो भाषा छान्नुहोस्
desk-journeys = तपाईंलाई मिल्ने कुरा छान्नुहोस्
desk-take-home = यो पेज साथमा लैजानुहोस्: आफ्नो फोनको क्यामेरा यो कोडतिर देखाउनुहोस्।
desk-start-again = फेरि सुरु गर्नुहोस्

# The link maker, for staff at a GP practice or hospital.
make-link-title = बिरामीको लागि लिंक बनाउनुहोस्
make-link-intro = गाइड र बिरामीको भाषा छान्नुहोस्। तपाईं उनीहरूको विवरण थप्न सक्नुहुन्छ। तपाईंले टाइप गरेको कुरा यही उपकरणमा मात्र रहन्छ।
make-link-journey = गाइड
make-link-language = बिरामीको भाषा
make-link-service = सेवा वा क्लिनिक (चाहेमा)
make-link-start = रेफरल, जाँच वा डिस्चार्जको मिति (चाहेमा)
make-link-wait = उनीहरूले कति समयभित्र खबर पाउनुपर्छ (चाहेमा)
make-link-wait-days = दिन
make-link-wait-weeks = हप्ता
make-link-wait-months = महिना
make-link-phone = टोलीको फोन नम्बर (चाहेमा)
make-link-web = टोलीको वेब पेज (चाहेमा)
make-link-bad-phone = यो UK को फोन नम्बर जस्तो देखिँदैन, त्यसैले यो लिंकमा राखिएको छैन।
make-link-bad-web = https बाट सुरु हुने वेब पेज प्रयोग गर्नुहोस्। यो वेब पेज लिंकमा राखिएको छैन।
make-link-link = लिंक
make-link-message = टेक्स्ट सन्देश
make-link-characters = अक्षर र खाली ठाउँ
make-link-segments = कतिवटा टेक्स्ट सन्देश लाग्छ
make-link-unicode = यो सन्देशमा आधारभूत सेटमा नभएका अक्षरहरू छन्, त्यसैले हरेक टेक्स्ट सन्देशमा कम अक्षर अटाउँछन्।
make-link-copy = कपी गर्नुहोस्
make-link-copied = कपी भयो
make-link-qr = यो लिंकको QR कोड
make-link-print = प्रिन्ट गर्नुहोस्
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: अब के हुन्छ, र कसलाई सम्पर्क गर्ने: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = अब के हुन्छ, र कसलाई सम्पर्क गर्ने: { $link }

not-found-title = हामीले त्यो पेज भेट्टाउन सकेनौं
not-found-body = लिंक गलत वा पुरानो हुन सक्छ। यहाँ हाम्रा सबै गाइडहरू छन्। तपाईंलाई मिल्ने गाइड छान्नुहोस्।
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = यो फोनमा अहिले इन्टरनेट छैन, र यो पेज यसमा अझै सेभ भएको छैन। इन्टरनेट चलेपछि लिंक फेरि खोल्नुहोस्। तपाईंले पहिले खोलेका गाइडहरू अझै चल्छन्।

unknown-language = हामीसँग त्यो भाषा अझै छैन, त्यसैले यो पेज अंग्रेजीमा छ।

# The language picker on every page.
language-picker-label = आफ्नो भाषा छान्नुहोस्
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = हरेक भागमुनि अंग्रेजी भएको यो गाइड पढ्नुहोस्
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = यो अनुवाद अझै जाँच गरिएको छैन। केही कुरा स्पष्ट छैन भने, दोभाषे माग्नुहोस्। यो निःशुल्क छ।
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = योग्य अनुवादकहरूले यो अनुवाद { $date } मा जाँचे। केही कुरा स्पष्ट छैन भने, दोभाषे माग्नुहोस्। यो निःशुल्क छ।

footer-make-link = कर्मचारीका लागि: बिरामीको लागि लिंक बनाउनुहोस्
footer-embed = कर्मचारीका लागि: यी गाइडहरू आफ्नो वेबसाइटमा राख्नुहोस्
footer-not-nhs = यो गाइड NHS ले बनाएको होइन। NHS सेवाहरू प्रायजसो कसरी सँगै काम गर्छन् भनेर यसले बताउँछ।
footer-privacy = तपाईंले यहाँ गर्ने कुनै पनि कुरा कतै पठाइँदैन, र तपाईंबारे केही पनि सुरक्षित राखिँदैन।

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = माफ गर्नुहोस्, यो पेजमा केही गडबड भयो
panic-body = यो पेजमा तपाईंले देखेको कुरा अझै सही छ। यदि यो गलत देखिन्छ भने, पेज फेरि लोड गर्नुहोस्।
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = आफ्नो क्षेत्रको सूचीबाट सेवा छान्नुहोस्
make-link-pick-none = कुनै पनि होइन: म विवरण टाइप गर्छु
config-none = यो साइटमा स्थानीय सम्पर्क विवरण छैन, त्यसैले हरेक चरणले सामान्य सल्लाह दिन्छ। आफ्नो क्षेत्रका सेवाहरू थप्न README हेर्नुहोस्।
config-loaded = यो साइटले { $area } को सम्पर्क विवरण देखाउँछ।
config-problems-title = केही स्थानीय सम्पर्क विवरण सच्याउनुपर्छ
config-problems-intro = बिरामीहरूलाई असर पर्दैन: उनीहरूले पछिल्लो ठीक बिल्डको विवरण, वा सामान्य सल्लाह देख्छन्। यी सच्याउनुहोस्, अनि साइट फेरि बिल्ड गर्नुहोस्।
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: यहाँ फाइल ठीकसँग लेखिएको छैन। छुटेको अल्पविराम, उद्धरण चिह्न वा कोष्ठक खोज्नुहोस्।
config-problem-unknown-field = { $field }: यो हामीले चिनेको फिल्ड होइन। हिज्जे जाँच्नुहोस्।
config-problem-missing-field = { $field }: यो भर्नैपर्छ।
config-problem-wrong-type = { $field }: यो गलत किसिमको मान हो, जस्तै शब्द हुनुपर्ने ठाउँमा नम्बर।
config-problem-version = { $field }: यो 1 हुनैपर्छ।
config-problem-empty = { $field }: यो खाली छ।
config-problem-too-long = { $field }: यो धेरै लामो छ। 120 अक्षरभन्दा कम राख्नुहोस्।
config-problem-hidden-characters = { $field }: यसमा लुकेका अक्षरहरू छन्, जसले यो पढिने तरिका बदल्न सक्छन्। यसलाई फेरि टाइप गर्नुहोस्।
config-problem-bad-id = { $field }: साना अक्षर, अंक र ड्यास मात्र प्रयोग गर्नुहोस्, जस्तै skin-team।
config-problem-duplicate-id = { $field }: दुईवटा सेवाको एउटै id छ।
config-problem-bad-phone = { $field }: यो UK को फोन नम्बर होइन। यसलाई 020 7946 0000 जस्तै लेख्नुहोस्।
config-problem-not-https = { $field }: वेब पेज http बाट होइन, https बाट सुरु हुनैपर्छ।
config-problem-bad-website = { $field }: यो वेब ठेगाना होइन। यसलाई https://hospital.example/clinic जस्तै लेख्नुहोस्।
config-problem-unknown-journey = { $field }: यो नामको कुनै गाइड छैन।
config-problem-unknown-contact = { $field }: यो हामीले चिनेको सम्पर्कको किसिम (जस्तै hospital-team) होइन।
config-problem-unknown-service = { $field }: सूचीमा यो id भएको कुनै सेवा छैन।
config-problem-unknown-language = { $field }: हामीसँग यो भाषा छैन।
config-problem-missing-english = { $field }: शब्दहरू अंग्रेजीमा पनि, en-GB को रूपमा, दिनैपर्छ।

# Staff: put the guides on a practice's website.
embed-title = यी गाइडहरू आफ्नो वेबसाइटमा राख्नुहोस्
embed-intro = के देखाउने छान्नुहोस्, अनि कोड कपी गरेर आफ्नो वेब पेजमा राख्नुहोस्। गाइडहरू तपाईंको पेजभित्रै देखिन्छन्। यसले तपाईंको साइट प्रयोग गर्ने मानिसहरूबारे केही पनि पठाउँदैन।
embed-journey = देखाउने गाइड
embed-all-guides = सबै गाइडहरू, सूचीको रूपमा
embed-language = यो खुल्ने भाषा
embed-accent = तपाईंको वेबसाइटको मुख्य रङ (चाहेमा)
embed-accent-hint = # पछि छवटा अक्षर वा अंक, जस्तै #00703c।
embed-accent-bad = यो रङ कोड होइन। यसलाई #00703c जस्तै लेख्नुहोस्।
embed-accent-low-contrast = फिक्का पेजमा पढ्न यो रङ धेरै हल्का छ। यसको कन्ट्रास्ट { $ratio }:1 छ, र यसलाई 4.5:1 चाहिन्छ। अझ गाढा रङ छान्नुहोस्। त्यतिन्जेलसम्म गाइडले आफ्नै नीलो रङ राख्छ।
embed-list = अन्त्यमा अरू गाइडहरूको सूची देखाउनुहोस्
embed-code = तपाईंको वेब पेजको लागि कोड
embed-copy = कोड कपी गर्नुहोस्
embed-copied = कपी भयो
embed-preview = यो कस्तो देखिन्छ
embed-hosting = फ्रेम थप्न दिने जुनसुकै वेबसाइटमा यो कोड चल्छ। यसलाई कुनै खाता चाहिँदैन र यसले कुनै कुकी राख्दैन।

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = एक नजरमा चरणहरू
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = सजिलै पढ्न मिल्ने संस्करण
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = सजिलै पढ्न मिल्ने संस्करण (अंग्रेजीमा)
