# Words used on every page: the frame around the journeys.
# (हर पेज पर दिखने वाले शब्द।)

site-name = आगे क्या होगा?
site-tagline = जब आपका इलाज आपके GP (फ़ैमिली डॉक्टर) से अस्पताल, या अस्पताल से GP के पास जाता है, तब कौन क्या करता है।
skip-to-content = सीधे मुख्य जानकारी पर जाएँ
home-link = सभी गाइड

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = क्या आपको अभी मदद चाहिए?
safety-emergency = इमरजेंसी में { -emergency-number } पर फ़ोन करें।
safety-urgent = { $audience ->
        [parent] अगर आपकी या आपके बच्चे की तबीयत ठीक नहीं है और आपको पक्का नहीं पता कि क्या करें, तो { -urgent-number } या अपनी GP प्रैक्टिस को फ़ोन करें।
       *[other] अगर आपकी तबीयत ठीक नहीं है और आपको पक्का नहीं पता कि क्या करें, तो { -urgent-number } या अपनी GP प्रैक्टिस को फ़ोन करें।
    }
safety-online = या ऑनलाइन 111.nhs.uk पर जाएँ।
safety-mental-health = मानसिक स्वास्थ्य के संकट में { -urgent-number } पर फ़ोन करें और मानसिक स्वास्थ्य वाला विकल्प चुनें।
safety-deaf = अगर आप सुन नहीं सकते, तो Relay UK से 18001 111 पर फ़ोन करें, या NHS 111 और 999 की BSL (ब्रिटिश साइन लैंग्वेज, यानी इशारों की भाषा) सेवाएँ इस्तेमाल करें।
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = ये गाइड इंग्लैंड में NHS की सेवाओं के बारे में हैं। वेल्स, स्कॉटलैंड और नॉर्दर्न आयरलैंड में कुछ चीज़ें अलग तरीक़े से होती हैं।

home-title = आपकी देखभाल में आगे क्या होगा?
home-intro = वह गाइड चुनें जो आपके लिए सही हो। हर गाइड बताता है कि हर क़दम कौन उठाता है और उनसे कैसे संपर्क करें।

