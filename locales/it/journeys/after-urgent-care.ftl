# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Dopo l'A&E o un urgent treatment centre
    .summary = Chi fa cosa dopo una visita all'A&E, chi ti dice i risultati degli esami, e quando andare dal tuo GP.
    .intro = Hai ricevuto cure all'A&E (pronto soccorso) o in un urgent treatment centre (centro per cure urgenti), e adesso sei a casa. Ecco chi fa cosa adesso, e chi contattare.
    .keywords = A&E, A and E, pronto soccorso, accident and emergency, emergency department, urgent treatment centre, UTC, centro per cure urgenti, walk-in centre, ferite lievi, minor injuries, dopo il pronto soccorso, dopo l'A&E, ambulatorio fratture, fracture clinic, frattura, osso rotto, risultati della radiografia, x-ray, vai dal tuo GP se, controllo dopo il pronto soccorso

after-urgent-care-letter =
    .title = L'ospedale informa il tuo GP della tua visita
    .body =
        L'A&E o l'urgent treatment centre manda allo studio del tuo GP (il medico di famiglia) una lettera sulla tua visita.
        Non devi prenotare una visita dal GP solo per dirgli della tua visita all'A&E.
        Chiedi il foglio di consigli, se ce l'hanno, così sai a cosa fare attenzione a casa.
    .if-not = Se lo studio del tuo GP ha bisogno della lettera e non l'ha ricevuta, telefona all'A&E o all'urgent treatment centre. Chiedi di mandarla.
    .ask =
        Informerete il mio GP della visita di oggi?
        Posso avere un foglio di consigli da portare a casa?

after-urgent-care-follow-up =
    .title = L'ospedale prenota la tua prossima visita
    .body =
        Potresti dover tornare, per esempio all'ambulatorio fratture per un osso rotto. La visita la prenota l'ospedale, non il tuo GP.
        A volte il team fratture ti telefona invece di vederti.
    .if-not = Se ti hanno detto che avresti avuto notizie sul controllo e non le hai avute, telefona al numero sul foglio di consigli o sulla lettera. Se non hai un numero, telefona al numero principale dell'ospedale.
    .ask =
        Devo tornare? Chi lo prenota?
        Come mi contatterete?

after-urgent-care-results =
    .title = Il team che ha fatto l'esame ti dà il risultato
    .body =
        Alcuni esami, come le radiografie, vengono guardati di nuovo dopo che esci. Il team che ha chiesto l'esame è responsabile del risultato.
        Se un risultato richiede di fare qualcosa, il team contatta te o il tuo GP. Chiedi come lo farà.
    .if-not = Se ti hanno detto che avresti avuto notizie su un risultato e non le hai avute, telefona al posto dove ti hanno curato.
    .ask =
        Ci sono ancora risultati da aspettare?
        Chi me li dirà?

after-urgent-care-see-gp =
    .title = Quando ti dicono: vai dal tuo GP se...
    .body =
        Il personale può dirti di andare dal tuo GP se qualcosa non migliora. Questo vuol dire che devi contattare tu lo studio del tuo GP. Lo studio non sa che deve contattarti.
        Se ti hanno dato un tempo, contatta lo studio del tuo GP se entro quel tempo non stai meglio.
    .if-not = Se non riesci a parlare con lo studio del tuo GP e la cosa ti preoccupa, chiama NHS 111.
    .ask =
        A cosa devo fare attenzione?
        Quando devo andare dal mio GP se non va meglio?

after-urgent-care-worse =
    .title = Se peggiori
    .body =
        Se peggiori, o hai nuovi sintomi che ti preoccupano, chiama NHS 111 o contatta lo studio del tuo GP lo stesso giorno.
        Se il personale ti ha detto di tornare se succede qualcosa, torna.
        In caso di emergenza, chiama il 999.
    .if-not = Se non riesci ad avere aiuto e ti senti molto male, chiama il 999.
    .ask =
        Quali segni vogliono dire che devo tornare?
