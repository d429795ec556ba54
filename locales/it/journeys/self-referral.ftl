# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Avere aiuto senza andare prima dal tuo GP
    .summary = Servizi che puoi contattare direttamente, cosa può curare una farmacia, e chi si occupa di te dopo.
    .intro = Per alcuni problemi non devi andare prima dal tuo GP (il medico di famiglia). Puoi contattare direttamente il servizio. Questo si chiama self-referral (fare da te la richiesta). Ecco come funziona, e chi fa cosa.
    .keywords = fare da me la richiesta, richiesta diretta, self referral, self-referral, refer myself, senza GP, fisioterapia, physio, mal di schiena, podologo, piedi, problemi ai piedi, udito, esame dell'udito, audiology, ostetrica, midwife, incinta, gravidanza, maternità, salute sessuale, sexual health, talking therapies, terapia psicologica, pharmacy first, farmacia, farmacista, mal di gola, mal d'orecchio, sinusite, infezione urinaria, cistite, UTI, fuoco di Sant'Antonio, herpes zoster, shingles, impetigine, puntura d'insetto, morso

self-referral-services =
    .title = Servizi che puoi contattare direttamente
    .body =
        Puoi contattare direttamente alcuni servizi dell'NHS, senza andare prima dal tuo GP.
        Possono essere la fisioterapia per muscoli e articolazioni, la cura dei piedi, i controlli dell'udito, e le terapie psicologiche. Puoi anche contattare un'ostetrica (midwife) quando sei incinta, e un ambulatorio per la salute sessuale.
        Quali servizi puoi contattare direttamente dipende da dove abiti.
    .if-not = Se non trovi il servizio, chiedi allo studio del tuo GP. La reception può dirti come contattarlo.
    .ask =
        Qui posso fare da me la richiesta per questo servizio?
        Come lo contatto?

self-referral-pharmacy-first =
    .title = Una farmacia può curare alcuni problemi
    .body =
        Un farmacista può visitarti e darti una cura per alcuni problemi comuni, senza una visita dal GP. Questo si chiama Pharmacy First.
        I problemi sono: mal di gola, mal d'orecchio, dolore ai seni nasali (sinusite), fuoco di Sant'Antonio e impetigine. Nella lista ci sono anche i morsi o le punture che si infettano, e le infezioni urinarie nelle donne. Alcuni sono solo per certe età.
        Se ti serve una medicina che di solito prescrive un medico, il farmacista può dartela.
    .if-not = Se devi vedere un GP, il farmacista te lo dice. Allora contatta lo studio del tuo GP.
    .ask =
        Potete curare questo problema qui?
        Cosa devo fare se non miglioro?

self-referral-in-charge =
    .title = Il servizio che ti vede è responsabile
    .body =
        Il servizio che hai contattato si occupa di quel problema. Ti dice i risultati degli esami che richiede.
        Se il tuo GP deve saperlo, il servizio lo dice al tuo GP.
    .if-not = Se il servizio non ti risponde entro il tempo che ti ha detto, contattalo di nuovo.
    .ask =
        Chi contatto se ho una domanda?
        Informerete il mio GP?

self-referral-gp =
    .title = Quando andare invece dal tuo GP
    .body =
        Se non sai bene dove andare, chiedi allo studio del tuo GP. Il personale può aiutarti a scegliere.
        Se non migliori, o se peggiori, contatta lo studio del tuo GP o chiama NHS 111 lo stesso giorno. In caso di emergenza, chiama il 999.
    .if-not = Se non riesci a parlare con lo studio del tuo GP e la cosa ti preoccupa, chiama NHS 111.
    .ask =
        Qual è il posto migliore dove andare per questo problema?
