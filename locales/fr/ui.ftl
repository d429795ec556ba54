# Words used on every page: the frame around the journeys.

site-name = Et maintenant ?
site-tagline = Qui fait quoi quand vos soins passent entre votre GP (médecin de famille) et l'hôpital.
skip-to-content = Aller au contenu principal
home-link = Tous les guides

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Besoin d'aide maintenant ?
safety-emergency = En cas d'urgence, appelez le { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Si vous ou votre enfant n'allez pas bien et que vous ne savez pas quoi faire, appelez le { -urgent-number } ou le cabinet de votre GP.
       *[other] Si vous n'allez pas bien et que vous ne savez pas quoi faire, appelez le { -urgent-number } ou le cabinet de votre GP.
    }
safety-online = Ou allez sur internet, sur 111.nhs.uk.
safety-mental-health = En cas de crise de santé mentale, appelez le { -urgent-number } et choisissez l'option santé mentale.
safety-deaf = Si vous êtes une personne sourde, appelez le 18001 111 avec Relay UK, ou utilisez les services en BSL (langue des signes britannique) du NHS 111 et du 999.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Ces guides parlent des services du NHS (le service public de santé) en Angleterre. Au pays de Galles, en Écosse et en Irlande du Nord, certaines choses se passent autrement.

home-title = Que se passe-t-il ensuite pour vos soins ?
home-intro = Choisissez le guide qui correspond à votre situation. Chaque guide dit qui fait chaque étape et comment joindre cette personne.

