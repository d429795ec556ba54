# Words used on every page: the frame around the journeys.

site-name = Και τώρα τι;
site-tagline = Ποιος κάνει τι, όταν η φροντίδα σας περνά ανάμεσα στον GP σας (τον οικογενειακό γιατρό) και στο νοσοκομείο.
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
home-link = Όλοι οι οδηγοί

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Χρειάζεστε βοήθεια τώρα;
safety-emergency = Σε έκτακτη ανάγκη, καλέστε το { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Αν εσείς ή το παιδί σας δεν είστε καλά και δεν είστε σίγουροι τι να κάνετε, καλέστε το { -urgent-number } ή το ιατρείο του GP σας.
       *[other] Αν δεν είστε καλά και δεν είστε σίγουροι τι να κάνετε, καλέστε το { -urgent-number } ή το ιατρείο του GP σας.
    }
safety-online = Ή μπείτε στο 111.nhs.uk στο ίντερνετ.
safety-mental-health = Σε κρίση ψυχικής υγείας, καλέστε το { -urgent-number } και διαλέξτε την επιλογή για την ψυχική υγεία.
safety-deaf = Αν είστε κωφός ή κωφή, καλέστε το 18001 111 μέσω Relay UK ή χρησιμοποιήστε τις υπηρεσίες BSL (βρετανική νοηματική γλώσσα) του NHS 111 και του 999.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Αυτοί οι οδηγοί αφορούν τις υπηρεσίες του NHS (της δημόσιας υπηρεσίας υγείας) στην Αγγλία. Στην Ουαλία, στη Σκωτία και στη Βόρεια Ιρλανδία, κάποια πράγματα γίνονται αλλιώς.

home-title = Τι γίνεται μετά με τη φροντίδα σας;
home-intro = Διαλέξτε τον οδηγό που σας ταιριάζει. Κάθε οδηγός λέει ποιος κάνει κάθε βήμα και πώς θα τον βρείτε.

