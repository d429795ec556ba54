# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Il tuo GP ha chiesto un consiglio a uno specialista
    .summary = Perché il tuo GP ha chiesto prima un consiglio, chi ti dice la risposta, e chi chiamare mentre aspetti.
    .intro = Il tuo GP (il medico di famiglia) ha chiesto un consiglio su di te a uno specialista dell'ospedale. Uno specialista è un medico che conosce molto bene un tipo di problema di salute. Ecco cosa succede adesso, e chi fa ogni parte.
    .keywords = consiglio, parere, consiglio dello specialista, il GP ha chiesto un consiglio, secondo parere, medico dell'ospedale, specialista, richiesta di visita rimandata indietro, richiesta di visita restituita, aspetto la risposta, advice and guidance, A and G, consultant, e-referral, referral

advice-and-guidance-asked =
    .title = Il tuo GP chiede un consiglio
    .body =
        Il tuo GP vuole il parere di uno specialista sul tuo problema. Quindi il tuo GP gli manda una domanda. Può essere online o per telefono.
        Questo si chiama advice and guidance (consiglio e orientamento). Può sostituire una richiesta di visita (referral). Oppure può venire prima di una richiesta di visita.
        Lo specialista legge quello che manda il tuo GP. In questa fase non ti visita.
    .if-not = Se non sai se il tuo GP ha mandato la domanda, contatta lo studio del tuo GP. Chiedi se la domanda è partita.
    .ask =
        Cosa chiedete allo specialista?
        Come mi direte la risposta?
        Potete comunque mandarmi in ospedale più avanti?

advice-and-guidance-reply =
    .title = Lo specialista risponde
    .body =
        Lo specialista risponde al tuo GP, non a te.
        Il tempo che serve dipende dall'ospedale. Chiedi al tuo GP quando pensa di ricevere la risposta.
    .if-not = Se non hai avuto notizie entro il tempo detto dal tuo GP, contatta lo studio del tuo GP. Chiedi se la risposta è arrivata.
    .ask =
        Quando pensate che arriverà la risposta?
        Mi chiamerete voi, o devo chiamarvi io?

advice-and-guidance-worse =
    .title = Se peggiori mentre aspetti
    .body =
        Mentre aspetti la risposta, lo studio del tuo GP è il posto a cui rivolgerti per le domande.
        Se peggiori molto, o hai nuovi sintomi che ti preoccupano, contatta lo studio del tuo GP o chiama NHS 111 lo stesso giorno. Non limitarti ad aspettare la risposta.
        In caso di emergenza, chiama il 999.
        Il tuo GP può avvisare lo specialista, oppure fare una richiesta di visita urgente.
    .if-not = Se lo studio del tuo GP non ti ha richiamato entro la fine del giorno lavorativo successivo, chiama di nuovo. Se ti senti peggio, chiama NHS 111 lo stesso giorno.
    .ask =
        Per quali cambiamenti devo chiamarvi?
        Potete dire allo specialista che sto peggio?

advice-and-guidance-next =
    .title = Il tuo GP ti dice cosa succede dopo
    .body =
        Il tuo GP ti dice cosa ha detto lo specialista. Poi succede una di queste due cose.
        Il tuo GP può seguire il consiglio. Per esempio, può cambiare la tua medicina o fare un esame.
        Oppure lo specialista può trasformare la domanda in una richiesta di visita. Questo vuol dire che un team dell'ospedale ti visiterà. Poi ricevi una lettera, un'email o un SMS per prenotare la visita.
        A volte una richiesta di visita mandata dal tuo GP viene rimandata indietro con un consiglio, invece di una visita. Il tuo GP dovrebbe spiegarti cosa vuol dire per te.
        Se non sai se un SMS o un'email è vero, non usare il suo link. Telefona allo studio del tuo GP o al numero sulla tua lettera.
    .if-not = Se il tuo GP non ti ha detto cosa ha detto lo specialista, contatta lo studio del tuo GP.
    .ask =
        Cosa ha detto lo specialista?
        Cosa succede adesso, e chi lo farà?
        Devo andare dal team dell'ospedale?
