# Words used on every page: the frame around the journeys.
# Italian: the reader is addressed as "tu". Questions to a doctor use "Lei", to a team "voi".

site-name = E adesso?
site-tagline = Chi fa cosa quando le tue cure passano tra il tuo GP (il medico di famiglia) e l'ospedale.
skip-to-content = Vai al contenuto principale
home-link = Tutte le guide

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Ti serve aiuto subito?
safety-emergency = In caso di emergenza, chiama il { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Se tu o tuo figlio state male e non sai bene cosa fare, chiama { -urgent-number } o lo studio del tuo GP.
       *[other] Se stai male e non sai bene cosa fare, chiama { -urgent-number } o lo studio del tuo GP.
    }
safety-online = Oppure vai online su 111.nhs.uk.
safety-mental-health = In caso di crisi di salute mentale, chiama { -urgent-number } e scegli l'opzione per la salute mentale.
safety-deaf = Se sei una persona sorda, chiama il 18001 111 con Relay UK, oppure usa i servizi BSL (lingua dei segni britannica) di NHS 111 e del 999.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Queste guide parlano dei servizi dell'NHS (il servizio sanitario pubblico) in Inghilterra. In Galles, Scozia e Irlanda del Nord, alcune cose funzionano in modo diverso.

home-title = Cosa succede adesso con le tue cure?
home-intro = Scegli la guida adatta a te. Ogni guida dice chi fa ogni passo e come contattarlo.

# The search box on the home page.
search-label = Cerca nelle guide
search-hint = Per esempio: esame del sangue, certificato di malattia, ricetta.
search-results = { $count ->
        [0] Nessuna guida corrisponde. Prova con altre parole, oppure scegli dalla lista qui sotto.
        [one] 1 guida corrisponde.
       *[other] { $count } guide corrispondono.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = il lo la i gli le un uno una di da a in con su per tra fra e ed o è sono sei ho hai ha hanno mio mia miei mie tuo tua tuoi tue suo sua come cosa che chi quando perché dove mi ti ci si del dello della dei degli delle al allo alla ai agli alle dal dalla dai nel nella nei sul sulla questo questa quello quella io tu posso può devo deve

# Group headings on the home page: the question people start from.
topic-referred = Mi hanno mandato da uno specialista
topic-waiting = Sto aspettando
topic-test = Ho fatto un esame
topic-after-appointment = Ho avuto una visita in ospedale
topic-leaving-hospital = Sto per lasciare l'ospedale
topic-medicines-fit-notes = Medicine e certificati di malattia
topic-child = Riguarda mio figlio o mia figlia
topic-mental-health = Riguarda la mia salute mentale
topic-gp-practice = Avere aiuto dallo studio del mio GP, o senza passare dallo studio

journey-steps-heading = Cosa succede, passo dopo passo
# Under a guide shown inside a practice's website.
journey-more-guides = Altre nostre guide
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Abbiamo scritto questa pagina il { $date } usando fonti pubbliche. Un professionista sanitario non l'ha ancora controllata.
journey-reviewed = Un professionista sanitario, { $reviewer }, ha controllato questa pagina il { $date }.
step-number = Passo { $number }
step-who = Chi lo fa
step-contact = Come contattarli
step-if-not = Se questo non succede
step-ask = Domande che puoi fare

# Who is responsible for a step.
who-gp-practice = Lo studio del tuo GP
who-hospital-team = Il team dell'ospedale
who-patient-or-parent = { $audience ->
        [parent] Tu, il genitore o la persona che si prende cura del bambino
       *[other] Tu
    }
who-pharmacy = Una farmacia vicino a te
who-nhs-111 = NHS 111
who-mental-health-team = Il team di salute mentale
who-private-clinic = La clinica privata
who-other = Un'altra persona: il passo dice chi

# How to reach whoever is responsible.
contact-hospital-team = Telefona al team dell'ospedale. Il numero è sulla tua lettera o nel tuo SMS.
contact-referral-booking = Usa il link nel tuo SMS o nella tua email, oppure telefona al numero sulla tua lettera.
contact-gp-practice = Chiama lo studio del tuo GP, usa il suo modulo online, oppure vai alla reception.
contact-hospital-ward = Chiedi al personale del reparto prima di andare via. Dopo, telefona al numero scritto sulla lettera del reparto.
contact-test-requester = Contatta il team che ha chiesto l'esame. I contatti del team sono sulla tua lettera o sul modulo.
contact-pharmacy = Vai in una farmacia qualsiasi, o telefona. Non serve prenotare.
contact-link-worker = Chiedi allo studio del tuo GP di metterti in contatto con un link worker (una persona che ti aiuta a trovare gruppi e servizi vicino a te).
contact-patient-advice = Chiedi del servizio di assistenza ai pazienti dell'ospedale. Ti aiutano quando qualcosa va storto.
contact-nhs-111 = Chiama NHS 111, di giorno o di notte, oppure vai su 111.nhs.uk.
contact-self-referral = Contatta direttamente il servizio, online o per telefono. Cercalo sull'NHS website (il sito dell'NHS), oppure chiedi allo studio del tuo GP come contattarlo.
contact-mental-health-team = Usa il numero di telefono scritto nel tuo piano di cura. In caso di crisi, chiama NHS 111 e scegli l'opzione per la salute mentale.
contact-private-clinic = Contatta la clinica privata. I contatti della clinica sono sulla tua lettera o sulla fattura.
contact-urgent-care = Telefona all'A&E (pronto soccorso) o all'urgent treatment centre (centro per cure urgenti) dove ti hanno curato. Il numero è sul foglio di consigli che ti hanno dato, oppure telefona al numero principale dell'ospedale.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Telefona a { $service } al numero { $phone }.
contact-local-other = Contatta { $service }.
contact-local-hours = Orari in cui rispondono al telefono: { $hours }
contact-local-website = La loro pagina web: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = Quando la lettera dell'ambulatorio arriva al tuo GP
timing-discharge-summary = Quando la lettera di dimissione arriva al tuo GP
timing-cancer-diagnosis = Quando l'NHS ha l'obiettivo di dirti se è un cancro o no
timing-cancelled-operation = Quando dovresti avere una nuova data per un'operazione annullata il giorno stesso
timing-within = Entro { $limit } { $unit ->
        [hours] { $limit ->
            [one] ora
           *[other] ore
        }
        [days] { $limit ->
            [one] giorno
           *[other] giorni
        }
        [months] { $limit ->
            [one] mese
           *[other] mesi
        }
       *[weeks] { $limit ->
            [one] settimana
           *[other] settimane
        }
    } { $from ->
        [appointment] dalla tua visita in ambulatorio
        [discharge] da quando lasci l'ospedale
        [referral] dalla richiesta di visita
       *[cancellation] dal giorno in cui è stata annullata
    }.