# The search box on the home page.
search-label = गाइड में खोजें
search-hint = जैसे: ब्लड टेस्ट, सिक नोट, प्रिस्क्रिप्शन (दवा की पर्ची)।
search-results = { $count ->
        [0] कोई गाइड मेल नहीं खाता। दूसरे शब्द आज़माएँ, या नीचे दी गई सूची से चुनें।
        [one] 1 गाइड मेल खाता है।
       *[other] { $count } गाइड मेल खाते हैं।
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = का की के को ने से में पर तक और या भी है हैं था थी थे हो हूँ हुआ हुई क्या कैसे कब कौन क्यों कहाँ मेरा मेरी मेरे मुझे मैं हम आप आपका आपकी आपके यह ये वह वो इस उस इन उन एक जब कि तो नहीं गा गी गे लिए अपना अपनी अपने a an and the my i me is am are was to for of in on at do does did how what when who why can will with about from it this that have has had be been get got your you

# Group headings on the home page: the question people start from.
topic-referred = मुझे रेफ़र किया गया है
topic-waiting = मैं इंतज़ार में हूँ
topic-test = मेरा टेस्ट हुआ है
topic-after-appointment = अस्पताल में मेरी अपॉइंटमेंट हो चुकी है
topic-leaving-hospital = मुझे अस्पताल से छुट्टी मिल रही है
topic-medicines-fit-notes = दवाएँ और फ़िट नोट
topic-child = यह मेरे बच्चे के बारे में है
topic-mental-health = यह मेरे मानसिक स्वास्थ्य के बारे में है
topic-gp-practice = अपनी GP प्रैक्टिस से मदद लेना, या उसके बिना मदद लेना

journey-steps-heading = क्या होता है, एक-एक क़दम
# Under a guide shown inside a practice's website.
journey-more-guides = हमारे और गाइड
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = हमने यह पेज { $date } को सबके लिए खुली (सार्वजनिक) जानकारी से लिखा। किसी क्लिनिशियन (डॉक्टर, नर्स जैसे स्वास्थ्य कर्मी) ने अभी इसकी जाँच नहीं की है।
journey-reviewed = एक क्लिनिशियन, { $reviewer }, ने { $date } को इस पेज की जाँच की।
step-number = क़दम { $number }
step-who = यह कौन करता है
step-contact = उनसे कैसे संपर्क करें
step-if-not = अगर ऐसा नहीं होता
step-ask = आप ये सवाल पूछ सकते हैं

# Who is responsible for a step.
who-gp-practice = आपकी GP प्रैक्टिस
who-hospital-team = अस्पताल की टीम
who-patient-or-parent = { $audience ->
        [parent] आप, यानी माता-पिता या देखभाल करने वाले
       *[other] आप
    }
who-pharmacy = आपके पास की कोई फ़ार्मेसी (दवा की दुकान)
who-nhs-111 = NHS 111
who-mental-health-team = मानसिक स्वास्थ्य टीम
who-private-clinic = प्राइवेट क्लिनिक
who-other = कोई और: क़दम में लिखा है कि कौन

# How to reach whoever is responsible.
contact-hospital-team = अस्पताल की टीम को फ़ोन करें। उनका नंबर आपके पत्र या टेक्स्ट मैसेज में है।
contact-referral-booking = अपने टेक्स्ट मैसेज या ईमेल में दिए लिंक का इस्तेमाल करें, या अपने पत्र पर दिए नंबर पर फ़ोन करें।
contact-gp-practice = अपनी GP प्रैक्टिस को फ़ोन करें, उसका ऑनलाइन फ़ॉर्म भरें, या रिसेप्शन (फ़्रंट डेस्क) पर जाएँ।
contact-hospital-ward = अस्पताल से जाने से पहले वार्ड के स्टाफ़ से पूछें। उसके बाद, वार्ड से मिले पत्र पर दिए नंबर पर फ़ोन करें।
contact-test-requester = उस टीम से संपर्क करें जिसने टेस्ट करवाने को कहा था। उनकी जानकारी आपके पत्र या फ़ॉर्म पर है।
contact-pharmacy = किसी भी फ़ार्मेसी में जाएँ या उसे फ़ोन करें। पहले से समय लेने (बुक करने) की ज़रूरत नहीं है।
contact-link-worker = अपनी GP प्रैक्टिस से कहें कि वह आपका किसी लिंक वर्कर से संपर्क करवा दे।
contact-patient-advice = अस्पताल की मरीज़ सलाह टीम (patient advice team) से बात करवाने को कहें। जब कुछ ग़लत हो जाए, तो वे मदद करते हैं।
contact-nhs-111 = दिन हो या रात, NHS 111 पर फ़ोन करें, या 111.nhs.uk पर जाएँ।
contact-self-referral = ऑनलाइन या फ़ोन से, सेवा से ख़ुद संपर्क करें। NHS website (NHS की वेबसाइट) पर उसे खोजें, या अपनी GP प्रैक्टिस से पूछें कि उससे कैसे संपर्क करें।
contact-mental-health-team = अपने केयर प्लान (देखभाल की योजना) में दिए फ़ोन नंबर का इस्तेमाल करें। संकट में, NHS 111 पर फ़ोन करें और मानसिक स्वास्थ्य वाला विकल्प चुनें।
contact-private-clinic = प्राइवेट क्लिनिक से संपर्क करें। उनकी जानकारी आपके पत्र या बिल पर है।
contact-urgent-care = आप जिस A&E (इमरजेंसी विभाग) या अर्जेंट ट्रीटमेंट सेंटर में गए थे, वहाँ फ़ोन करें। नंबर आपको मिली सलाह की शीट पर है, या अस्पताल के मुख्य नंबर पर फ़ोन करें।
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = { $service } को { $phone } पर फ़ोन करें।
contact-local-other = { $service } से संपर्क करें।
contact-local-hours = फ़ोन इस समय उठाया जाता है: { $hours }
contact-local-website = उनका वेब पेज: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = क्लिनिक का पत्र आपके GP तक कब पहुँचता है
timing-discharge-summary = डिस्चार्ज समरी (अस्पताल छोड़ते समय लिखा गया पत्र) आपके GP तक कब पहुँचती है
timing-cancer-diagnosis = NHS की कोशिश रहती है कि आपको कब तक बता दे कि यह कैंसर है या नहीं
timing-cancelled-operation = उसी दिन रद्द हुए ऑपरेशन के लिए आपको नई तारीख़ कब तक मिल जानी चाहिए
timing-within = { $from ->
        [appointment] आपकी क्लिनिक अपॉइंटमेंट
        [discharge] अस्पताल छोड़ने
        [referral] रेफ़रल
       *[cancellation] रद्द होने के दिन
    } के बाद { $limit } { $unit ->
        [hours] { $limit ->
            [one] घंटे
           *[other] घंटों
        }
        [days] { $limit ->
            [one] दिन
           *[other] दिनों
        }
        [months] { $limit ->
            [one] महीने
           *[other] महीनों
        }
       *[weeks] { $limit ->
            [one] हफ़्ते
           *[other] हफ़्तों
        }
    } के अंदर।

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] जनवरी
        [2] फ़रवरी
        [3] मार्च
        [4] अप्रैल
        [5] मई
        [6] जून
        [7] जुलाई
        [8] अगस्त
        [9] सितंबर
        [10] अक्टूबर
        [11] नवंबर
       *[12] दिसंबर
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = आपकी जानकारी
details-service = यह इसके बारे में है: { $service }
details-expect-by = आपको { $date } तक ख़बर मिल जानी चाहिए।
details-phone = अगर आपको कोई ख़बर नहीं मिली है, या आपका कोई सवाल है, तो { $phone } पर फ़ोन करें।
details-web = आप { $web } पर भी जा सकते हैं।
details-broken = आपके लिंक की कुछ जानकारी इस्तेमाल नहीं की जा सकी। इस पेज की बाक़ी बातें फिर भी आपके लिए सही हैं।

