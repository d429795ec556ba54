# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = L'ospedale ti manda da un altro team
    .summary = Quando un team dell'ospedale ti manda direttamente da un altro team, senza passare dal tuo GP.
    .intro = A volte un team dell'ospedale scopre che devi vedere un altro team. Spesso il team può mandarti lì direttamente. Ecco come funziona, e a chi chiedere.
    .keywords = mandato a un altro team, inviato a un altro team, altro team, altro specialista, specialista diverso, secondo specialista, altro reparto, altro ambulatorio, nuovo problema, problema collegato, esami urgenti, cure urgenti, richiesta di visita dall'ospedale, devo andare dal mio GP, di nuovo dal GP, trasferimento, onward referral, referred on, transfer

onward-referral-direct =
    .title = L'ospedale ti manda direttamente lì
    .body =
        Il team dell'ospedale può scoprire che devi vedere un altro team. Ti manda lì direttamente quando il nuovo problema è collegato al motivo per cui ti avevano mandato in ospedale la prima volta.
        Lo fa anche quando ti servono esami o cure urgenti. Un esempio è quando il team pensa che potresti avere un cancro.
        Per questo non devi tornare dal tuo GP (il medico di famiglia).
    .if-not = Il team dell'ospedale ti dice di tornare dal tuo GP? Se il problema è collegato o urgente, chiedi al team di mandarti direttamente dall'altro team.
    .ask =
        Da quale team mi mandate, e perché?
        È urgente?
        Informerete il mio GP?

onward-referral-hear =
    .title = Il nuovo team ti contatta
    .body =
        Il nuovo team ti contatta per prenotare la visita. Spesso lo fa con una lettera, un SMS o una telefonata.
        Tieni aggiornati i tuoi contatti presso l'ospedale, così il nuovo team può raggiungerti.
        Se non sai se un SMS o una telefonata arriva davvero dall'ospedale, telefona al numero sulla lettera dell'ospedale.
    .if-not = Se non hai avuto notizie entro il tempo che ti hanno detto, telefona al team che ti ha mandato. Chiedi di controllare che la richiesta di visita (referral) sia stata mandata.
    .ask =
        Quando dovrei avere notizie dal nuovo team?
        Come mi contatterà il nuovo team?

onward-referral-questions =
    .title = Chi chiamare per le domande
    .body =
        Se hai una domanda sul perché ti hanno mandato da un altro team, telefona al team che ti ha mandato.
        Se hai una domanda sulla nuova visita, telefona al nuovo team. Il numero è sulla tua lettera o nel tuo SMS.
        Tutti e due i team dovrebbero rispondere direttamente alle tue domande. Non dovrebbero dirti di chiedere al tuo GP.
        Se peggiori molto mentre aspetti, contatta lo studio del tuo GP o NHS 111 lo stesso giorno, e avvisa il team dell'ospedale. In caso di emergenza, chiama il 999.
    .if-not = Se non riesci ad avere una risposta, chiedi del servizio di assistenza ai pazienti dell'ospedale. Ti aiutano quando qualcosa va storto.
    .ask =
        Chi è responsabile delle mie cure adesso?
        Chi chiamo se peggioro?

onward-referral-not-linked =
    .title = Se il nuovo problema non è collegato
    .body =
        Se il nuovo problema non è collegato e non è urgente, il team dell'ospedale potrebbe non mandarti da un altro team. Potrebbe invece scrivere al tuo GP.
        Chiedi al team dell'ospedale cosa devi fare adesso.
        Per qualsiasi nuovo problema che ti preoccupa, puoi andare dal tuo GP come al solito.
    .if-not = Se non sai chi si occupa del nuovo problema, chiedi al team dell'ospedale. Puoi anche chiedere allo studio del tuo GP.
    .ask =
        Chi si occuperà di questo nuovo problema?
        Scriverete al mio GP su questo problema?
