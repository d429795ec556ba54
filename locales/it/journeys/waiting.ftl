# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Mentre aspetti una visita in ospedale
    .summary = Chi si occupa di te mentre aspetti, e chi avvisare se peggiori.
    .intro = Sei in una lista d'attesa per vedere un team dell'ospedale. Ecco chi fa cosa mentre aspetti. Qui trovi anche chi chiamare se peggiori.
    .keywords = lista d'attesa, tempo di attesa, attesa, aspettare, quanto tempo, lunga attesa, sto ancora aspettando, peggioro, mi sento peggio, sintomi peggiori, nuovi sintomi, prima, accelerare, fare prima, salire nella lista, data dell'appuntamento, quando è il mio appuntamento, my planned care, attesa media, SMS dall'ospedale, hai ancora bisogno dell'appuntamento, pressione del sangue, restare in salute, altri problemi di salute, sollecitare l'ospedale, waiting list, waiting time

waiting-list =
    .title = L'ospedale tiene il tuo posto
    .body =
        Il team dell'ospedale gestisce la lista e il tuo posto nella lista.
        Puoi controllare l'attesa media sul sito My Planned Care. Il sito mostra ogni ospedale e ogni tipo di cura. Viene aggiornato ogni settimana.
        È solo una media, quindi la tua attesa può essere più lunga o più breve. Il sito non mostra le attese per le cure contro il cancro.
    .if-not = Se non hai avuto notizie dall'ospedale entro il tempo che ti hanno detto, telefona al team dell'ospedale. Chiedi di controllare che tu sia nella lista.
    .ask =
        Più o meno quanto dovrò aspettare?
        Chi chiamo se i miei piani cambiano?
        Mi direte se l'attesa diventa più lunga?

waiting-check =
    .title = L'ospedale controlla se hai ancora bisogno di venire
    .body =
        L'ospedale potrebbe contattarti per controllare se hai ancora bisogno della visita. Spesso lo fa con un SMS.
        Per favore rispondi se puoi. Se non hai più bisogno della visita, dillo. Così un'altra persona può avere il tuo posto.
        Se non rispondi, non perdi il tuo posto solo per questo. L'ospedale cercherà di contattarti in un altro modo, o chiederà al tuo GP (il medico di famiglia).
        Alcuni SMS che sembrano mandati dall'NHS sono truffe. L'NHS non ti chiederà di pagare o di dare i dati della tua banca. Se non sai se un SMS è vero, non usare il suo link. Telefona al numero sulla lettera dell'ospedale.
    .if-not = Se non hai visto l'SMS, o hai risposto per sbaglio, telefona al team dell'ospedale e diglielo.
    .ask =
        Come mi contatterete?
        Cosa succede se non vedo il vostro SMS?

waiting-care =
    .title = Il tuo GP si occupa ancora di te
    .body =
        Lo studio del tuo GP si occupa ancora dei tuoi altri problemi di salute. Per esempio, ti aiuta a tenere sotto controllo la pressione del sangue.
        Questo è importante. Aiuta a fare in modo che la tua cura in ospedale non venga rimandata.
        Anche tu puoi aiutare. Continua a prendere le tue medicine. Vai ai tuoi controlli.
        Se hai un nuovo problema che non è collegato a quello per cui aspetti, vai dal tuo GP come al solito.
    .if-not = Se devi fare un controllo e non hai avuto notizie, contatta lo studio del tuo GP.
    .ask =
        Cosa posso fare per stare bene mentre aspetto?
        I miei altri problemi di salute sono sotto controllo?
        Quando è il mio prossimo controllo?

waiting-worse =
    .title = Se peggiori
    .body =
        Se peggiori molto, o hai nuovi sintomi che ti preoccupano, contatta lo studio del tuo GP o chiama NHS 111 lo stesso giorno.
        In caso di emergenza, chiama il 999.
        Avvisa anche il team dell'ospedale. Un medico del team può controllare se devono visitarti prima.
        Il tuo GP può anche chiedere all'ospedale di visitarti prima, o rendere urgente la richiesta di visita (referral).
    .if-not = Se il team dell'ospedale non ti ha richiamato entro la fine del giorno lavorativo successivo, telefona di nuovo. Non aspettare il team se ti senti peggio: chiama lo studio del tuo GP o NHS 111 lo stesso giorno.
    .ask =
        Per quali cambiamenti devo chiamarvi?
        Chi chiamo di notte o nel fine settimana?

waiting-questions =
    .title = Se hai una domanda
    .body =
        Se hai una domanda sulla visita, chiedi al team dell'ospedale. L'ospedale deve dirti come contattare il team. Guarda sulla tua lettera o nel tuo SMS.
        Il team dell'ospedale dovrebbe risponderti direttamente. Non dovrebbe dirti di chiedere al tuo GP.
        Se aspetti da tanto tempo, puoi chiedere di andare in un altro ospedale. Leggi la guida sui tuoi diritti nella lista d'attesa.
    .if-not = Se non riesci ad avere una risposta, chiedi del servizio di assistenza ai pazienti dell'ospedale. Ti aiutano quando qualcosa va storto.
    .ask =
        Qual è il modo migliore per contattarvi?
        Con chi posso parlare del mio posto nella lista?
