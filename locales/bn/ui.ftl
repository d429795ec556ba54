# Words used on every page: the frame around the journeys.

site-name = এরপর কী?
site-tagline = আপনার চিকিৎসা যখন GP (পারিবারিক ডাক্তার) আর হাসপাতালের মধ্যে বদলায়, তখন কে কী করে।
skip-to-content = মূল লেখায় চলে যান
home-link = সব গাইড

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = এখনই সাহায্য দরকার?
safety-emergency = জরুরি অবস্থায় { -emergency-number } নম্বরে ফোন করুন।
safety-urgent = { $audience ->
        [parent] আপনি বা আপনার সন্তান অসুস্থ হলে এবং কী করবেন বুঝতে না পারলে { -urgent-number } নম্বরে বা আপনার GP প্র্যাকটিসে ফোন করুন।
       *[other] আপনি অসুস্থ হলে এবং কী করবেন বুঝতে না পারলে { -urgent-number } নম্বরে বা আপনার GP প্র্যাকটিসে ফোন করুন।
    }
safety-online = অথবা অনলাইনে 111.nhs.uk-এ যান।
safety-mental-health = মানসিক স্বাস্থ্যের সংকটে (ক্রাইসিসে) { -urgent-number } নম্বরে ফোন করুন এবং মানসিক স্বাস্থ্যের অপশনটি বেছে নিন।
safety-deaf = আপনি বধির হলে (কানে শুনতে না পেলে) Relay UK দিয়ে 18001 111 নম্বরে ফোন করুন, অথবা NHS 111 আর 999-এর BSL (ব্রিটিশ সাংকেতিক ভাষা) সেবা ব্যবহার করুন।
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = এই গাইডগুলো ইংল্যান্ডের NHS সেবা নিয়ে। ওয়েলস, স্কটল্যান্ড আর নর্দার্ন আয়ারল্যান্ডে কিছু জিনিস অন্যভাবে চলে।

home-title = আপনার চিকিৎসায় এরপর কী হবে?
home-intro = আপনার জন্য যে গাইডটি মেলে সেটি বেছে নিন। প্রতিটি গাইডে বলা আছে প্রতিটি ধাপ কে করে, আর তাদের সাথে কীভাবে যোগাযোগ করবেন।