# The search box on the home page.
search-label = Αναζήτηση στους οδηγούς
search-hint = Για παράδειγμα: εξέταση αίματος, βεβαίωση ασθένειας, συνταγή.
search-results = { $count ->
        [0] Κανένας οδηγός δεν ταιριάζει. Δοκιμάστε άλλες λέξεις ή διαλέξτε από τη λίστα παρακάτω.
        [one] Ταιριάζει 1 οδηγός.
       *[other] Ταιριάζουν { $count } οδηγοί.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = ο η το οι τα του της των τον την τη τους τις στο στη στην στον στα στους στις σε με για από απο και ή να θα δεν δε μη μην είναι ειναι είμαι ειμαι είστε ειστε ήταν ηταν έχω εχω έχει εχει έχετε εχετε είχα ειχα πώς πως τι πότε ποτε ποιος ποια ποιο ποιον γιατί γιατι μου σου σας μας αυτό αυτο αυτή αυτη αυτός αυτος ένα ενα μια μία ένας ενας που πού μπορώ μπορω μπορεί μπορει εγώ εγω εσύ εσυ εσείς εσεις κάνω κανω

# Group headings on the home page: the question people start from.
topic-referred = Έχω παραπομπή
topic-waiting = Περιμένω
topic-test = Έκανα μια εξέταση
topic-after-appointment = Πήγα σε ραντεβού στο νοσοκομείο
topic-leaving-hospital = Βγαίνω από το νοσοκομείο
topic-medicines-fit-notes = Φάρμακα και βεβαιώσεις ασθένειας
topic-child = Αφορά το παιδί μου
topic-mental-health = Αφορά την ψυχική μου υγεία
topic-gp-practice = Βοήθεια από το ιατρείο του GP μου, ή χωρίς αυτό

journey-steps-heading = Τι γίνεται, βήμα βήμα
# Under a guide shown inside a practice's website.
journey-more-guides = Περισσότεροι οδηγοί μας
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Γράψαμε αυτή τη σελίδα στις { $date } από δημόσιες πηγές. Δεν την έχει ελέγξει ακόμη επαγγελματίας υγείας.
journey-reviewed = Επαγγελματίας υγείας ({ $reviewer }) έλεγξε αυτή τη σελίδα στις { $date }.
step-number = Βήμα { $number }
step-who = Ποιος το κάνει
step-contact = Πώς θα τους βρείτε
step-if-not = Αν αυτό δεν γίνει
step-ask = Ερωτήσεις που μπορείτε να κάνετε

# Who is responsible for a step.
who-gp-practice = Το ιατρείο του GP σας
who-hospital-team = Η ομάδα του νοσοκομείου
who-patient-or-parent = { $audience ->
        [parent] Εσείς, ο γονιός ή ο φροντιστής
       *[other] Εσείς
    }
who-pharmacy = Ένα φαρμακείο κοντά σας
who-nhs-111 = NHS 111
who-mental-health-team = Η ομάδα ψυχικής υγείας
who-private-clinic = Η ιδιωτική κλινική
who-other = Κάποιος άλλος: το βήμα λέει ποιος

# How to reach whoever is responsible.
contact-hospital-team = Τηλεφωνήστε στην ομάδα του νοσοκομείου. Ο αριθμός τους είναι στο γράμμα ή στο μήνυμα που πήρατε.
contact-referral-booking = Χρησιμοποιήστε τον σύνδεσμο στο μήνυμα ή στο email σας, ή τηλεφωνήστε στον αριθμό που είναι στο γράμμα σας.
contact-gp-practice = Τηλεφωνήστε στο ιατρείο του GP σας, χρησιμοποιήστε την ηλεκτρονική φόρμα του ή πηγαίνετε στην υποδοχή.
contact-hospital-ward = Ρωτήστε το προσωπικό της πτέρυγας (ward) πριν φύγετε. Μετά από αυτό, τηλεφωνήστε στον αριθμό που είναι στο γράμμα που σας έδωσε η πτέρυγα.
contact-test-requester = Επικοινωνήστε με την ομάδα που ζήτησε την εξέταση. Τα στοιχεία τους είναι στο γράμμα ή στο έντυπό σας.
contact-pharmacy = Πηγαίνετε ή τηλεφωνήστε σε οποιοδήποτε φαρμακείο. Δεν χρειάζεται ραντεβού.
contact-link-worker = Ζητήστε από το ιατρείο του GP σας να σας φέρει σε επαφή με έναν link worker (έναν άνθρωπο που σας συνδέει με βοήθεια στην περιοχή σας).
contact-patient-advice = Ζητήστε την ομάδα συμβουλών για ασθενείς του νοσοκομείου. Βοηθούν όταν κάτι πάει στραβά.
contact-nhs-111 = Καλέστε το NHS 111, μέρα ή νύχτα, ή μπείτε στο 111.nhs.uk.
contact-self-referral = Επικοινωνήστε μόνοι σας με την υπηρεσία, στο ίντερνετ ή στο τηλέφωνο. Αναζητήστε τη στο NHS website (τον ιστότοπο του NHS) ή ρωτήστε το ιατρείο του GP σας πώς θα τη βρείτε.
contact-mental-health-team = Χρησιμοποιήστε τον αριθμό τηλεφώνου που είναι στο σχέδιο φροντίδας σας. Σε κρίση, καλέστε το NHS 111 και διαλέξτε την επιλογή για την ψυχική υγεία.
contact-private-clinic = Επικοινωνήστε με την ιδιωτική κλινική. Τα στοιχεία της είναι στο γράμμα ή στον λογαριασμό σας.
contact-urgent-care = Τηλεφωνήστε στο A&E (τμήμα επειγόντων) ή στο κέντρο επείγουσας θεραπείας (urgent treatment centre) όπου πήγατε. Ο αριθμός είναι στο φύλλο με τις οδηγίες σας. Αλλιώς, τηλεφωνήστε στον κεντρικό αριθμό του νοσοκομείου.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Τηλεφωνήστε στην υπηρεσία { $service } στο { $phone }.
contact-local-other = Επικοινωνήστε με την υπηρεσία { $service }.
contact-local-hours = Ώρες που απαντούν στο τηλέφωνο: { $hours }
contact-local-website = Η ιστοσελίδα τους: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = Πότε φτάνει στον GP σας το γράμμα από το νοσοκομείο (clinic letter)
timing-discharge-summary = Πότε φτάνει στον GP σας το σημείωμα εξόδου (discharge summary)
timing-cancer-diagnosis = Πότε έχει στόχο το NHS να σας πει αν είναι καρκίνος ή όχι
timing-cancelled-operation = Πότε θα πρέπει να έχετε νέα ημερομηνία για μια επέμβαση που ακυρώθηκε την ίδια μέρα της επέμβασης
timing-within = Μέσα σε { $limit } { $unit ->
        [hours] { $limit ->
            [one] ώρα
           *[other] ώρες
        }
        [days] { $limit ->
            [one] μέρα
           *[other] μέρες
        }
        [months] { $limit ->
            [one] μήνα
           *[other] μήνες
        }
       *[weeks] { $limit ->
            [one] εβδομάδα
           *[other] εβδομάδες
        }
    } από { $from ->
        [appointment] το ραντεβού σας στο ιατρείο του νοσοκομείου
        [discharge] την έξοδό σας από το νοσοκομείο
        [referral] την παραπομπή
       *[cancellation] τη μέρα που ακυρώθηκε
    }.

# A date such as 21 November 2026.
date = { $day } { $month ->
        [1] Ιανουαρίου
        [2] Φεβρουαρίου
        [3] Μαρτίου
        [4] Απριλίου
        [5] Μαΐου
        [6] Ιουνίου
        [7] Ιουλίου
        [8] Αυγούστου
        [9] Σεπτεμβρίου
        [10] Οκτωβρίου
        [11] Νοεμβρίου
       *[12] Δεκεμβρίου
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Τα στοιχεία σας
details-service = Αφορά: { $service }
details-expect-by = Θα πρέπει να έχετε νέα μέχρι τις { $date }.
details-phone = Αν δεν έχετε μάθει τίποτα ή έχετε μια ερώτηση, τηλεφωνήστε στο { $phone }.
details-web = Μπορείτε επίσης να μπείτε στο { $web }.
details-broken = Κάποια στοιχεία στον σύνδεσμό σας δεν μπόρεσαν να χρησιμοποιηθούν. Η υπόλοιπη σελίδα εξακολουθεί να ισχύει για εσάς.

# The Listen button on a journey page (it reads the page aloud).
listen = Ακούστε αυτή τη σελίδα
listen-stop = Σταματήστε την ανάγνωση

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Σαρώστε αυτόν τον κωδικό με την κάμερα του κινητού σας για να ανοίξετε ξανά αυτή τη σελίδα.

# Desk mode: a reception screen turned to the patient.
desk-title = Διαλέξτε τη γλώσσα σας
desk-journeys = Διαλέξτε αυτό που σας ταιριάζει
desk-take-home = Πάρτε αυτή τη σελίδα μαζί σας: στρέψτε την κάμερα του κινητού σας σε αυτόν τον κωδικό.
desk-start-again = Από την αρχή

# The link maker, for staff at a GP practice or hospital.
make-link-title = Φτιάξτε έναν σύνδεσμο για έναν ασθενή
make-link-intro = Διαλέξτε τον οδηγό και τη γλώσσα του ασθενή. Μπορείτε να προσθέσετε τα στοιχεία του. Ό,τι πληκτρολογείτε μένει σε αυτή τη συσκευή.
make-link-journey = Οδηγός
make-link-language = Η γλώσσα του ασθενή
make-link-service = Υπηρεσία ή ιατρείο (αν θέλετε)
make-link-start = Ημερομηνία της παραπομπής, της εξέτασης ή της εξόδου από το νοσοκομείο (αν θέλετε)
make-link-wait = Σε πόσο χρόνο θα πρέπει να έχει νέα (αν θέλετε)
make-link-wait-days = μέρες
make-link-wait-weeks = εβδομάδες
make-link-wait-months = μήνες
make-link-phone = Αριθμός τηλεφώνου της ομάδας (αν θέλετε)
make-link-web = Ιστοσελίδα της ομάδας (αν θέλετε)
make-link-bad-phone = Αυτό δεν μοιάζει με αριθμό τηλεφώνου του Ηνωμένου Βασιλείου, γι' αυτό δεν μπήκε στον σύνδεσμο.
make-link-bad-web = Χρησιμοποιήστε ιστοσελίδα που αρχίζει με https. Αυτή δεν μπήκε στον σύνδεσμο.
make-link-link = Ο σύνδεσμος
make-link-message = Γραπτό μήνυμα
make-link-characters = Γράμματα και κενά
make-link-segments = Πόσα μηνύματα θα χρειαστούν
make-link-unicode = Αυτό το μήνυμα έχει γράμματα που δεν είναι στο βασικό σύνολο, γι' αυτό κάθε μήνυμα χωράει λιγότερα.
make-link-copy = Αντιγραφή
make-link-copied = Αντιγράφηκε
make-link-qr = Κωδικός QR για αυτόν τον σύνδεσμο
make-link-print = Εκτύπωση
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: τι γίνεται μετά και με ποιον να επικοινωνήσετε: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Τι γίνεται μετά και με ποιον να επικοινωνήσετε: { $link }

not-found-title = Δεν βρίσκουμε αυτή τη σελίδα
not-found-body = Ο σύνδεσμος μπορεί να είναι λάθος ή παλιός. Εδώ είναι όλοι οι οδηγοί μας. Διαλέξτε αυτόν που σας ταιριάζει.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Αυτό το κινητό δεν έχει ίντερνετ αυτή τη στιγμή, και αυτή η σελίδα δεν έχει αποθηκευτεί ακόμη σε αυτό. Δοκιμάστε ξανά τον σύνδεσμο όταν θα έχετε ίντερνετ. Οι οδηγοί που έχετε ανοίξει πριν λειτουργούν κανονικά.

unknown-language = Δεν έχουμε ακόμη αυτή τη γλώσσα, γι' αυτό αυτή η σελίδα είναι στα αγγλικά.

# The language picker on every page.
language-picker-label = Διαλέξτε τη γλώσσα σας
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Διαβάστε αυτόν τον οδηγό με τα αγγλικά κάτω από κάθε μέρος
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Αυτή η μετάφραση δεν έχει ελεγχθεί ακόμη. Αν κάτι δεν είναι σαφές, ζητήστε διερμηνέα. Είναι δωρεάν.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Μεταφραστές με τα κατάλληλα προσόντα έλεγξαν αυτή τη μετάφραση στις { $date }. Αν κάτι δεν είναι σαφές, ζητήστε διερμηνέα. Είναι δωρεάν.

footer-make-link = Για το προσωπικό: φτιάξτε έναν σύνδεσμο για έναν ασθενή
footer-embed = Για το προσωπικό: βάλτε αυτούς τους οδηγούς στην ιστοσελίδα σας
footer-not-nhs = Αυτός ο οδηγός δεν είναι φτιαγμένος από το NHS. Λέει πώς συνεργάζονται οι υπηρεσίες του NHS τις περισσότερες φορές.
footer-privacy = Τίποτα από όσα κάνετε εδώ δεν στέλνεται πουθενά, και τίποτα για εσάς δεν αποθηκεύεται.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Λυπούμαστε, κάτι πήγε στραβά σε αυτή τη σελίδα
panic-body = Ό,τι βλέπετε σε αυτή τη σελίδα εξακολουθεί να ισχύει. Αν κάτι φαίνεται λάθος, φορτώστε ξανά τη σελίδα.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Διαλέξτε μια υπηρεσία από τη λίστα της περιοχής σας
make-link-pick-none = Καμία: θα γράψω εγώ τα στοιχεία
config-none = Αυτός ο ιστότοπος δεν έχει τοπικά στοιχεία επικοινωνίας, γι' αυτό κάθε βήμα δίνει τις γενικές συμβουλές. Για να προσθέσετε τις υπηρεσίες της περιοχής σας, δείτε το README.
config-loaded = Αυτός ο ιστότοπος δείχνει τα στοιχεία επικοινωνίας για την περιοχή: { $area }.
config-problems-title = Κάποια τοπικά στοιχεία επικοινωνίας χρειάζονται διόρθωση
config-problems-intro = Οι ασθενείς δεν επηρεάζονται: βλέπουν τα στοιχεία από την τελευταία σωστή έκδοση (build) ή τις γενικές συμβουλές. Διορθώστε αυτά τα προβλήματα και μετά φτιάξτε ξανά τον ιστότοπο (build).
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: το αρχείο δεν είναι γραμμένο σωστά εδώ. Ψάξτε για κόμμα, εισαγωγικό ή αγκύλη που λείπει.
config-problem-unknown-field = { $field }: αυτό δεν είναι πεδίο που γνωρίζουμε. Ελέγξτε την ορθογραφία.
config-problem-missing-field = { $field }: αυτό πρέπει να συμπληρωθεί.
config-problem-wrong-type = { $field }: αυτό είναι λάθος είδος τιμής, για παράδειγμα αριθμός εκεί που πρέπει να υπάρχουν λέξεις.
config-problem-version = { $field }: αυτό πρέπει να είναι 1.
config-problem-empty = { $field }: αυτό είναι κενό.
config-problem-too-long = { $field }: αυτό είναι πολύ μεγάλο. Κρατήστε το κάτω από 120 γράμματα.
config-problem-hidden-characters = { $field }: αυτό έχει κρυφούς χαρακτήρες που μπορεί να αλλάξουν τον τρόπο που διαβάζεται. Πληκτρολογήστε το ξανά.
config-problem-bad-id = { $field }: χρησιμοποιήστε μόνο μικρά λατινικά γράμματα, αριθμούς και παύλες, όπως skin-team.
config-problem-duplicate-id = { $field }: δύο υπηρεσίες έχουν το ίδιο id.
config-problem-bad-phone = { $field }: αυτός δεν είναι αριθμός τηλεφώνου του Ηνωμένου Βασιλείου. Γράψτε τον όπως 020 7946 0000.
config-problem-not-https = { $field }: η ιστοσελίδα πρέπει να αρχίζει με https, όχι με http.
config-problem-bad-website = { $field }: αυτή δεν είναι διεύθυνση ιστοσελίδας. Γράψτε την όπως https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: δεν υπάρχει οδηγός με αυτό το όνομα.
config-problem-unknown-contact = { $field }: αυτό δεν είναι είδος επικοινωνίας που γνωρίζουμε, όπως το hospital-team.
config-problem-unknown-service = { $field }: καμία υπηρεσία στη λίστα δεν έχει αυτό το id.
config-problem-unknown-language = { $field }: δεν έχουμε αυτή τη γλώσσα.
config-problem-missing-english = { $field }: οι λέξεις πρέπει να δοθούν και στα αγγλικά, ως en-GB.

# Staff: put the guides on a practice's website.
embed-title = Βάλτε αυτούς τους οδηγούς στην ιστοσελίδα σας
embed-intro = Διαλέξτε τι θα φαίνεται και μετά αντιγράψτε τον κώδικα στην ιστοσελίδα σας. Οι οδηγοί εμφανίζονται μέσα στη σελίδα σας. Ο κώδικας δεν στέλνει τίποτα για τους ανθρώπους που χρησιμοποιούν τον ιστότοπό σας.
embed-journey = Οδηγός που θα φαίνεται
embed-all-guides = Όλοι οι οδηγοί, σε λίστα
embed-language = Γλώσσα στην οποία ανοίγει
embed-accent = Το κύριο χρώμα του ιστότοπού σας (αν θέλετε)
embed-accent-hint = Έξι γράμματα ή αριθμοί μετά από ένα #, όπως #00703c.
embed-accent-bad = Αυτός δεν είναι κωδικός χρώματος. Γράψτε τον όπως #00703c.
embed-accent-low-contrast = Αυτό το χρώμα είναι πολύ ανοιχτό για να διαβάζεται σε ανοιχτόχρωμη σελίδα. Η αντίθεσή του είναι { $ratio } προς 1, και χρειάζεται 4.5 προς 1. Διαλέξτε πιο σκούρο χρώμα. Μέχρι τότε, ο οδηγός κρατά το δικό του μπλε χρώμα.
embed-list = Να φαίνεται στο τέλος μια λίστα με τους άλλους οδηγούς
embed-code = Κώδικας για την ιστοσελίδα σας
embed-copy = Αντιγραφή του κώδικα
embed-copied = Αντιγράφηκε
embed-preview = Πώς θα φαίνεται
embed-hosting = Ο κώδικας λειτουργεί σε κάθε ιστότοπο που σας επιτρέπει να προσθέσετε πλαίσιο (frame). Δεν χρειάζεται λογαριασμό και δεν βάζει cookies.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Τα βήματα με μια ματιά
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Έκδοση εύκολη στην ανάγνωση
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Έκδοση εύκολη στην ανάγνωση (στα αγγλικά)