# The search box on the home page.
search-label = Chercher dans les guides
search-hint = Par exemple : prise de sang, arrêt de travail, ordonnance.
search-results = { $count ->
        [0] Aucun guide ne correspond. Essayez d'autres mots, ou choisissez dans la liste ci-dessous.
        [one] 1 guide correspond.
       *[other] { $count } guides correspondent.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = le la les l un une des de du d et ou à au aux en dans sur pour par avec sans ce cet cette ces ça c mon ma mes ton ta tes son sa ses votre vos notre nos leur leurs je j me m moi tu te t toi il elle on nous vous ils elles se s est suis es sont ai as a ont avons avez été être avoir fait faire fais que qu qui quoi quand comment pourquoi où ne n pas y très

# Group headings on the home page: the question people start from.
topic-referred = On m'envoie à l'hôpital
topic-waiting = J'attends
topic-test = J'ai passé un examen
topic-after-appointment = J'ai eu un rendez-vous à l'hôpital
topic-leaving-hospital = Je sors de l'hôpital
topic-medicines-fit-notes = Médicaments et arrêts de travail
topic-child = Cela concerne mon enfant
topic-mental-health = Cela concerne ma santé mentale
topic-gp-practice = Avoir de l'aide du cabinet de mon GP, ou sans passer par lui

journey-steps-heading = Ce qui se passe, étape par étape
# Under a guide shown inside a practice's website.
journey-more-guides = Nos autres guides
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Nous avons écrit cette page le { $date } à partir de sources publiques. Aucun professionnel de santé ne l'a encore vérifiée.
journey-reviewed = Un professionnel de santé, { $reviewer }, a vérifié cette page le { $date }.
step-number = Étape { $number }
step-who = Qui s'en occupe
step-contact = Comment les joindre
step-if-not = Si cela ne se passe pas
step-ask = Questions que vous pouvez poser

# Who is responsible for a step.
who-gp-practice = Le cabinet de votre GP
who-hospital-team = L'équipe de l'hôpital
who-patient-or-parent = { $audience ->
        [parent] Vous, le parent ou la personne qui s'occupe de l'enfant
       *[other] Vous
    }
who-pharmacy = Une pharmacie près de chez vous
who-nhs-111 = NHS 111
who-mental-health-team = L'équipe de santé mentale
who-private-clinic = La clinique privée
who-other = Quelqu'un d'autre : l'étape dit qui

# How to reach whoever is responsible.
contact-hospital-team = Appelez l'équipe de l'hôpital. Son numéro est sur votre lettre ou votre SMS.
contact-referral-booking = Utilisez le lien de votre SMS ou de votre e-mail, ou appelez le numéro indiqué sur votre lettre.
contact-gp-practice = Appelez le cabinet de votre GP, utilisez son formulaire en ligne, ou allez à l'accueil.
contact-hospital-ward = Demandez au personnel du service hospitalier (ward) avant de partir. Ensuite, appelez le numéro indiqué sur la lettre que le service vous a donnée.
contact-test-requester = Contactez l'équipe qui a demandé l'examen. Ses coordonnées sont sur votre lettre ou votre formulaire.
contact-pharmacy = Allez dans n'importe quelle pharmacie, ou appelez-la. Vous n'avez pas besoin de prendre rendez-vous.
contact-link-worker = Demandez au cabinet de votre GP de vous mettre en contact avec un conseiller de liaison (link worker).
contact-patient-advice = Demandez l'équipe d'aide aux patients de l'hôpital. Elle aide quand les choses se passent mal.
contact-nhs-111 = Appelez le NHS 111, de jour comme de nuit, ou allez sur 111.nhs.uk.
contact-self-referral = Contactez le service vous-même, en ligne ou par téléphone. Cherchez-le sur le NHS website (le site internet du NHS), ou demandez au cabinet de votre GP comment le joindre.
contact-mental-health-team = Utilisez le numéro de téléphone indiqué dans votre plan de soins. En cas de crise, appelez le NHS 111 et choisissez l'option santé mentale.
contact-private-clinic = Contactez la clinique privée. Ses coordonnées sont sur votre lettre ou votre facture.
contact-urgent-care = Appelez le service des urgences (A&E) ou le centre de soins urgents où vous avez eu vos soins. Le numéro est sur votre fiche de conseils. Sinon, appelez le numéro principal de l'hôpital.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Appelez { $service } au { $phone }.
contact-local-other = Contactez { $service }.
contact-local-hours = Horaires du téléphone : { $hours }
contact-local-website = Leur page internet : { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = Quand le compte rendu de consultation arrive chez votre GP
timing-discharge-summary = Quand le compte rendu de sortie arrive chez votre GP
timing-cancer-diagnosis = Quand le NHS a pour objectif de vous dire si c'est un cancer ou non
timing-cancelled-operation = Quand vous devriez avoir une nouvelle date pour une opération annulée le jour même
timing-within = Dans un délai de { $limit } { $unit ->
        [hours] { $limit ->
            [one] heure
           *[other] heures
        }
        [days] { $limit ->
            [one] jour
           *[other] jours
        }
        [months] { $limit ->
            [one] mois
           *[other] mois
        }
       *[weeks] { $limit ->
            [one] semaine
           *[other] semaines
        }
    } après { $from ->
        [appointment] votre rendez-vous à la consultation
        [discharge] votre sortie de l'hôpital
        [referral] l'orientation vers l'hôpital
       *[cancellation] le jour de l'annulation
    }.

# A date such as 21 November 2026.
date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Vos informations
details-service = Cela concerne : { $service }
details-expect-by = Vous devriez avoir des nouvelles au plus tard le { $date }.
details-phone = Si vous n'avez pas de nouvelles, ou si vous avez une question, appelez le { $phone }.
details-web = Vous pouvez aussi aller sur { $web }.
details-broken = Certaines informations de votre lien n'ont pas pu être utilisées. Le reste de cette page est toujours valable pour vous.

# The Listen button on a journey page (it reads the page aloud).
listen = Écouter cette page
listen-stop = Arrêter la lecture

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Scannez ce code avec l'appareil photo de votre téléphone pour ouvrir à nouveau cette page.

# Desk mode: a reception screen turned to the patient.
desk-title = Choisissez votre langue
desk-journeys = Choisissez ce qui correspond à votre situation
desk-take-home = Emportez cette page avec vous : pointez l'appareil photo de votre téléphone vers ce code.
desk-start-again = Recommencer

# The link maker, for staff at a GP practice or hospital.
make-link-title = Créer un lien pour un patient
make-link-intro = Choisissez le guide et la langue du patient. Vous pouvez ajouter ses informations. Ce que vous tapez reste sur cet appareil.
make-link-journey = Guide
make-link-language = La langue du patient
make-link-service = Service ou consultation (facultatif)
make-link-start = Date de l'orientation, de l'examen ou de la sortie (facultatif)
make-link-wait = Délai dans lequel il devrait avoir des nouvelles (facultatif)
make-link-wait-days = jours
make-link-wait-weeks = semaines
make-link-wait-months = mois
make-link-phone = Numéro de téléphone de l'équipe (facultatif)
make-link-web = Page internet de l'équipe (facultatif)
make-link-bad-phone = Cela ne ressemble pas à un numéro de téléphone du Royaume-Uni, donc il n'est pas dans le lien.
make-link-bad-web = Utilisez une page internet qui commence par https. Celle-ci n'est pas dans le lien.
make-link-link = Le lien
make-link-message = SMS
make-link-characters = Lettres et espaces
make-link-segments = Nombre de SMS nécessaires
make-link-unicode = Ce message contient des lettres qui ne sont pas dans le jeu de caractères de base, donc chaque SMS en contient moins.
make-link-copy = Copier
make-link-copied = Copié
make-link-qr = Code QR pour ce lien
make-link-print = Imprimer
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title } : ce qui va se passer, et qui contacter : { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Ce qui va se passer, et qui contacter : { $link }

not-found-title = Nous ne trouvons pas cette page
not-found-body = Le lien est peut-être faux ou trop ancien. Voici tous nos guides. Choisissez celui qui correspond à votre situation.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Ce téléphone n'a pas internet pour le moment, et cette page n'y est pas encore enregistrée. Essayez à nouveau le lien quand vous aurez internet. Les guides que vous avez déjà ouverts marchent toujours.

unknown-language = Nous n'avons pas encore cette langue, donc cette page est en anglais.

# The language picker on every page.
language-picker-label = Choisissez votre langue
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Lisez ce guide avec le texte anglais sous chaque partie
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Cette traduction n'a pas encore été vérifiée. Si quelque chose n'est pas clair, demandez un interprète. C'est gratuit.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Des traducteurs qualifiés ont vérifié cette traduction le { $date }. Si quelque chose n'est pas clair, demandez un interprète. C'est gratuit.

footer-make-link = Pour le personnel : créer un lien pour un patient
footer-embed = Pour le personnel : mettre ces guides sur votre site internet
footer-not-nhs = Ce guide n'est pas fait par le NHS. Il explique comment les services du NHS travaillent ensemble la plupart du temps.
footer-privacy = Rien de ce que vous faites ici n'est envoyé ailleurs, ni enregistré à votre sujet.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Désolé, un problème est survenu sur cette page
panic-body = Ce que vous voyez sur cette page est toujours valable. Si cela semble faux, chargez à nouveau la page.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Choisissez un service dans la liste de votre région
make-link-pick-none = Aucun : je vais taper les informations
config-none = Ce site n'a pas de coordonnées locales, donc chaque étape donne les conseils généraux. Pour ajouter les services de votre région, voir le README.
config-loaded = Ce site affiche les coordonnées pour { $area }.
config-problems-title = Certaines coordonnées locales doivent être corrigées
config-problems-intro = Les patients ne sont pas touchés : ils voient les coordonnées de la dernière version correcte, ou les conseils généraux. Corrigez ces erreurs, puis générez à nouveau le site.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field } : le fichier n'est pas écrit correctement ici. Cherchez une virgule, un guillemet ou un crochet qui manque.
config-problem-unknown-field = { $field } : nous ne connaissons pas ce champ. Vérifiez l'orthographe.
config-problem-missing-field = { $field } : ce champ doit être rempli.
config-problem-wrong-type = { $field } : ce n'est pas le bon type de valeur, par exemple un nombre là où il faut des mots.
config-problem-version = { $field } : la valeur doit être 1.
config-problem-empty = { $field } : ce champ est vide.
config-problem-too-long = { $field } : c'est trop long. Utilisez moins de 120 lettres.
config-problem-hidden-characters = { $field } : il y a des caractères cachés qui peuvent changer la façon de lire le texte. Tapez-le à nouveau.
config-problem-bad-id = { $field } : utilisez seulement des lettres minuscules, des chiffres et des tirets, comme skin-team.
config-problem-duplicate-id = { $field } : deux services ont ce même identifiant (id).
config-problem-bad-phone = { $field } : ce n'est pas un numéro de téléphone du Royaume-Uni. Écrivez-le comme ceci : 020 7946 0000.
config-problem-not-https = { $field } : la page internet doit commencer par https, et non par http.
config-problem-bad-website = { $field } : ce n'est pas une adresse internet. Écrivez-la comme ceci : https://hospital.example/clinic.
config-problem-unknown-journey = { $field } : aucun guide ne porte ce nom.
config-problem-unknown-contact = { $field } : ce n'est pas un type de contact que nous connaissons, comme hospital-team.
config-problem-unknown-service = { $field } : aucun service de la liste n'a cet identifiant.
config-problem-unknown-language = { $field } : nous n'avons pas cette langue.
config-problem-missing-english = { $field } : le texte doit aussi être donné en anglais, avec le code en-GB.

# Staff: put the guides on a practice's website.
embed-title = Mettre ces guides sur votre site internet
embed-intro = Choisissez ce que vous voulez montrer, puis copiez le code dans votre page internet. Les guides s'affichent dans votre page. Le code n'envoie rien sur les personnes qui utilisent votre site.
embed-journey = Guide à afficher
embed-all-guides = Tous les guides, sous forme de liste
embed-language = Langue d'ouverture
embed-accent = La couleur principale de votre site (facultatif)
embed-accent-hint = Six lettres ou chiffres après un #, comme #00703c.
embed-accent-bad = Ce n'est pas un code de couleur. Écrivez-le comme ceci : #00703c.
embed-accent-low-contrast = Cette couleur est trop claire pour être lue sur une page pâle. Son contraste est de { $ratio } pour 1, et il faut 4.5 pour 1. Choisissez une couleur plus foncée. En attendant, le guide garde son propre bleu.
embed-list = Afficher une liste des autres guides à la fin
embed-code = Code pour votre page internet
embed-copy = Copier le code
embed-copied = Copié
embed-preview = Aperçu
embed-hosting = Le code marche sur tout site internet qui permet d'ajouter un cadre (frame). Il ne demande pas de compte et n'utilise pas de cookies.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Les étapes en un coup d'œil
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Version FALC
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Version FALC (en anglais)