# The search box on the home page.
search-label = গাইডগুলোতে খুঁজুন
search-hint = যেমন: রক্ত পরীক্ষা, সিক নোট, প্রেসক্রিপশন।
search-results = { $count ->
        [0] কোনো গাইড মেলেনি। অন্য শব্দ দিয়ে খুঁজুন, অথবা নিচের তালিকা থেকে বেছে নিন।
        [one] 1টি গাইড মিলেছে।
       *[other] { $count }টি গাইড মিলেছে।
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = আমি আমার আমাকে আমরা আমাদের আপনি আপনার আপনাকে কী কি কেন কখন কীভাবে কিভাবে কে কাকে এবং ও বা আর এই এটা এটি সেই সেটা যে এ একটি একটা থেকে সাথে কাছে করে করব করবো করতে হবে হলে আছে কোন কোনো কেউ কিছু

# Group headings on the home page: the question people start from.
topic-referred = আমাকে রেফার করা হয়েছে
topic-waiting = আমি অপেক্ষা করছি
topic-test = আমার একটি পরীক্ষা হয়েছে
topic-after-appointment = আমি হাসপাতালে অ্যাপয়েন্টমেন্টে গিয়েছিলাম
topic-leaving-hospital = আমি হাসপাতাল থেকে বাড়ি যাচ্ছি
topic-medicines-fit-notes = ওষুধ আর ফিট নোট
topic-child = এটি আমার সন্তানের ব্যাপারে
topic-mental-health = এটি আমার মানসিক স্বাস্থ্যের ব্যাপারে
topic-gp-practice = আমার GP প্র্যাকটিস থেকে, বা তাদের ছাড়াই সাহায্য পাওয়া

journey-steps-heading = ধাপে ধাপে কী হয়
# Under a guide shown inside a practice's website.
journey-more-guides = আমাদের আরও গাইড
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = আমরা এই পাতাটি { $date } তারিখে লিখেছি, সবার জন্য প্রকাশিত সূত্র থেকে। একজন চিকিৎসাকর্মী (clinician) এখনো এটি যাচাই করেননি।
journey-reviewed = একজন চিকিৎসাকর্মী (clinician), { $reviewer }, { $date } তারিখে এই পাতাটি যাচাই করেছেন।
step-number = ধাপ { $number }
step-who = এটি কে করে
step-contact = তাদের সাথে কীভাবে যোগাযোগ করবেন
step-if-not = এটি না হলে
step-ask = আপনি যে প্রশ্নগুলো করতে পারেন

# Who is responsible for a step.
who-gp-practice = আপনার GP প্র্যাকটিস
who-hospital-team = হাসপাতালের টিম
who-patient-or-parent = { $audience ->
        [parent] আপনি, মা-বাবা বা দেখাশোনাকারী
       *[other] আপনি
    }
who-pharmacy = আপনার কাছাকাছি একটি ফার্মেসি
who-nhs-111 = NHS 111
who-mental-health-team = মানসিক স্বাস্থ্য টিম
who-private-clinic = প্রাইভেট ক্লিনিক
who-other = অন্য কেউ: কে, তা ধাপটিতে বলা আছে

# How to reach whoever is responsible.
contact-hospital-team = হাসপাতালের টিমকে ফোন করুন। তাদের নম্বর আপনার চিঠিতে বা টেক্সট মেসেজে আছে।
contact-referral-booking = আপনার টেক্সট মেসেজ বা ইমেইলের লিংক ব্যবহার করুন, অথবা আপনার চিঠিতে দেওয়া নম্বরে ফোন করুন।
contact-gp-practice = আপনার GP প্র্যাকটিসে ফোন করুন, তাদের অনলাইন ফর্ম ব্যবহার করুন, অথবা রিসেপশনে যান।
contact-hospital-ward = বাড়ি যাওয়ার আগে ওয়ার্ডের স্টাফদের জিজ্ঞেস করুন। তারপর ওয়ার্ড থেকে দেওয়া চিঠির নম্বরে ফোন করুন।
contact-test-requester = যে টিম পরীক্ষাটি চেয়েছিল, তাদের সাথে যোগাযোগ করুন। তাদের তথ্য আপনার চিঠিতে বা ফর্মে আছে।
contact-pharmacy = যেকোনো ফার্মেসিতে যান বা ফোন করুন। আগে থেকে বুক করার দরকার নেই।
contact-link-worker = একজন লিংক ওয়ার্কারের সাথে যোগাযোগ করিয়ে দিতে আপনার GP প্র্যাকটিসকে বলুন।
contact-patient-advice = হাসপাতালের রোগী পরামর্শ টিমকে চান। কোনো সমস্যা হলে তারা সাহায্য করে।
contact-nhs-111 = দিনে বা রাতে, যেকোনো সময় NHS 111-এ ফোন করুন, অথবা 111.nhs.uk-এ যান।
contact-self-referral = অনলাইনে বা ফোনে নিজেই সেবাটির সাথে যোগাযোগ করুন। NHS ওয়েবসাইটে এটি খুঁজুন, অথবা কীভাবে যোগাযোগ করবেন তা আপনার GP প্র্যাকটিসকে জিজ্ঞেস করুন।
contact-mental-health-team = আপনার কেয়ার প্ল্যানে (চিকিৎসার পরিকল্পনায়) দেওয়া ফোন নম্বর ব্যবহার করুন। সংকটের সময় NHS 111-এ ফোন করুন এবং মানসিক স্বাস্থ্যের অপশনটি বেছে নিন।
contact-private-clinic = প্রাইভেট ক্লিনিকের সাথে যোগাযোগ করুন। তাদের তথ্য আপনার চিঠিতে বা বিলে আছে।
contact-urgent-care = আপনি যে A&E বা আর্জেন্ট ট্রিটমেন্ট সেন্টারে (জরুরি চিকিৎসা কেন্দ্রে) গিয়েছিলেন, সেখানে ফোন করুন। নম্বরটি আপনার পরামর্শের কাগজে (advice sheet) আছে, অথবা হাসপাতালের মূল নম্বরে ফোন করুন।
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = { $service }-এর সাথে যোগাযোগ করতে { $phone } নম্বরে ফোন করুন।
contact-local-other = { $service }-এর সাথে যোগাযোগ করুন।
contact-local-hours = ফোন ধরা হয় এই সময়ে: { $hours }
contact-local-website = তাদের ওয়েবসাইট: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = ক্লিনিকের চিঠি কখন আপনার GP-র কাছে পৌঁছায়
timing-discharge-summary = ডিসচার্জ সামারি কখন আপনার GP-র কাছে পৌঁছায়
timing-cancer-diagnosis = এটি ক্যান্সার কিনা, তা NHS কবের মধ্যে আপনাকে জানানোর লক্ষ্য রাখে
timing-cancelled-operation = অপারেশনের দিনই অপারেশন বাতিল হলে, কবের মধ্যে আপনার নতুন তারিখ পাওয়া উচিত
timing-within = { $from ->
        [appointment] আপনার ক্লিনিকের অ্যাপয়েন্টমেন্টের পর
        [discharge] হাসপাতাল থেকে ছাড়া পাওয়ার পর
        [referral] রেফারেলের পর
       *[cancellation] যেদিন বাতিল হয়েছে, সেদিন থেকে
    } { $limit } { $unit ->
        [hours] { $limit ->
            [one] ঘণ্টার
           *[other] ঘণ্টার
        }
        [days] { $limit ->
            [one] দিনের
           *[other] দিনের
        }
        [months] { $limit ->
            [one] মাসের
           *[other] মাসের
        }
       *[weeks] { $limit ->
            [one] সপ্তাহের
           *[other] সপ্তাহের
        }
    } মধ্যে।

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] জানুয়ারি
        [2] ফেব্রুয়ারি
        [3] মার্চ
        [4] এপ্রিল
        [5] মে
        [6] জুন
        [7] জুলাই
        [8] আগস্ট
        [9] সেপ্টেম্বর
        [10] অক্টোবর
        [11] নভেম্বর
       *[12] ডিসেম্বর
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = আপনার তথ্য
details-service = এটি এই বিষয়ে: { $service }
details-expect-by = { $date } তারিখের মধ্যে আপনার খবর পাওয়ার কথা।
details-phone = খবর না পেলে, বা কোনো প্রশ্ন থাকলে, { $phone } নম্বরে ফোন করুন।
details-web = আপনি এই ওয়েবসাইটেও যেতে পারেন: { $web }
details-broken = আপনার লিংকের কিছু তথ্য ব্যবহার করা যায়নি। এই পাতার বাকি অংশ এখনো আপনার জন্য ঠিক আছে।

