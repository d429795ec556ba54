# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Il tuo GP ti ha mandato da un team dell'ospedale
    .summary = Chi prenota la tua prima visita, chi chiamare mentre aspetti, e cosa fare se peggiori.
    .intro = Il tuo GP (il medico di famiglia) pensa che un team dell'ospedale debba visitarti. Questo si chiama richiesta di visita (referral). Ecco cosa succede adesso, e chi fa ogni parte. Se il tuo GP ha detto che è urgente, o che potrebbe essere un cancro, leggi la guida sulle richieste di visita urgenti.
    .keywords = richiesta di visita, mandato dallo specialista, specialista, lettera dell'ospedale, prenotazione, prenotare, appuntamento, visita, medico dell'ospedale, ambulatorio, lista d'attesa, richiesta di visita normale, referral, referred, e-referral, booking, appointment, consultant, clinic, waiting list, routine referral

referral-sent =
    .title = Il tuo GP manda la richiesta di visita
    .body =
        Il tuo GP scrive al team dell'ospedale. Spiega qual è il problema e perché il team deve visitarti.
        Il tuo GP dice anche entro quanto tempo il team deve visitarti. Una richiesta di visita può essere normale o urgente.
        A volte l'ospedale chiede prima degli esami, come un esame del sangue. In questo caso, il tuo GP li fa prima di mandare la richiesta di visita.
        Spesso puoi scegliere in quale ospedale andare. Chiedilo al tuo GP quando fa la richiesta di visita.
    .if-not = Chiedi al tuo GP quando dovresti avere notizie sulla richiesta di visita. Se fino ad allora non hai avuto notizie, contatta lo studio del tuo GP. Chiedi se la richiesta di visita è stata mandata.
    .ask =
        Da quale team dell'ospedale mi manda?
        La mia richiesta di visita è normale o urgente?
        Posso scegliere in quale ospedale andare?
        Devo fare degli esami prima?

referral-booking =
    .title = Ricevi una lettera, un'email o un SMS per prenotare
    .body =
        Potresti ricevere una lettera con un numero di prenotazione e una password. Conservala bene.
        Oppure potresti ricevere un'email o un SMS. Contiene un link per prenotare sull'NHS App o sull'NHS website.
        Usalo per scegliere un giorno e un'ora, o per telefonare al team delle prenotazioni.
        Alcuni SMS che sembrano mandati dall'NHS sono truffe. L'NHS non ti chiederà di pagare o di dare i dati della tua banca per prenotare. Se hai dubbi, non usare il link. Telefona al numero sulla tua lettera, o chiedi allo studio del tuo GP.
    .if-not = Se entro il tempo detto dal tuo GP non è arrivato niente, telefona al numero sulla lettera della richiesta di visita. Se non hai una lettera, chiedi allo studio del tuo GP.
    .ask =
        Posso fare invece una telefonata o una videochiamata?
        Posso portare qualcuno con me?

referral-waiting =
    .title = Aspetti la prima visita
    .body =
        Il team dell'ospedale gestisce il tuo posto nella lista d'attesa.
        L'ospedale potrebbe mandarti un SMS per controllare se hai ancora bisogno della visita. Rispondi se puoi. Se non rispondi, telefona al team dell'ospedale. Il team non ti toglie dalla lista solo perché non hai risposto.
        Puoi vedere l'attesa media di ogni ospedale sul sito My Planned Care. È solo una media.
        Se hai una domanda sulla visita, chiedi al team dell'ospedale. Il team dovrebbe risponderti, non rimandarti dal tuo GP.
    .if-not = Se non hai avuto notizie dall'ospedale entro il tempo che ti hanno detto, telefona al team dell'ospedale.
    .ask =
        Quanto dura l'attesa per questo team?
        Chi chiamo se i miei piani cambiano?

referral-worse =
    .title = Se peggiori mentre aspetti
    .body =
        Se peggiori molto, o hai nuovi sintomi che ti preoccupano, contatta lo studio del tuo GP o chiama NHS 111 lo stesso giorno.
        In caso di emergenza, chiama il 999.
        Avvisa anche il team dell'ospedale. Un medico del team può controllare se devono visitarti prima.
        Il tuo GP può anche chiedere all'ospedale di visitarti prima, o rendere urgente la richiesta di visita.
    .if-not = Se il team dell'ospedale non ti ha richiamato entro la fine del giorno lavorativo successivo, telefona di nuovo. Non aspettare il team se ti senti peggio: chiama lo studio del tuo GP o NHS 111 lo stesso giorno.
    .ask =
        Per quali cambiamenti devo chiamarvi?
        Potete visitarmi prima se peggioro?

referral-appointment =
    .title = La tua prima visita
    .body =
        Vedi il team dell'ospedale. Il team può parlare con te, visitarti o fare degli esami.
        Porta la tua lettera, una lista delle tue medicine e le domande che hai.
        Se non puoi andare, avvisa il team dell'ospedale il prima possibile, così il team può dare il tuo posto a un'altra persona.
    .if-not = Se la visita viene annullata, il team dell'ospedale dovrebbe darti una nuova data. Telefona al team se non l'hai avuta.
    .ask =
        Secondo voi qual è il problema?
        Cosa succede adesso, e chi lo farà?
        Chi chiamo se più tardi ho una domanda?

referral-letter =
    .title = L'ospedale scrive al tuo GP
    .body =
        Dopo la visita, il team dell'ospedale scrive al tuo GP se il tuo GP deve fare qualcosa. Questa si chiama lettera dell'ambulatorio (clinic letter). Anche tu dovresti riceverne una copia.
    .if-not = Se lo studio del tuo GP non ha ricevuto la lettera entro il tempo indicato, telefona al team dell'ospedale. Chiedi di mandarla.
    .ask =
        Riceverò una copia della lettera?
        Il mio GP deve fare qualcosa?

referral-after =
    .title = Cosa fa dopo l'ospedale
    .body =
        Se ti servono altri esami, il team dell'ospedale li richiede. Il team ti dice i risultati.
        Se devi tornare, il team dell'ospedale dovrebbe dirti come sarà organizzato. A volte tocca a te contattare il team.
        Se devi vedere un altro team dell'ospedale per un problema collegato, l'ospedale ti manda lì. Non devi prima tornare dal tuo GP.
    .if-not = Se ti hanno detto che avresti avuto notizie su un esame o una visita e non le hai avute, telefona al team dell'ospedale.
    .ask =
        Devo tornare da voi?
        Prenotate voi, o devo contattarvi io?
        Chi mi dice i risultati dei miei esami?