# The Listen button on a journey page (it reads the page aloud).
listen = यह पेज सुनें
listen-stop = पढ़ना बंद करें

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = यह पेज फिर से खोलने के लिए अपने फ़ोन के कैमरे से यह कोड स्कैन करें।

# Desk mode: a reception screen turned to the patient.
desk-title = अपनी भाषा चुनें
desk-journeys = जो आपके लिए सही हो, वह चुनें
desk-take-home = यह पेज अपने साथ ले जाएँ: अपने फ़ोन का कैमरा इस कोड की ओर करें।
desk-start-again = फिर से शुरू करें

# The link maker, for staff at a GP practice or hospital.
make-link-title = मरीज़ के लिए लिंक बनाएँ
make-link-intro = गाइड और मरीज़ की भाषा चुनें। आप उनकी जानकारी जोड़ सकते हैं। आप जो टाइप करते हैं, वह इसी डिवाइस पर रहता है।
make-link-journey = गाइड
make-link-language = मरीज़ की भाषा
make-link-service = सेवा या क्लिनिक (अगर आप चाहें)
make-link-start = रेफ़रल, टेस्ट या डिस्चार्ज की तारीख़ (अगर आप चाहें)
make-link-wait = कितने समय में उन्हें ख़बर मिल जानी चाहिए (अगर आप चाहें)
make-link-wait-days = दिन
make-link-wait-weeks = हफ़्ते
make-link-wait-months = महीने
make-link-phone = टीम का फ़ोन नंबर (अगर आप चाहें)
make-link-web = टीम का वेब पेज (अगर आप चाहें)
make-link-bad-phone = यह UK का फ़ोन नंबर नहीं लगता, इसलिए यह लिंक में नहीं है।
make-link-bad-web = ऐसा वेब पेज इस्तेमाल करें जो https से शुरू होता हो। यह वाला लिंक में नहीं है।
make-link-link = लिंक
make-link-message = टेक्स्ट मैसेज
make-link-characters = अक्षर और स्पेस
make-link-segments = कितने टेक्स्ट मैसेज लगेंगे
make-link-unicode = इस मैसेज में ऐसे अक्षर हैं जो बुनियादी सेट में नहीं हैं, इसलिए हर टेक्स्ट मैसेज में कम अक्षर आते हैं।
make-link-copy = कॉपी करें
make-link-copied = कॉपी हो गया
make-link-qr = इस लिंक का QR कोड
make-link-print = प्रिंट करें
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: आगे क्या होगा, और किससे संपर्क करें: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = आगे क्या होगा, और किससे संपर्क करें: { $link }