# The Listen button on a journey page (it reads the page aloud).
listen = এই পাতাটি শুনুন
listen-stop = পড়া বন্ধ করুন

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = এই পাতাটি আবার খুলতে আপনার ফোনের ক্যামেরা দিয়ে এই কোডটি স্ক্যান করুন।

# Desk mode: a reception screen turned to the patient.
desk-title = আপনার ভাষা বেছে নিন
desk-journeys = আপনার জন্য যেটি মেলে সেটি বেছে নিন
desk-take-home = এই পাতাটি সাথে নিয়ে যান: আপনার ফোনের ক্যামেরা এই কোডের দিকে ধরুন।
desk-start-again = আবার শুরু করুন

# The link maker, for staff at a GP practice or hospital.
make-link-title = রোগীর জন্য একটি লিংক তৈরি করুন
make-link-intro = গাইড আর রোগীর ভাষা বেছে নিন। আপনি রোগীর তথ্যও যোগ করতে পারেন। আপনি যা লেখেন তা শুধু এই ডিভাইসেই থাকে।
make-link-journey = গাইড
make-link-language = রোগীর ভাষা
make-link-service = সেবা বা ক্লিনিক (চাইলে)
make-link-start = রেফারেল, পরীক্ষা বা ডিসচার্জের তারিখ (চাইলে)
make-link-wait = কত সময়ের মধ্যে রোগীর খবর পাওয়ার কথা (চাইলে)
make-link-wait-days = দিন
make-link-wait-weeks = সপ্তাহ
make-link-wait-months = মাস
make-link-phone = টিমের ফোন নম্বর (চাইলে)
make-link-web = টিমের ওয়েবসাইট (চাইলে)
make-link-bad-phone = এটি যুক্তরাজ্যের (UK) ফোন নম্বর বলে মনে হচ্ছে না, তাই এটি লিংকে রাখা হয়নি।
make-link-bad-web = https দিয়ে শুরু হয় এমন একটি ওয়েবসাইট ব্যবহার করুন। এটি লিংকে রাখা হয়নি।
make-link-link = লিংক
make-link-message = টেক্সট মেসেজ
make-link-characters = অক্ষর আর স্পেস
make-link-segments = কয়টি টেক্সট মেসেজ লাগবে
make-link-unicode = এই মেসেজে এমন অক্ষর আছে যা সাধারণ অক্ষরের তালিকায় নেই, তাই প্রতিটি টেক্সট মেসেজে কম অক্ষর ধরে।
make-link-copy = কপি করুন
make-link-copied = কপি হয়েছে
make-link-qr = এই লিংকের QR কোড
make-link-print = প্রিন্ট করুন
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: এরপর কী হবে, কার সাথে যোগাযোগ করবেন: { $link }
sms-message-short = এরপর কী হবে, কার সাথে যোগাযোগ করবেন: { $link }