# A date such as 21 novembre 2026 (month in lower case).
date = { $day } { $month ->
        [1] gennaio
        [2] febbraio
        [3] marzo
        [4] aprile
        [5] maggio
        [6] giugno
        [7] luglio
        [8] agosto
        [9] settembre
        [10] ottobre
        [11] novembre
       *[12] dicembre
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = I tuoi dati
details-service = Riguarda: { $service }
details-expect-by = Dovresti avere notizie entro il { $date }.
details-phone = Se non hai avuto notizie, o se hai una domanda, telefona al { $phone }.
details-web = Puoi anche andare su { $web }.
details-broken = Alcuni dati nel tuo link non si possono usare. Il resto di questa pagina va comunque bene per te.

# The Listen button on a journey page (it reads the page aloud).
listen = Ascolta questa pagina
listen-stop = Ferma la lettura

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Inquadra questo codice con la fotocamera del telefono per aprire di nuovo questa pagina.

# Desk mode: a reception screen turned to the patient.
desk-title = Scegli la tua lingua
desk-journeys = Scegli cosa è adatto a te
desk-take-home = Porta con te questa pagina: inquadra questo codice con la fotocamera del telefono.
desk-start-again = Ricomincia

# The link maker, for staff at a GP practice or hospital.
make-link-title = Crea un link per un paziente
make-link-intro = Scegli la guida e la lingua del paziente. Puoi aggiungere i suoi dati. Quello che scrivi resta su questo dispositivo.
make-link-journey = Guida
make-link-language = La lingua del paziente
make-link-service = Servizio o ambulatorio (se vuoi)
make-link-start = Data della richiesta di visita, dell'esame o della dimissione (se vuoi)
make-link-wait = Tempo entro cui dovrebbe avere notizie (se vuoi)
make-link-wait-days = giorni
make-link-wait-weeks = settimane
make-link-wait-months = mesi
make-link-phone = Numero di telefono del team (se vuoi)
make-link-web = Pagina web del team (se vuoi)
make-link-bad-phone = Questo non sembra un numero di telefono del Regno Unito, quindi non è nel link.
make-link-bad-web = Usa una pagina web che inizia con https. Questa non è nel link.
make-link-link = Il link
make-link-message = SMS
make-link-characters = Lettere e spazi
make-link-segments = Numero di SMS necessari
make-link-unicode = Questo messaggio ha lettere che non sono nel set di base, quindi ogni SMS ne contiene di meno.
make-link-copy = Copia
make-link-copied = Copiato
make-link-qr = Codice QR per questo link
make-link-print = Stampa
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: cosa succede adesso e chi contattare: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Cosa succede adesso e chi contattare: { $link }

not-found-title = Non troviamo questa pagina
not-found-body = Il link potrebbe essere sbagliato o vecchio. Ecco tutte le nostre guide. Scegli quella adatta a te.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = In questo momento il telefono non ha internet, e questa pagina non è ancora salvata sul telefono. Riprova il link quando sei online. Le guide che hai già aperto funzionano ancora.

unknown-language = Non abbiamo ancora questa lingua, quindi questa pagina è in inglese.

# The language picker on every page.
language-picker-label = Scegli la tua lingua
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Leggi questa guida con l'inglese sotto ogni parte
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Questa traduzione non è ancora stata controllata. Se qualcosa non è chiaro, chiedi un interprete. È gratis.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Traduttori qualificati hanno controllato questa traduzione il { $date }. Se qualcosa non è chiaro, chiedi un interprete. È gratis.

footer-make-link = Per il personale: crea un link per un paziente
footer-embed = Per il personale: metti queste guide sul tuo sito web
footer-not-nhs = Questa guida non è fatta dall'NHS. Spiega come i servizi dell'NHS lavorano insieme nella maggior parte dei casi.
footer-privacy = Niente di quello che fai qui viene inviato da qualche parte, e non salviamo niente su di te.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Ci dispiace, qualcosa non ha funzionato in questa pagina
panic-body = Quello che vedi su questa pagina è ancora corretto. Se sembra sbagliato, carica di nuovo la pagina.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Scegli un servizio dalla lista della tua zona
make-link-pick-none = Nessuno: scriverò io i dati
config-none = Questo sito non ha contatti locali, quindi ogni passo dà i consigli generali. Per aggiungere i servizi della tua zona, leggi il README.
config-loaded = Questo sito mostra i contatti per { $area }.
config-problems-title = Alcuni contatti locali vanno corretti
config-problems-intro = I pazienti non hanno problemi: vedono i dati dell'ultima build riuscita, oppure i consigli generali. Correggi questi punti, poi fai di nuovo la build del sito.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: qui il file non è scritto correttamente. Cerca una virgola, delle virgolette o una parentesi che mancano.
config-problem-unknown-field = { $field }: non è un campo che conosciamo. Controlla come è scritto.
config-problem-missing-field = { $field }: questo va compilato.
config-problem-wrong-type = { $field }: è il tipo di valore sbagliato, per esempio un numero dove dovrebbero esserci parole.
config-problem-version = { $field }: deve essere 1.
config-problem-empty = { $field }: è vuoto.
config-problem-too-long = { $field }: è troppo lungo. Deve avere meno di 120 caratteri.
config-problem-hidden-characters = { $field }: contiene caratteri nascosti che potrebbero cambiare il modo in cui si legge. Scrivilo di nuovo.
config-problem-bad-id = { $field }: usa solo lettere minuscole, numeri e trattini, come skin-team.
config-problem-duplicate-id = { $field }: due servizi hanno lo stesso id.
config-problem-bad-phone = { $field }: non è un numero di telefono del Regno Unito. Scrivilo così: 020 7946 0000.
config-problem-not-https = { $field }: la pagina web deve iniziare con https, non con http.
config-problem-bad-website = { $field }: non è un indirizzo web. Scrivilo così: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: non c'è nessuna guida con questo nome.
config-problem-unknown-contact = { $field }: non è un tipo di contatto che conosciamo, come hospital-team.
config-problem-unknown-service = { $field }: nessun servizio nella lista ha questo id.
config-problem-unknown-language = { $field }: non abbiamo questa lingua.
config-problem-missing-english = { $field }: il testo deve esserci anche in inglese, come en-GB.

# Staff: put the guides on a practice's website.
embed-title = Metti queste guide sul tuo sito web
embed-intro = Scegli cosa mostrare, poi copia il codice nella tua pagina web. Le guide appaiono dentro la tua pagina. Il codice non invia niente sulle persone che usano il tuo sito.
embed-journey = Guida da mostrare
embed-all-guides = Tutte le guide, in una lista
embed-language = Lingua in cui si apre
embed-accent = Il colore principale del tuo sito web (se vuoi)
embed-accent-hint = Sei lettere o numeri dopo un #, come #00703c.
embed-accent-bad = Questo non è un codice colore. Scrivilo così: #00703c.
embed-accent-low-contrast = Questo colore è troppo chiaro da leggere su una pagina chiara. Il suo contrasto è { $ratio } a 1, e serve 4.5 a 1. Scegli un colore più scuro. Fino ad allora, la guida tiene il suo blu.
embed-list = Mostra alla fine una lista delle altre guide
embed-code = Codice per la tua pagina web
embed-copy = Copia il codice
embed-copied = Copiato
embed-preview = Come apparirà
embed-hosting = Il codice funziona su qualsiasi sito web che ti permette di aggiungere un frame. Non serve un account e non usa cookie.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = I passi in breve
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Versione facile da leggere
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Versione facile da leggere (in inglese)