not-found-title = हमें वह पेज नहीं मिल रहा
not-found-body = हो सकता है लिंक ग़लत या पुराना हो। यहाँ हमारे सभी गाइड हैं। जो आपके लिए सही हो, वह चुनें।
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = इस फ़ोन पर अभी इंटरनेट नहीं है, और यह पेज अभी इस पर सेव नहीं है। जब आप ऑनलाइन हों, तब लिंक फिर से आज़माएँ। जो गाइड आपने पहले खोले हैं, वे अब भी खुलते हैं।

unknown-language = हमारे पास अभी वह भाषा नहीं है, इसलिए यह पेज अंग्रेज़ी में है।

# The language picker on every page.
language-picker-label = अपनी भाषा चुनें
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = यह गाइड पढ़ें, हर हिस्से के नीचे अंग्रेज़ी के साथ
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = इस अनुवाद की अभी जाँच नहीं हुई है। अगर कुछ भी साफ़ समझ न आए, तो दुभाषिया (interpreter) माँगें। यह मुफ़्त है।
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = योग्य अनुवादकों ने { $date } को इस अनुवाद की जाँच की। अगर कुछ भी साफ़ समझ न आए, तो दुभाषिया (interpreter) माँगें। यह मुफ़्त है।

footer-make-link = स्टाफ़ के लिए: मरीज़ के लिए लिंक बनाएँ
footer-embed = स्टाफ़ के लिए: ये गाइड अपनी वेबसाइट पर लगाएँ
footer-not-nhs = यह गाइड NHS ने नहीं बनाया है। यह बताता है कि ज़्यादातर समय NHS की सेवाएँ मिलकर कैसे काम करती हैं।
footer-privacy = आप यहाँ जो कुछ भी करते हैं, वह कहीं नहीं भेजा जाता, और आपके बारे में कुछ भी सेव नहीं किया जाता।

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = माफ़ कीजिए, इस पेज पर कुछ गड़बड़ हो गई
panic-body = इस पेज पर आप जो देख रहे हैं, वह अब भी सही है। अगर कुछ ग़लत दिखे, तो पेज फिर से लोड करें।
# Always in English: a link to this page in English.
panic-english = यह पेज अंग्रेज़ी में खोलें

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = अपने इलाक़े की सूची से कोई सेवा चुनें
make-link-pick-none = कोई नहीं: मुझे जानकारी ख़ुद टाइप करनी है
config-none = इस साइट पर स्थानीय संपर्क जानकारी नहीं है, इसलिए हर क़दम में आम सलाह दी गई है। अपने इलाक़े की सेवाएँ जोड़ने के लिए README देखें।
config-loaded = यह साइट { $area } की संपर्क जानकारी दिखाती है।
config-problems-title = कुछ स्थानीय संपर्क जानकारी ठीक करनी है
config-problems-intro = मरीज़ों पर इसका असर नहीं पड़ता: उन्हें पिछले सही बिल्ड की जानकारी, या आम सलाह दिखती है। इन्हें ठीक करें, फिर साइट को दोबारा बिल्ड करें।
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: यहाँ फ़ाइल सही तरह से नहीं लिखी गई है। देखें कि कहीं कोई कॉमा, कोटेशन मार्क या ब्रैकेट तो नहीं छूटा।
config-problem-unknown-field = { $field }: हम इस फ़ील्ड को नहीं जानते। स्पेलिंग जाँचें।
config-problem-missing-field = { $field }: इसे भरना ज़रूरी है।
config-problem-wrong-type = { $field }: यह ग़लत तरह की वैल्यू है, जैसे जहाँ शब्द होने चाहिए वहाँ नंबर।
config-problem-version = { $field }: यह 1 होना चाहिए।
config-problem-empty = { $field }: यह ख़ाली है।
config-problem-too-long = { $field }: यह बहुत लंबा है। इसे 120 अक्षरों से कम रखें।
config-problem-hidden-characters = { $field }: इसमें छिपे हुए अक्षर हैं, जो इसके पढ़े जाने का तरीक़ा बदल सकते हैं। इसे फिर से टाइप करें।
config-problem-bad-id = { $field }: सिर्फ़ छोटे अंग्रेज़ी अक्षर, अंक और डैश इस्तेमाल करें, जैसे skin-team।
config-problem-duplicate-id = { $field }: दो सेवाओं की एक ही id है।
config-problem-bad-phone = { $field }: यह UK का फ़ोन नंबर नहीं है। इसे ऐसे लिखें: 020 7946 0000।
config-problem-not-https = { $field }: वेब पेज https से शुरू होना चाहिए, http से नहीं।
config-problem-bad-website = { $field }: यह वेब पता नहीं है। इसे ऐसे लिखें: https://hospital.example/clinic
config-problem-unknown-journey = { $field }: इस नाम का कोई गाइड नहीं है।
config-problem-unknown-contact = { $field }: हम संपर्क के इस प्रकार को नहीं जानते। हम जिन प्रकारों को जानते हैं, वे hospital-team जैसे हैं।
config-problem-unknown-service = { $field }: सूची में किसी भी सेवा की यह id नहीं है।
config-problem-unknown-language = { $field }: हमारे पास यह भाषा नहीं है।
config-problem-missing-english = { $field }: शब्द अंग्रेज़ी में भी देने होंगे, en-GB के रूप में।