not-found-title = আমরা এই পাতাটি খুঁজে পাচ্ছি না
not-found-body = লিংকটি হয়তো ভুল বা পুরোনো। এখানে আমাদের সব গাইড আছে। আপনার জন্য যেটি মেলে সেটি বেছে নিন।
not-found-offline = এই ফোনে এখন ইন্টারনেট নেই, আর এই পাতাটি এখনও ফোনে সেভ করা নেই। ইন্টারনেট ফিরে এলে লিংকটি আবার চেষ্টা করুন। আগে খোলা গাইডগুলো এখনও কাজ করবে।

unknown-language = এই ভাষা আমাদের কাছে এখনো নেই, তাই এই পাতাটি ইংরেজিতে দেখানো হচ্ছে।

# The language picker on every page.
language-picker-label = আপনার ভাষা বেছে নিন
with-english-link = প্রতিটি অংশের নিচে ইংরেজি লেখাসহ এই গাইডটি পড়ুন
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = এই অনুবাদটি এখনো যাচাই করা হয়নি। কিছু বুঝতে অসুবিধা হলে একজন দোভাষী চান। এটি বিনামূল্যে।
translation-checked = যোগ্য অনুবাদকেরা { $date } তারিখে এই অনুবাদটি যাচাই করেছেন। কিছু বুঝতে অসুবিধা হলে একজন দোভাষী চান। এটি বিনামূল্যে।

