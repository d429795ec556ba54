# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Cosa succede dopo una visita in ambulatorio
    .summary = Chi prenota la tua prossima visita o il prossimo esame, quando devi contattare tu l'ospedale, e cosa succede quando l'ambulatorio ha finito.
    .intro = Dopo una visita in ambulatorio, il team dell'ospedale dice cosa succede dopo. Il team può vederti di nuovo, chiederti di contattarlo quando ne hai bisogno, o rimandarti dal tuo GP (il medico di famiglia). Ecco chi fa cosa in ogni caso.
    .keywords = controllo, visita di controllo, follow-up, follow up, patient initiated follow-up, PIFU, appuntamento aperto, contattaci se hai bisogno, dimissione dall'ambulatorio, rimandato al GP, di nuovo dal mio GP, prossimo appuntamento, ripetere la TAC, ripetere l'esame, richiamo, recall, check-up, controllo annuale, annual review, discharged

follow-up-choice =
    .title = Il team dell'ospedale dice cosa succede dopo
    .body =
        Alla fine di una visita in ambulatorio, il team dell'ospedale ti dice cosa succede dopo.
        Il team può prenotare un'altra visita o un altro esame. Può chiederti di contattarlo quando ne hai bisogno. Oppure può dimetterti dall'ambulatorio. Questo vuol dire che il tuo GP si occupa di nuovo di te.
        Il team dovrebbe dirti quale di queste cose succede. È scritto anche nella lettera dell'ambulatorio.
    .if-not = Se non sai bene quale vale per te, telefona al team dell'ospedale e chiedi.
    .ask =
        Mi vedrete di nuovo?
        Prenotate voi, o devo contattarvi io?

follow-up-recall =
    .title = L'ospedale prenota le sue visite e i suoi esami
    .body =
        Se il team dell'ospedale vuole vederti di nuovo o ripetere un esame, lo prenota direttamente. Questo vale anche per i controlli che si ripetono ogni anno.
        Il tuo GP non prenota per te visite o esami in ospedale.
    .if-not = Se una visita o un esame di cui ti hanno parlato non è stato prenotato entro il tempo che ti hanno detto, telefona al team dell'ospedale.
    .ask =
        Quando vi vedrò di nuovo?
        Chi prenota il mio prossimo esame?

follow-up-patient-initiated =
    .title = Se ti chiedono di contattarli tu
    .body =
        Alcuni team non prenotano un'altra visita. Invece, sei tu a contattarli se ne hai bisogno. Questo si chiama patient initiated follow-up, o PIFU (controllo su richiesta del paziente).
        Il team ti dà un numero di telefono, ti dice per quali segni chiamare, e per quanto tempo puoi farlo.
        Se alla fine di quel periodo non hai chiamato, il team può dimetterti e rimandarti dal tuo GP. Il team dovrebbe dirtelo prima di farlo.
    .if-not = Se chiami e non riesci a parlare con nessuno, riprova il giorno lavorativo successivo. Se ti senti peggio, contatta lo studio del tuo GP o NHS 111 lo stesso giorno.
    .ask =
        Per quali segni devo contattarvi?
        Per quanto tempo posso contattarvi?
        Cosa succede alla fine di quel periodo?

follow-up-discharged =
    .title = Se l'ambulatorio ti dimette
    .body =
        La dimissione vuol dire che il team dell'ospedale ha finito. Lo studio del tuo GP si occupa di nuovo di te.
        La lettera dell'ambulatorio dice al tuo GP cosa fare dopo, e a cosa fare attenzione.
        Se il problema torna o peggiora, contatta lo studio del tuo GP. Se ti serve, il tuo GP può fare di nuovo una richiesta di visita (referral).
    .if-not = Se pensi che ti abbiano dimesso per errore, telefona al team dell'ospedale e chiedi.
    .ask =
        Perché mi dimettete?
        Per quali motivi devo tornare dal mio GP?

follow-up-worse =
    .title = Se peggiori
    .body =
        Se peggiori molto, o hai nuovi sintomi che ti preoccupano, contatta lo studio del tuo GP o chiama NHS 111 lo stesso giorno. In caso di emergenza, chiama il 999.
        Se hai un numero del team dell'ospedale, avvisa anche il team.
    .if-not = Se nessuno ti ha richiamato entro la fine del giorno lavorativo successivo, telefona di nuovo. Se ti senti peggio, chiama NHS 111 lo stesso giorno.
    .ask =
        Chi chiamo di notte o nel fine settimana?
