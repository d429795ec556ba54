# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = Il tuo GP ti ha mandato in ospedale con urgenza
    .summary = Cosa succede quando il tuo GP ti manda in ospedale in fretta, e chi chiamare se non hai notizie.
    .intro = Il tuo GP (il medico di famiglia) vuole che un team dell'ospedale ti veda presto. Questo si chiama richiesta di visita urgente (urgent referral). Il tuo GP potrebbe averti detto che serve per controllare se hai un cancro. La maggior parte delle persone mandate in questo modo non ha un cancro. Ecco cosa succede adesso, e chi fa ogni parte.
    .keywords = richiesta di visita urgente, urgente, sospetto cancro, sospetto tumore, cancro, tumore, potrebbe essere un cancro, controllo per il cancro, attesa di due settimane, percorso veloce, diagnosi più rapida, direttamente all'esame, nodulo, bozzo, TAC presto, l'ospedale mi chiama, numero sconosciuto, biopsia, urgent referral, suspected cancer, two week wait, 2 week wait, fast track, faster diagnosis

urgent-referral-sent =
    .title = Il tuo GP manda una richiesta di visita urgente
    .body =
        Il tuo GP scrive al team dell'ospedale e segna la richiesta come urgente. Il tuo GP dovrebbe dirti perché.
        È urgente perché qualsiasi problema grave venga trovato in fretta, o escluso.
        A volte vai direttamente a fare un esame, come una TAC o un'ecografia, prima di vedere uno specialista.
        Controlla che lo studio del tuo GP abbia il tuo numero di telefono e il tuo indirizzo giusti.
    .if-not = Se non sai se la richiesta di visita è stata mandata, contatta lo studio del tuo GP il giorno lavorativo successivo e chiedi.
    .ask =
        Perché mi manda in ospedale con urgenza?
        Quale esame o visita devo aspettarmi?
        Posso avere un foglio informativo su questo?

urgent-referral-contact =
    .title = L'ospedale ti contatta presto
    .body =
        Di solito l'ospedale ti contatta entro pochi giorni. Può farlo per telefono, con un SMS o con una lettera.
        Rispondi alle chiamate da numeri che non conosci, e controlla i tuoi messaggi. Cerca di avere tempo per andare anche con poco preavviso.
    .if-not = Se nessuno ti ha contattato dopo una settimana, telefona allo studio del tuo GP. Chiedi di controllare che l'ospedale abbia ricevuto la richiesta di visita. Puoi anche telefonare al team delle prenotazioni dell'ospedale.
    .ask =
        Quando dovrei avere notizie dall'ospedale?
        Chi chiamo se non posso andare il giorno che mi date?

urgent-referral-tests =
    .title = Il team dell'ospedale fa degli esami
    .body =
        Il team dell'ospedale può fare degli esami, come una TAC o un'ecografia, un esame del sangue o un esame con una piccola telecamera. Il team ti dice a cosa serve ogni esame.
        L'NHS ha l'obiettivo di dirti se hai un cancro o no entro 28 giorni dalla richiesta di visita. La maggior parte delle persone lo sa prima.
        Se ci vuole di più, il team dell'ospedale dovrebbe dirti perché, e cosa succede dopo.
    .if-not = Se non hai avuto notizie su un risultato entro il tempo detto dal team, telefona al team dell'ospedale.
    .ask =
        A cosa serve questo esame?
        Quando avrò il risultato, e chi me lo dirà?

urgent-referral-result =
    .title = Il team dell'ospedale ti dice il risultato
    .body =
        Il team dell'ospedale ti dice il risultato. Scrive anche al tuo GP.
        Se non è un cancro, il team ti dice cosa succede dopo. Forse non dovrai più tornare dal team. Oppure il team potrebbe mandarti da un altro team.
        Se è un cancro, si occupa di te un team specializzato. Avrai una persona di riferimento da contattare, spesso un infermiere specializzato.
    .if-not = Se non ti hanno detto il risultato, telefona al team dell'ospedale. Non aspettare che te lo dica il tuo GP.
    .ask =
        Chi contatto se ho domande?
        Devo tornare?
        A cosa devo fare attenzione in futuro?

urgent-referral-worse =
    .title = Se peggiori mentre aspetti
    .body =
        Se peggiori molto, o hai nuovi sintomi che ti preoccupano, contatta lo studio del tuo GP o chiama NHS 111 lo stesso giorno.
        In caso di emergenza, chiama il 999.
        Avvisa anche il team dell'ospedale, così lo sa.
    .if-not = Se il team dell'ospedale non ti ha richiamato entro la fine del giorno lavorativo successivo, telefona di nuovo. Se ti senti peggio, chiama lo studio del tuo GP o NHS 111 lo stesso giorno.
    .ask =
        Per quali cambiamenti devo chiamarvi?
        Chi chiamo di notte o nel fine settimana?