footer-make-link = স্টাফদের জন্য: রোগীর জন্য একটি লিংক তৈরি করুন
footer-embed = স্টাফদের জন্য: এই গাইডগুলো আপনার ওয়েবসাইটে রাখুন
footer-not-nhs = এই গাইডটি NHS তৈরি করেনি। NHS-এর সেবাগুলো বেশিরভাগ সময় কীভাবে একসাথে কাজ করে, এটি তা বলে।
footer-privacy = আপনি এখানে যা করেন তা কোথাও পাঠানো হয় না, আর আপনার সম্পর্কে কিছু জমা রাখা হয় না।

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = দুঃখিত, এই পাতায় কিছু একটা সমস্যা হয়েছে
panic-body = এই পাতায় আপনি যা দেখছেন তা এখনো ঠিক আছে। ভুল মনে হলে পাতাটি আবার লোড করুন।
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = আপনার এলাকার তালিকা থেকে একটি সেবা বেছে নিন
make-link-pick-none = কোনোটিই না: আমি নিজে তথ্য লিখব
config-none = এই সাইটে স্থানীয় যোগাযোগের কোনো তথ্য নেই, তাই প্রতিটি ধাপে সাধারণ পরামর্শ দেখানো হয়। আপনার এলাকার সেবাগুলো যোগ করতে README দেখুন।
config-loaded = এই সাইটে { $area }-এর যোগাযোগের তথ্য দেখানো হয়।
config-problems-title = স্থানীয় যোগাযোগের কিছু তথ্য ঠিক করতে হবে
config-problems-intro = এতে রোগীদের কোনো সমস্যা হয় না: তারা শেষ সফল বিল্ডের তথ্য, অথবা সাধারণ পরামর্শ দেখেন। এগুলো ঠিক করুন, তারপর সাইটটি আবার বিল্ড করুন।
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: এখানে ফাইলটি ঠিকভাবে লেখা হয়নি। কোনো কমা, উদ্ধৃতি চিহ্ন বা ব্র্যাকেট বাদ পড়েছে কিনা দেখুন।
config-problem-unknown-field = { $field }: এটি আমাদের জানা কোনো ফিল্ড নয়। বানান ঠিক আছে কিনা দেখুন।
config-problem-missing-field = { $field }: এটি অবশ্যই পূরণ করতে হবে।
config-problem-wrong-type = { $field }: এটি ভুল ধরনের মান, যেমন যেখানে শব্দ থাকার কথা সেখানে একটি সংখ্যা।
config-problem-version = { $field }: এটি অবশ্যই 1 হতে হবে।
config-problem-empty = { $field }: এটি খালি।
config-problem-too-long = { $field }: এটি খুব লম্বা। 120টির কম অক্ষর রাখুন।
config-problem-hidden-characters = { $field }: এতে লুকানো অক্ষর আছে, যা এটি পড়ার ধরন বদলে দিতে পারে। এটি আবার টাইপ করুন।
config-problem-bad-id = { $field }: শুধু ছোট হাতের অক্ষর, সংখ্যা আর ড্যাশ ব্যবহার করুন, যেমন skin-team।
config-problem-duplicate-id = { $field }: দুটি সেবার একই id আছে।
config-problem-bad-phone = { $field }: এটি যুক্তরাজ্যের (UK) ফোন নম্বর নয়। এভাবে লিখুন: 020 7946 0000
config-problem-not-https = { $field }: ওয়েবসাইটটি অবশ্যই https দিয়ে শুরু হতে হবে, http দিয়ে নয়।
config-problem-bad-website = { $field }: এটি কোনো ওয়েবসাইটের ঠিকানা নয়। এভাবে লিখুন: https://hospital.example/clinic
config-problem-unknown-journey = { $field }: এই নামে কোনো গাইড নেই।
config-problem-unknown-contact = { $field }: এটি আমাদের জানা কোনো যোগাযোগের ধরন নয় (যেমন hospital-team)।
config-problem-unknown-service = { $field }: তালিকার কোনো সেবার এই id নেই।
config-problem-unknown-language = { $field }: এই ভাষা আমাদের কাছে নেই।
config-problem-missing-english = { $field }: শব্দগুলো ইংরেজিতেও দিতে হবে, en-GB হিসেবে।

# Staff: put the guides on a practice's website.
embed-title = এই গাইডগুলো আপনার ওয়েবসাইটে রাখুন
embed-intro = কী দেখাবেন তা বেছে নিন, তারপর কোডটি কপি করে আপনার ওয়েব পাতায় বসান। গাইডগুলো আপনার পাতার ভেতরেই দেখা যায়। আপনার সাইট যারা ব্যবহার করেন, তাদের সম্পর্কে এটি কিছুই পাঠায় না।
embed-journey = যে গাইড দেখাবেন
embed-all-guides = সব গাইড, একটি তালিকা হিসেবে
embed-language = যে ভাষায় খুলবে
embed-accent = আপনার ওয়েবসাইটের মূল রং (চাইলে)
embed-accent-hint = একটি # চিহ্নের পরে ছয়টি অক্ষর বা সংখ্যা, যেমন #00703c
embed-accent-bad = এটি কোনো রঙের কোড নয়। এভাবে লিখুন: #00703c
embed-accent-low-contrast = এই রংটি খুব হালকা, তাই হালকা রঙের পাতায় পড়া কঠিন। এর কনট্রাস্ট { $ratio }:1, কিন্তু দরকার 4.5:1। আরও গাঢ় একটি রং বেছে নিন। ততক্ষণ গাইডটি তার নিজের নীল রং রাখবে।
embed-list = শেষে অন্য গাইডগুলোর একটি তালিকা দেখান
embed-code = আপনার ওয়েব পাতার জন্য কোড
embed-copy = কোডটি কপি করুন
embed-copied = কপি হয়েছে
embed-preview = এটি দেখতে কেমন হবে
embed-hosting = যে ওয়েবসাইটে ফ্রেম (frame) যোগ করা যায়, সেখানেই এই কোড কাজ করে। এর জন্য কোনো অ্যাকাউন্ট লাগে না, আর এটি কোনো কুকি রাখে না।

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = এক নজরে ধাপগুলো
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = সহজে পড়ার সংস্করণ
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = সহজে পড়ার সংস্করণ (ইংরেজিতে)
