# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Passare dalle cure private all'NHS
    .summary = Chi ti dà medicine e controlli dopo una visita con un medico privato, e come entrare in una lista d'attesa dell'NHS.
    .intro = Hai visto un medico privato, e adesso vuoi avere una parte delle tue cure con l'NHS (il servizio sanitario pubblico). Alcune cose passano all'NHS e altre no. Ecco chi fa cosa.
    .keywords = privato, medico privato, clinica privata, ospedale privato, specialista privato, ricetta privata, a pagamento, pagato, assicurazione, passare all'NHS, lista d'attesa NHS dopo il privato, il GP non vuole prescrivere, esami privati, private, private prescription, insurance

private-care-clinic =
    .title = La clinica privata si occupa di quello che comincia
    .body =
        La clinica privata ti dà la prima ricetta per qualsiasi cura che comincia. La paghi tu.
        Se il medico privato chiede esami o controlli, la clinica privata li fa e ti dice i risultati.
        La clinica privata dovrebbe scrivere al tuo GP (il medico di famiglia) sulle tue cure.
    .if-not = Se hai una domanda sulle tue cure private, contatta la clinica privata. I contatti della clinica sono sulla tua lettera.
    .ask =
        Scriverete al mio GP?
        Chi fa i miei esami e controlli?

private-care-gp-prescribing =
    .title = Il tuo GP può prendersi carico di alcune medicine
    .body =
        Puoi chiedere al tuo GP di prescrivere una medicina che ha cominciato il medico privato. Il tuo GP decide se è giusto per te.
        Il tuo GP può dire di no. Il motivo può essere che la medicina deve essere tenuta sotto controllo da uno specialista. Oppure che di solito l'NHS non dà questa medicina.
        Se il tuo GP dice di no, la clinica privata continua a dartela.
    .if-not = Se stai per finire la medicina, contatta la clinica privata prima che finisca.
    .ask =
        Può prescrivere questa medicina con l'NHS?
        Se no, cosa devo fare?

private-care-nhs-list =
    .title = Entrare in una lista d'attesa dell'NHS
    .body =
        Per farti visitare da un team di un ospedale dell'NHS, di solito ti serve una richiesta di visita (referral) dell'NHS. Parla con il tuo GP.
        Il tuo GP decide se ti serve una richiesta di visita. Chiedi al tuo GP come funzionerà per te.
    .if-not = Se non sai bene come funzionano le regole nella tua zona, chiedi allo studio del tuo GP.
    .ask =
        Può fare una richiesta di visita all'NHS per questo problema?
        Dovrò aspettare dall'inizio?

private-care-worse =
    .title = Se peggiori
    .body =
        Se peggiori molto, o hai nuovi sintomi che ti preoccupano, contatta lo studio del tuo GP o chiama NHS 111 lo stesso giorno. In caso di emergenza, chiama il 999.
        Avvisa anche il medico privato che ti cura.
    .if-not = Se nessuno ti ha richiamato entro la fine del giorno lavorativo successivo, telefona di nuovo. Se ti senti peggio, chiama NHS 111 lo stesso giorno.
    .ask =
        Chi chiamo se peggioro di notte?