# Staff: put the guides on a practice's website.
embed-title = ये गाइड अपनी वेबसाइट पर लगाएँ
embed-intro = चुनें कि क्या दिखाना है, फिर कोड को अपने वेब पेज में कॉपी करें। गाइड आपके पेज के अंदर दिखते हैं। आपकी साइट इस्तेमाल करने वालों के बारे में यह कुछ नहीं भेजता।
embed-journey = दिखाने के लिए गाइड
embed-all-guides = सभी गाइड, एक सूची के रूप में
embed-language = यह किस भाषा में खुले
embed-accent = आपकी वेबसाइट का मुख्य रंग (अगर आप चाहें)
embed-accent-hint = # के बाद छह अक्षर या अंक, जैसे #00703c।
embed-accent-bad = यह रंग का कोड नहीं है। इसे ऐसे लिखें: #00703c।
embed-accent-low-contrast = यह रंग हल्के पेज पर पढ़ने के लिए बहुत हल्का है। इसका कंट्रास्ट { $ratio }:1 है, और इसे 4.5:1 चाहिए। कोई गहरा रंग चुनें। तब तक गाइड अपना नीला रंग ही रखेगा।
embed-list = आख़िर में बाक़ी गाइडों की सूची दिखाएँ
embed-code = आपके वेब पेज के लिए कोड
embed-copy = कोड कॉपी करें
embed-copied = कॉपी हो गया
embed-preview = यह कैसा दिखेगा
embed-hosting = यह कोड किसी भी ऐसी वेबसाइट पर चलता है जो आपको फ़्रेम जोड़ने देती है। इसके लिए किसी अकाउंट की ज़रूरत नहीं है, और यह कोई कुकी सेट नहीं करता।

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = सभी क़दम एक नज़र में
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = आसानी से पढ़ने वाला संस्करण
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = आसानी से पढ़ने वाला संस्करण (अंग्रेज़ी में)
