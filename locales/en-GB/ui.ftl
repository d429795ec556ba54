# Words used on every page: the frame around the journeys.

site-name = What next?
site-tagline = Who does what when your care moves between your GP and the hospital.
skip-to-content = Skip to main content
home-link = All guides

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Need help now?
safety-emergency = In an emergency, call { -emergency-number }.
safety-urgent = { $audience ->
        [parent] If you or your child are unwell and you are not sure what to do, call { -urgent-number } or your GP practice.
       *[other] If you are unwell and not sure what to do, call { -urgent-number } or your GP practice.
    }
safety-online = Or go to 111.nhs.uk online.
safety-mental-health = In a mental health crisis, call { -urgent-number } and choose the mental health option.
safety-deaf = If you are deaf, call 18001 111 on Relay UK, or use the NHS 111 and 999 BSL services.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = These guides are about NHS services in England. In Wales, Scotland and Northern Ireland, some things work in other ways.

home-title = What happens next with your care?
home-intro = Pick the guide that fits you. Each one says who does each step and how to reach them.

# The search box on the home page.
search-label = Search the guides
search-hint = For example: blood test, sick note, prescription.
search-results = { $count ->
        [0] No guides match. Try other words, or pick from the list below.
        [one] 1 guide matches.
       *[other] { $count } guides match.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = a an and the my i me is am are was to for of in on at do does did how what when who why can will with about from it this that have has had be been get got your you

# Group headings on the home page: the question people start from.
topic-referred = I have been referred
topic-waiting = I am waiting
topic-test = I had a test
topic-after-appointment = I have been to a hospital visit
topic-leaving-hospital = I am leaving hospital
topic-medicines-fit-notes = Medicines and fit notes
topic-child = It is about my child
topic-mental-health = It is about my mental health
topic-gp-practice = Getting help from my GP practice, or without it

journey-steps-heading = What happens, step by step
# Under a guide shown inside a practice's website.
journey-more-guides = More of our guides
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = We wrote this page on { $date } from public sources. A clinician has not checked it yet.
journey-reviewed = A clinician, { $reviewer }, checked this page on { $date }.
step-number = Step { $number }
step-who = Who does this
step-contact = How to reach them
step-if-not = If this does not happen
step-ask = Questions you can ask

# Who is responsible for a step.
who-gp-practice = Your GP practice
who-hospital-team = The hospital team
who-patient-or-parent = { $audience ->
        [parent] You, the parent or carer
       *[other] You
    }
who-pharmacy = A pharmacy near you
who-nhs-111 = NHS 111
who-mental-health-team = The mental health team
who-private-clinic = The private clinic
who-other = Someone else: the step says who

# How to reach whoever is responsible.
contact-hospital-team = Ring the hospital team. Their number is on your letter or text.
contact-referral-booking = Use the link in your text or email, or ring the number on your letter.
contact-gp-practice = Call your GP practice, use its online form, or go to the front desk.
contact-hospital-ward = Ask the ward staff before you leave. After that, ring the number on your letter from the ward.
contact-test-requester = Contact the team who asked for the test. Their details are on your letter or form.
contact-pharmacy = Go to or call any pharmacy. You do not need to book.
contact-link-worker = Ask your GP practice to put you in touch with a link worker.
contact-patient-advice = Ask for the hospital's patient advice team. They help when things go wrong.
contact-nhs-111 = Call NHS 111, day or night, or go to 111.nhs.uk.
contact-self-referral = Contact the service yourself, online or by phone. Search for it on the NHS website, or ask your GP practice how to reach it.
contact-mental-health-team = Use the phone number in your care plan. In a crisis, call NHS 111 and choose the mental health option.
contact-private-clinic = Contact the private clinic. Their details are on your letter or bill.
contact-urgent-care = Ring the A&E or urgent treatment centre you went to. The number is on your advice sheet, or ring the hospital's main number.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Ring { $service } on { $phone }.
contact-local-other = Contact { $service }.
contact-local-hours = The phone is answered: { $hours }
contact-local-website = Their web page: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = When the clinic letter reaches your GP
timing-discharge-summary = When the discharge summary reaches your GP
timing-cancer-diagnosis = When the NHS aims to tell you if it is cancer or not
timing-cancelled-operation = When you should have a new date for an operation cancelled on the day
timing-within = Within { $limit } { $unit ->
        [hours] { $limit ->
            [one] hour
           *[other] hours
        }
        [days] { $limit ->
            [one] day
           *[other] days
        }
        [months] { $limit ->
            [one] month
           *[other] months
        }
       *[weeks] { $limit ->
            [one] week
           *[other] weeks
        }
    } of { $from ->
        [appointment] your clinic visit
        [discharge] leaving hospital
        [referral] the referral
       *[cancellation] the day it was cancelled
    }.

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Your details
details-service = This is about: { $service }
details-expect-by = You should hear by { $date }.
details-phone = If you have not heard, or you have a question, ring { $phone }.
details-web = You can also go to { $web }.
details-broken = Some details in your link could not be used. The rest of this page is still right for you.

# The Listen button on a journey page (it reads the page aloud).
listen = Listen to this page
listen-stop = Stop reading

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Scan this code with your phone camera to open this page again.

# Desk mode: a reception screen turned to the patient.
desk-title = Pick your language
desk-journeys = Pick what fits you
desk-take-home = Take this page with you: point your phone camera at this code.
desk-start-again = Start again

# The link maker, for staff at a GP practice or hospital.
make-link-title = Make a link for a patient
make-link-intro = Pick the guide and the patient's language. You can add their details. What you type stays on this device.
make-link-journey = Guide
make-link-language = The patient's language
make-link-service = Service or clinic (if you want)
make-link-start = Date of the referral, test or discharge (if you want)
make-link-wait = Time they should hear in (if you want)
make-link-wait-days = days
make-link-wait-weeks = weeks
make-link-wait-months = months
make-link-phone = Phone number for the team (if you want)
make-link-web = Web page for the team (if you want)
make-link-bad-phone = This does not look like a UK phone number, so it is not in the link.
make-link-bad-web = Use a web page that starts with https. This one is not in the link.
make-link-link = The link
make-link-message = Text message
make-link-characters = Letters and spaces
make-link-segments = Texts it will take
make-link-unicode = This message has letters that are not in the basic set, so each text holds fewer of them.
make-link-copy = Copy it
make-link-copied = Copied
make-link-qr = QR code for this link
make-link-print = Print
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: what happens next, and who to contact: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = What happens next, and who to contact: { $link }

not-found-title = We cannot find that page
not-found-body = The link may be wrong or old. Here are all our guides. Pick the one that fits you.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = This phone has no internet just now, and this page is not saved on it yet. Try the link again when you are online. Guides you have opened before still work.

unknown-language = We do not have that language yet, so this page is in English.

# The language picker on every page.
language-picker-label = Pick your language
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Read this guide with the English under each part
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = This translation has not yet been checked. If anything is unclear, ask for an interpreter. It is free.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Qualified translators checked this translation on { $date }. If anything is unclear, ask for an interpreter. It is free.

footer-make-link = For staff: make a link for a patient
footer-embed = For staff: put these guides on your website
footer-not-nhs = This guide is not made by the NHS. It says how NHS services work together most of the time.
footer-privacy = Nothing you do here is sent anywhere or stored about you.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Sorry, something went wrong on this page
panic-body = What you see on this page is still right. If it looks wrong, load the page again.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Pick a service from your area's list
make-link-pick-none = None: I will type the details
config-none = This site has no local contact details, so each step gives the general advice. To add your area's services, see the README.
config-loaded = This site shows the contact details for { $area }.
config-problems-title = Some local contact details need fixing
config-problems-intro = Patients are not affected: they see the details from the last good build, or the general advice. Fix these, then build the site again.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: the file is not written correctly here. Look for a missing comma, quote mark or bracket.
config-problem-unknown-field = { $field }: this is not a field we know. Check the spelling.
config-problem-missing-field = { $field }: this must be filled in.
config-problem-wrong-type = { $field }: this is the wrong kind of value, for example a number where words should be.
config-problem-version = { $field }: this must be 1.
config-problem-empty = { $field }: this is empty.
config-problem-too-long = { $field }: this is too long. Keep it under 120 letters.
config-problem-hidden-characters = { $field }: this has hidden characters that could change how it reads. Type it again.
config-problem-bad-id = { $field }: use only small letters, numbers and dashes, like skin-team.
config-problem-duplicate-id = { $field }: two services have this same id.
config-problem-bad-phone = { $field }: this is not a UK phone number. Write it like 020 7946 0000.
config-problem-not-https = { $field }: the web page must start with https, not http.
config-problem-bad-website = { $field }: this is not a web address. Write it like https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: there is no guide with this name.
config-problem-unknown-contact = { $field }: this is not a kind of contact we know, like hospital-team.
config-problem-unknown-service = { $field }: no service in the list has this id.
config-problem-unknown-language = { $field }: we do not have this language.
config-problem-missing-english = { $field }: the words must also be given in English, as en-GB.

# Staff: put the guides on a practice's website.
embed-title = Put these guides on your website
embed-intro = Choose what to show, then copy the code into your web page. The guides show inside your page. It sends nothing about the people who use your site.
embed-journey = Guide to show
embed-all-guides = All guides, as a list
embed-language = Language it opens in
embed-accent = Your website's main colour (if you want)
embed-accent-hint = Six letters or numbers after a #, like #00703c.
embed-accent-bad = This is not a colour code. Write it like #00703c.
embed-accent-low-contrast = This colour is too light to read on a pale page. Its contrast is { $ratio } to 1, and it needs 4.5 to 1. Pick a darker colour. Until then the guide keeps its own blue.
embed-list = Show a list of the other guides at the end
embed-code = Code for your web page
embed-copy = Copy the code
embed-copied = Copied
embed-preview = How it will look
embed-hosting = The code works on any website that lets you add a frame. It needs no account and sets no cookies.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = The steps at a glance
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Easy Read version
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Easy Read version (in English)
