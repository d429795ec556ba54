# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Quando torni a casa dall'ospedale
    .summary = Cosa dovresti avere prima di tornare a casa, e chi chiamare dopo l'uscita dall'ospedale.
    .intro = Stai per tornare a casa dopo un ricovero in ospedale. Ecco cosa dovrebbe fare il team dell'ospedale prima che tu esca. Qui trovi anche chi chiamare se hai domande.
    .keywords = uscire dall'ospedale, tornare a casa, a casa dall'ospedale, dimissione, dimesso, dimessa, lettera di dimissione, discharge, discharge letter, discharge summary, nuove medicine, farmaci, pastiglie, compresse, ricetta, effetti collaterali, certificato di malattia, fit note, sick note, assenza dal lavoro, reparto, numero del reparto, domande dopo l'ospedale, controllo, follow-up, cure dopo l'ospedale, cure a casa, infermiere di zona, district nurse, reablement, virtual ward, lista di controllo, gruppi di sostegno

leaving-hospital-medicines =
    .title = Le tue nuove medicine
    .body =
        Se ti serve una nuova medicina, l'ospedale te ne dà almeno 7 giorni da portare a casa. Se la cura dura meno, te la dà tutta.
        Non dovresti aver bisogno di chiedere questa prima fornitura al tuo GP (il medico di famiglia). Se non te la danno, chiedila prima di uscire.
        Il personale dovrebbe dirti a cosa serve ogni medicina. Dovrebbe anche dirti i suoi effetti collaterali. Un effetto collaterale è un problema che una medicina può causare.
        La guida sulle medicine dopo l'ospedale dice chi te ne dà ancora.
    .if-not = Se stai per uscire senza le tue nuove medicine, chiedi al personale del reparto. Se sei già a casa, telefona al reparto.
    .ask =
        A cosa serve ogni medicina?
        A quali effetti collaterali devo fare attenzione?
        Chi me ne dà ancora quando finiscono?

leaving-hospital-fit-note =
    .title = Un certificato di malattia per il lavoro
    .body =
        Un certificato di malattia (fit note) è un documento per il tuo lavoro. Dice se stai abbastanza bene per lavorare. Alcune persone lo chiamano sick note.
        Per i primi 7 giorni di malattia non ti serve un certificato di malattia. Compili tu un modulo per il tuo datore di lavoro.
        Se devi stare a casa dal lavoro più a lungo, l'ospedale ti dà un certificato di malattia. Dovrebbe coprire tutto il tempo in cui il team pensa che starai a casa.
        Quindi non dovrebbe servirti chiederne uno al tuo GP per quel periodo.
    .if-not = Se esci senza un certificato di malattia che ti serve, telefona al reparto e chiedine uno.
    .ask =
        Per quanto tempo dovrò stare a casa dal lavoro?
        Il mio certificato di malattia copre tutto quel tempo?

leaving-hospital-care-at-home =
    .title = Cure a casa
    .body =
        Alcune persone hanno bisogno di aiuto a casa dopo un ricovero in ospedale. Il team del reparto lo organizza insieme a te prima che tu esca.
        Può essere la visita di un infermiere di zona (district nurse). Oppure un team può aiutarti per un breve periodo a tornare a fare le cose in autonomia.
        Alcune persone vengono curate a casa da un team dell'ospedale, invece di restare in un reparto. A volte si chiama virtual ward (reparto virtuale). Il team ti dice come contattarlo, di giorno e di notte.
    .if-not = Se l'aiuto che ti avevano annunciato non è arrivato, telefona al numero che ti ha dato il reparto per questo aiuto. Se non hai un numero, telefona al reparto.
    .ask =
        Avrò bisogno di aiuto a casa?
        Chi verrà, e quando?
        Chi chiamo se non vengono?

leaving-hospital-check =
    .title = Controlla prima di uscire
    .body =
        Prima di tornare a casa, controlla di avere queste cose.
        Almeno 7 giorni di ogni nuova medicina. A cosa serve ogni medicina, e i suoi effetti collaterali. Un foglio informativo sulle tue cure.
        Il numero di telefono del reparto e del team dell'ospedale. Un certificato di malattia, se ti serve. Come sarà organizzata la tua prossima visita.
        I nomi di gruppi che possono aiutarti, come le associazioni di beneficenza.
    .if-not = Se manca qualcosa, chiedi al personale del reparto prima di uscire. Se sei già a casa, telefona al reparto.
    .ask =
        Chi chiamo se ho una domanda quando sono a casa?
        Come sarà organizzata la mia prossima visita?
        C'è un gruppo che può aiutarmi?

leaving-hospital-letter =
    .title = L'ospedale scrive al tuo GP
    .body =
        Quando esci, il team dell'ospedale scrive una lettera al tuo GP. Si chiama lettera di dimissione (discharge summary). Dimissione vuol dire uscire dall'ospedale.
        La lettera dice al tuo GP cosa è successo mentre eri in ospedale, e se ci sono cambiamenti nelle tue medicine. Anche tu dovresti riceverne una copia.
    .if-not = Se lo studio del tuo GP dice che non ha ricevuto la lettera, telefona al reparto. Chiedi di mandarla.
    .ask =
        Posso avere una copia della mia lettera di dimissione?
        Il mio GP deve fare qualcosa?

leaving-hospital-questions =
    .title = Se hai domande quando sei a casa
    .body =
        Se hai una domanda sul ricovero o sulle tue nuove medicine, telefona al reparto. Spesso il numero è sulla lettera del reparto.
        Se la lettera non ha il numero del reparto, telefona al numero principale dell'ospedale. Chiedi di passarti il reparto.
        Il team del reparto dovrebbe risponderti direttamente. Non dovrebbe dirti di chiedere al tuo GP.
        Se stai male e non sai bene cosa fare, chiama lo studio del tuo GP o NHS 111 lo stesso giorno. In caso di emergenza, chiama il 999.
    .if-not = Se il reparto non ti ha richiamato entro la fine del giorno lavorativo successivo, telefona di nuovo. Se non riesci a parlare con nessuno, chiedi del servizio di assistenza ai pazienti dell'ospedale.
    .ask =
        Chi chiamo se ho un problema con le mie medicine?
        Quando devo chiamare voi, e quando devo chiamare il mio GP?
